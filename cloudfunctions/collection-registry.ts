import type { CollectionDef } from './platform/ports/store';
import { PLATFORM_COLLECTIONS } from './platform/runtime/platform-collections';
import { exportFilesCollection } from './platform/runtime/one-time-exports';
import { feedbackCollection } from './feedback/feedback-collection';
import {
  householdsCollection,
  idConflictsCollection,
  invitationsCollection,
  joinRequestsCollection,
  memberRegistryCollection,
  warningRulesCollection,
} from './households/household-collections';
import { lookupLimitsCollection } from './platform/runtime/lookup-limit';
import { TRAINING_COLLECTIONS } from './training/training-collections';
import { POLICY_COLLECTIONS } from './policies/policy-collections';
import { EXHIBIT_COLLECTIONS } from './exhibits/exhibit-collections';
import { RISK_COLLECTIONS } from './risk/risk-collections';
import { CLAIM_COLLECTIONS } from './claims/claim-collections';
import { subscriptionConsentsCollection } from './notifyDispatch/subscription-consents';
import { digestRunsCollection } from './messages/daily-digest';
import { SPEECH_COLLECTIONS } from './speech/speech-clips';

/**
 * Every collection of every feature, with its indexes. CloudBase needs collections to exist
 * before a transaction writes to them, so deployment creates them all from this list
 * (`npm run setup:cloudbase`); SQLite creates them on first use.
 */
export const ALL_COLLECTIONS: ReadonlyArray<CollectionDef<unknown>> = [
  ...PLATFORM_COLLECTIONS,
  exportFilesCollection,
  feedbackCollection,
  householdsCollection,
  idConflictsCollection,
  invitationsCollection,
  joinRequestsCollection,
  memberRegistryCollection,
  warningRulesCollection,
  lookupLimitsCollection,
  ...TRAINING_COLLECTIONS,
  ...POLICY_COLLECTIONS,
  ...EXHIBIT_COLLECTIONS,
  ...RISK_COLLECTIONS,
  ...CLAIM_COLLECTIONS,
  subscriptionConsentsCollection,
  digestRunsCollection,
  ...SPEECH_COLLECTIONS,
] as ReadonlyArray<CollectionDef<unknown>>;
