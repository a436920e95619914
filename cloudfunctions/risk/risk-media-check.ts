import { mediaCheckTarget } from '../platform/runtime/media-verdicts';
import { riskUploadsCollection } from './risk-collections';

/**
 * Photos attached to risk reports and visits take part in WeChat's asynchronous image check. They
 * are seen only by the officials handling the report, and a photo of an injury or a flood may
 * well be flagged, so a refusal is recorded and the uploader told (`risk.photoRefused`), but the
 * file is kept as part of the case record.
 */
export const riskUploadsMediaCheck = mediaCheckTarget({
  collection: riskUploadsCollection,
  refusedTemplate: 'risk.photoRefused',
});
