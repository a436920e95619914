/** CloudBase entry of the `feedback` function (bundled by `npm run build:functions`). */
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { feedbackFunction } from './feedback-function';

export const main = createCloudbaseMain(feedbackFunction);
