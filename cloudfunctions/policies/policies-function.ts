import { policiesContract } from '../../shared/src/policies/policies-contract';
import { defineHandlers } from '../platform/runtime/handler-context';
import { checkEligibility } from './check-eligibility.handler';
import { get } from './get.handler';
import { list } from './list.handler';
import { search } from './search.handler';
import { upsert } from './upsert.handler';

export const policiesFunction = defineHandlers(policiesContract, {
  list,
  get,
  search,
  upsert,
  checkEligibility,
});
