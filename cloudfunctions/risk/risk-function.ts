import { riskContract } from '../../shared/src/risk/risk-contract';
import { defineHandlers } from '../platform/runtime/handler-context';
import { appeal } from './appeal.handler';
import { get } from './get.handler';
import { mine } from './mine.handler';
import { proposeElimination } from './propose-elimination.handler';
import { publicity } from './publicity.handler';
import { queue } from './queue.handler';
import { resubmit } from './resubmit.handler';
import { review } from './review.handler';
import { setPlan } from './set-plan.handler';
import { stats } from './stats.handler';
import { startUpload } from './start-upload.handler';
import { submit } from './submit.handler';
import { updateMeasure } from './update-measure.handler';
import { uploadPhoto } from './upload-photo.handler';

/**
 * Reports, visit notes and plans are a family's circumstances filed to officials, not public
 * posts: WeChat's scene 1 (资料).
 */
export const riskFunction = defineHandlers(
  riskContract,
  {
    submit,
    startUpload,
    uploadPhoto,
    mine,
    get,
    queue,
    review,
    resubmit,
    appeal,
    setPlan,
    updateMeasure,
    proposeElimination,
    stats,
    publicity,
  },
  { contentScene: 'profile' },
);
