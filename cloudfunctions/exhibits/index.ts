/** CloudBase entry of the `exhibits` function (bundled by `npm run build:functions`). */
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { exhibitsFunction } from './exhibits-function';

export const main = createCloudbaseMain(exhibitsFunction);
