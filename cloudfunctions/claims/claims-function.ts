import { claimsContract } from '../../shared/src/claims/claims-contract';
import { defineHandlers } from '../platform/runtime/handler-context';
import { appeal } from './appeal.handler';
import { estimate } from './estimate.handler';
import { get } from './get.handler';
import { markPaid } from './mark-paid.handler';
import { mine } from './mine.handler';
import { publicity } from './publicity.handler';
import { queue } from './queue.handler';
import { resubmit } from './resubmit.handler';
import { review } from './review.handler';
import { schemes } from './schemes.handler';
import { startUpload } from './start-upload.handler';
import { stats } from './stats.handler';
import { submit } from './submit.handler';
import { uploadPhoto } from './upload-photo.handler';

/**
 * Claims, their papers and the reviewers' notes are a family's circumstances filed to officials
 * and the insurer, not public posts: WeChat's scene 1 (资料).
 */
export const claimsFunction = defineHandlers(
  claimsContract,
  {
    schemes,
    estimate,
    submit,
    startUpload,
    uploadPhoto,
    mine,
    get,
    queue,
    review,
    resubmit,
    appeal,
    markPaid,
    stats,
    publicity,
  },
  { contentScene: 'profile' },
);
