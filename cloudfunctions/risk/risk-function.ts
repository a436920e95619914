import { riskContract } from '../../shared/src/risk/risk-contract';
import { defineHandlers } from '../platform/runtime/handler-context';

// SCAFFOLD ONLY (replaced by the risk handlers before this reaches a release).
const notYet = (): Promise<never> => Promise.reject(new Error('risk handlers are not built yet'));

export const riskFunction = defineHandlers(riskContract, {
  submit: notYet,
  uploadPhoto: notYet,
  mine: notYet,
  get: notYet,
  queue: notYet,
  review: notYet,
  resubmit: notYet,
  appeal: notYet,
  setPlan: notYet,
  updateMeasure: notYet,
  proposeElimination: notYet,
  stats: notYet,
  publicity: notYet,
});
