import type { ActionInput } from '../../shared/src/contract/define-function';
import { maskName } from '../../shared/src/privacy/mask';
import { isWellFormedSerial } from '../../shared/src/training/certificate-serial';
import type { trainingContract } from '../../shared/src/training/training-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { certificatesCollection } from './training-collections';

type Actions = typeof trainingContract.actions;

/** Public: anyone (an employer) can check a serial; the name comes back masked. */
export async function verifyCertificate(
  input: ActionInput<Actions, 'verifyCertificate'>,
  ctx: HandlerContext,
) {
  const cert = isWellFormedSerial(input.serial)
    ? await ctx.store.collection(certificatesCollection).get(input.serial)
    : null;
  if (!cert)
    return {
      serial: input.serial,
      valid: false,
      nameMasked: null,
      courseTitle: null,
      issuedAt: null,
    };
  return {
    serial: cert._id,
    valid: true,
    nameMasked: cert.name ? maskName(cert.name) : null,
    courseTitle: cert.courseTitle,
    issuedAt: cert.issuedAt,
  };
}
