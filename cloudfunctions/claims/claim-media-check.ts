import { mediaCheckTarget } from '../platform/runtime/media-verdicts';
import { claimUploadsCollection } from './claim-collections';

/**
 * Photos of claim papers and surveys take part in WeChat's asynchronous image check. Like a risk
 * report's, they are seen only by the people handling the claim, and a photo of an injury or a
 * flood may well be flagged: a refusal is recorded and the uploader told (`claims.photoRefused`),
 * the file is kept as part of the claim.
 */
export const claimUploadsMediaCheck = mediaCheckTarget({
  collection: claimUploadsCollection,
  refusedTemplate: 'claims.photoRefused',
});
