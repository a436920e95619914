import { riskContract } from '../../shared/src/risk/risk-contract';
import { defineHandlers } from '../platform/runtime/handler-context';
import { get } from './get.handler';
import { mine } from './mine.handler';
import { queue } from './queue.handler';
import { review } from './review.handler';
import { submit } from './submit.handler';

// Still to come in this branch (answer INTERNAL until then).
const notYet = (): Promise<never> => Promise.reject(new Error('risk handler not built yet'));

export const riskFunction = defineHandlers(riskContract, {
  submit,
  uploadPhoto: notYet,
  mine,
  get,
  queue,
  review,
  resubmit: notYet,
  appeal: notYet,
  setPlan: notYet,
  updateMeasure: notYet,
  proposeElimination: notYet,
  stats: notYet,
  publicity: notYet,
});
