import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import { CategoryChangeForm } from './category-change-form';
import { HouseholdCard } from './household-card/household-card';
import { HouseholdTimeline } from './household-timeline';
import type { HouseholdView } from './households-api';
import { InvitationPanel } from './invitation-panel';
import { JoinRequestsPanel } from './join-requests-panel';
import { MemberList } from './member-list';
import {
  canEditHouseholds,
  canIssueInvitation,
  editHouseholdPath,
  type OfficialRole,
} from './official-roles';
import { HouseholdRiskSection } from '../risk-work/household-risk-section';
import { HouseholdClaimsSection } from '../claims-work/household-claims-section';

/** A household seen by a cadre: everything on one page. */
export function HouseholdProfile({
  householdId,
  role,
}: {
  householdId: string;
  role: OfficialRole;
}) {
  const loaded = useRemoteData(() => api.households.get({ householdId }));
  const [changed, setChanged] = useState<HouseholdView | null>(null);
  // Back from 编辑户情: read the household again (the first show is the mount's own read).
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) {
      setChanged(null);
      loaded.reload();
    }
    shown.current = true;
  });
  if (loaded.state === 'loading') return <LoadingState />;
  if (loaded.state === 'error')
    return (
      <ErrorState message={loaded.error.message} code={loaded.error.code} onRetry={loaded.reload} />
    );
  // A write's answer hides ID digits (it is stored for replays); members keep the read's last 4.
  const household = changed ? { ...changed, members: loaded.data.members } : loaded.data;
  return (
    <View data-testid="household-profile">
      <HouseholdCard household={{ ...household, memberCount: household.members.length }} />
      {canEditHouseholds(role) && (
        <View
          className="psv-button"
          data-testid="open-edit-household"
          onClick={() => void Taro.navigateTo({ url: editHouseholdPath(household.householdId) })}
        >
          <Text>编辑户情（住址、收入、成员）</Text>
        </View>
      )}
      <MemberList members={household.members} />
      <HouseholdRiskSection householdId={household.householdId} />
      <HouseholdClaimsSection householdId={household.householdId} />
      <CategoryChangeForm household={household} onChanged={setChanged} />
      {canIssueInvitation(role) && <InvitationPanel householdId={household.householdId} />}
      {canIssueInvitation(role) && <JoinRequestsPanel householdId={household.householdId} />}
      {/* A new version re-reads the timeline, so a category change shows at the top. */}
      <HouseholdTimeline key={household.version} householdId={household.householdId} />
    </View>
  );
}
