/** CloudBase entry of the `users` function (bundled by `npm run build:functions`). */
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { usersFunction } from './users-function';

export const main = createCloudbaseMain(usersFunction);
