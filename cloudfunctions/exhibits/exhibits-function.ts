import { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import { defineHandlers } from '../platform/runtime/handler-context';
import { chapters } from './chapters.handler';
import { get } from './get.handler';
import { like } from './like.handler';
import { list } from './list.handler';
import { mine } from './mine.handler';
import { resubmit } from './resubmit.handler';
import { review } from './review.handler';
import { reviewQueue } from './review-queue.handler';
import { startUpload } from './start-upload.handler';
import { submit } from './submit.handler';
import { update } from './update.handler';
import { uploadImage } from './upload-image.handler';
import { upsertChapter } from './upsert-chapter.handler';

/** Exhibits are public posts with stories and photos, read by everyone: WeChat's scene 3 (论坛). */
export const exhibitsFunction = defineHandlers(
  exhibitsContract,
  {
    list,
    get,
    startUpload,
    uploadImage,
    submit,
    resubmit,
    mine,
    reviewQueue,
    review,
    update,
    like,
    chapters,
    upsertChapter,
  },
  { contentScene: 'forum' },
);
