/** CloudBase entry of the `training` function (bundled by `npm run build:functions`). */
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { trainingFunction } from './training-function';

export const main = createCloudbaseMain(trainingFunction);
