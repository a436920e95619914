import { AppealBox } from '../appeals/appeal-box';
import { spokenDate } from '../risk/risk-dates';
import { CLAIM_LEVEL_WORD } from './claim-words';
import type { ClaimView } from './claims-api';
import { useClaimOutbox } from './use-claim-outbox';

/** 未通过 → 申请复核 of a claim, to the level above, once; sent through the outbox. */
export function ClaimAppealPanel({ claim }: { claim: ClaimView }) {
  const { waiting, failed, enqueue } = useClaimOutbox('appeal', claim.claimId);
  const rejection = claim.rejection;
  if (claim.status !== 'rejected' || !rejection) return null;
  return (
    <AppealBox
      prefix="claim"
      draftName={`claim-appeal.${claim.claimId}`}
      byWord={CLAIM_LEVEL_WORD[rejection.level]}
      reason={rejection.reason}
      goesTo={rejection.appealTo ? CLAIM_LEVEL_WORD[rejection.appealTo] : null}
      deadlineText={rejection.appealBy ? `，请在${spokenDate(rejection.appealBy)}前申请` : ''}
      canAppeal={claim.can.appeal}
      waiting={waiting !== null}
      failedMessage={failed ? (failed.lastError?.message ?? '') : null}
      placeholder="比如：自付的钱算少了，结算单上写着 4 万元"
      onSend={(reason) =>
        enqueue({
          fn: 'claims',
          action: 'appeal',
          payload: { claimId: claim.claimId, expectedVersion: claim.version, reason },
          label: `理赔申请复核：${claim.subjectName}`,
          keyPrefix: 'claimap',
        })
      }
    />
  );
}
