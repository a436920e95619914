import { featurePath } from '../catalogue/feature-catalogue';
import type { PolicyNextStep } from './policies-api';
import { POLICY_LIST_PATH, policyArticlePath } from './policy-paths';

/** Where a result's next step leads inside the app. */
export function nextStepPath(next: PolicyNextStep): string {
  switch (next.target) {
    case 'policy':
      return next.policyId ? policyArticlePath(next.policyId) : POLICY_LIST_PATH;
    case 'training':
      return featurePath('training');
    case 'claims':
      return featurePath('claims');
    case 'risk':
      return featurePath('risk');
    case 'household':
      return featurePath('household');
    case 'feedback':
      return featurePath('feedback');
  }
}
