import { Text, View } from '@tarojs/components';
import type { ClaimSummary } from './claims-work-api';
import '../risk-work/risk-work.css';

/** 超24小时报案 / 复核 / 代申请 / 演示 tags of a claim. */
export function ClaimTags({
  claim,
}: {
  claim: Pick<ClaimSummary, 'late' | 'isAppeal' | 'proxy' | 'demo'>;
}) {
  if (!claim.late && !claim.isAppeal && !claim.proxy && !claim.demo) return null;
  return (
    <View className="psv-risk-tags" data-testid="claim-tags">
      {claim.late && (
        <Text className="psv-risk-tag psv-risk-tag--urgent" data-tag="late">
          超过24小时报案
        </Text>
      )}
      {claim.isAppeal && (
        <Text className="psv-risk-tag psv-risk-tag--appeal" data-tag="appeal">
          复核
        </Text>
      )}
      {claim.proxy && (
        <Text className="psv-risk-tag psv-risk-tag--proxy" data-tag="proxy">
          代申请
        </Text>
      )}
      {claim.demo && (
        <Text className="psv-risk-tag" data-tag="demo">
          演示
        </Text>
      )}
    </View>
  );
}
