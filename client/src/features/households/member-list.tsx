import { Text, View } from '@tarojs/components';
import type { MemberView } from './households-api';
import { RELATION_LABEL } from './household-labels';

/** Family members with the ID number masked (at most its last 4, and only to cadres). */
export function MemberList({ members }: { members: readonly MemberView[] }) {
  return (
    <View className="psv-card" data-testid="member-list">
      <View className="psv-subtitle">家庭成员（{members.length} 人）</View>
      {members.map((m) => (
        <View key={m.memberId} className="psv-member" data-member-id={m.memberId}>
          <View className="psv-row">
            <Text>
              {m.name}（{RELATION_LABEL[m.relation]}）
            </Text>
            <Text>{m.age === null ? '' : `${m.age} 岁`}</Text>
          </View>
          <View className="psv-text-secondary" data-testid="masked-id">
            身份证：{/\d/.test(m.idNumberMasked) ? m.idNumberMasked : '已登记（不显示号码）'}
          </View>
          {m.phoneMasked && <View className="psv-text-secondary">电话：{m.phoneMasked}</View>}
        </View>
      ))}
      <View className="psv-text-secondary">
        为保护隐私，身份证号最多只显示后 4 位，电话只显示部分数字。
      </View>
    </View>
  );
}
