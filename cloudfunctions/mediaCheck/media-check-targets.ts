import { exhibitUploadsMediaCheck } from '../exhibits/exhibit-media-check';
import type { MediaCheckTarget } from '../platform/runtime/media-verdicts';
import { riskUploadsMediaCheck } from '../risk/risk-media-check';
import { claimUploadsMediaCheck } from '../claims/claim-media-check';

/** Every feature's upload records that take part in WeChat's asynchronous image check. */
export const MEDIA_CHECK_TARGETS: readonly MediaCheckTarget[] = [
  exhibitUploadsMediaCheck,
  riskUploadsMediaCheck,
  claimUploadsMediaCheck,
];
