/** CloudBase entry of the `policies` function (bundled by `npm run build:functions`). */
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { policiesFunction } from './policies-function';

export const main = createCloudbaseMain(policiesFunction);
