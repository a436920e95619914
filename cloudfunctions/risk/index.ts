/** CloudBase entry of the `risk` function (bundled by `npm run build:functions`). */
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { riskFunction } from './risk-function';

export const main = createCloudbaseMain(riskFunction);
