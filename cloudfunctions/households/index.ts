/** CloudBase entry of the `households` function (bundled by `npm run build:functions`). */
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { householdsFunction } from './households-function';

export const main = createCloudbaseMain(householdsFunction);
