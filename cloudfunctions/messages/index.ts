/** CloudBase entry of the `messages` function (bundled by `npm run build:functions`). */
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { messagesFunction } from './messages-function';

export const main = createCloudbaseMain(messagesFunction);
