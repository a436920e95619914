/** CloudBase entry of the `speech` function (朗读; bundled by `npm run build:functions`). */
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { speechFunction } from './speech-function';

export const main = createCloudbaseMain(speechFunction);
