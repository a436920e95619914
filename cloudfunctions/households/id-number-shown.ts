import { HIDDEN_ID_NUMBER, maskIdNumber } from '../../shared/src/privacy/mask';
import { idNumberDisplayFor } from '../../shared/src/privacy/id-number-visibility';
import type { HandlerContext } from '../platform/runtime/handler-context';
import type { SealedIdNumber } from '../platform/runtime/sealed-value';
import { openSealedValue } from '../platform/runtime/sealed-value';

export type IdViewer = Pick<HandlerContext, 'caller' | 'dataKeys'>;

/**
 * An ID number as the caller may see it: `**************1234` for the cadres who keep records
 * (opened from the seal, since the last 4 is not stored), all stars for everyone else.
 */
export function idNumberShown(sealed: SealedIdNumber, viewer: IdViewer): string {
  const role = viewer.caller.kind === 'user' ? viewer.caller.role : null;
  if (!role || idNumberDisplayFor(role) === 'hidden') return HIDDEN_ID_NUMBER;
  return maskIdNumber(openSealedValue(sealed, viewer.dataKeys));
}
