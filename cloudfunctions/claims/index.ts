/** CloudBase entry of the `claims` function (bundled by `npm run build:functions`). */
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { claimsFunction } from './claims-function';

export const main = createCloudbaseMain(claimsFunction);
