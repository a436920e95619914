import { View } from '@tarojs/components';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { RiskPlanCard } from '../risk/risk-plan-card';
import { HouseholdCard } from './household-card/household-card';
import { HouseholdTimeline } from './household-timeline';
import { LastSeenLine } from '../offline/last-seen-line/last-seen-line';
import { JoinForm } from './join-form';
import { JoinRequestsPanel } from './join-requests-panel';
import { MemberList } from './member-list';
import { useMyHousehold } from './use-my-household';

/** The villager's household, or the join form (and where their request stands) when none is linked yet. */
export function MyHome({ enabled, waiting }: { enabled: boolean; waiting: boolean }) {
  const mine = useMyHousehold(enabled);
  if (waiting || (enabled && mine.state === 'loading')) return <LoadingState />;
  if (!enabled) {
    return <EmptyState title="这个身份没有家庭档案" hint="我的家只对村民开放。" />;
  }
  if (mine.state === 'error')
    return <ErrorState message={mine.error.message} code={mine.error.code} onRetry={mine.reload} />;
  if (mine.state !== 'ready') return <LoadingState />;
  const household = mine.data.household;
  if (!household) return <JoinForm request={mine.data.joinRequest} />;
  const offlineCopy = typeof mine.lastSeenAt === 'number';
  return (
    <View data-testid="my-home">
      <LastSeenLine savedAt={mine.lastSeenAt} />
      <HouseholdCard
        household={{ ...household, memberCount: household.members.length }}
        showWarnings={false}
      />
      {/* The last-seen copy is the card and the members; the rest needs the network. */}
      {!offlineCopy && <RiskPlanCard householdId={household.householdId} />}
      <MemberList members={household.members} />
      {/* Shown to the head only: the server answers NOT_FOUND to other members. */}
      {!offlineCopy && <JoinRequestsPanel householdId={household.householdId} />}
      {!offlineCopy && <HouseholdTimeline householdId={household.householdId} />}
    </View>
  );
}
