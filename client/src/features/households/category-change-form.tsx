import Taro from '@tarojs/taro';
import { Text, Textarea, View } from '@tarojs/components';
import type { HouseholdCategory, HouseholdView } from './households-api';
import { CATEGORY_LABEL } from './household-labels';
import { REASON_MAX, useChangeCategory } from './use-change-category';

/** Categories a cadre may set by hand; 三类户 (monitored) only comes from the risk workflow. */
const HAND_SET_CATEGORIES: readonly HouseholdCategory[] = ['general', 'lifted'];
const RISK_QUEUE_PATH = '/packages/risk-work/pages/queue/index';

function RiskWorkflowHint({ monitored }: { monitored: boolean }) {
  return (
    <View className="psv-notice" data-testid="category-monitored-hint">
      <Text>
        {monitored
          ? '这户是三类户（监测对象），不能在这里调整。退出监测要在“返贫风险监测”里申请风险消除，经镇审核、市审定。'
          : '纳入三类户（监测对象）要走“返贫风险监测”：农户申报或村里排查，村里核实、镇上审核、市里审定。'}
      </Text>
      <View
        className="psv-button"
        data-testid="category-open-risk"
        onClick={() => void Taro.navigateTo({ url: RISK_QUEUE_PATH })}
      >
        <Text>去返贫风险监测</Text>
      </View>
    </View>
  );
}

/** For cadres: change the household's category (一般户 / 已脱贫户) with a required reason. */
export function CategoryChangeForm({
  household,
  onChanged,
}: {
  household: HouseholdView;
  onChanged: (view: HouseholdView) => void;
}) {
  const c = useChangeCategory(household, onChanged);
  if (household.category === 'monitored') {
    return (
      <View className="psv-card" data-testid="category-change">
        <View className="psv-subtitle">调整户类</View>
        <RiskWorkflowHint monitored />
      </View>
    );
  }
  return (
    <View className="psv-card" data-testid="category-change">
      <View className="psv-subtitle">调整户类</View>
      <View className="psv-field">
        <Text className="psv-field__label">新的户类</Text>
        <View className="psv-choice-group">
          {HAND_SET_CATEGORIES.map((category) => (
            <View
              key={category}
              data-category={category}
              className={`psv-choice${c.form.category === category ? ' psv-choice--active' : ''}`}
              onClick={() => c.update({ category })}
            >
              <Text>{CATEGORY_LABEL[category]}</Text>
            </View>
          ))}
        </View>
        {c.fieldErrors.category && (
          <View className="psv-field__error">{c.fieldErrors.category}</View>
        )}
      </View>
      <RiskWorkflowHint monitored={false} />
      <View className="psv-field">
        <Text className="psv-field__label">调整原因（必填）</Text>
        <Textarea
          className="psv-textarea"
          name="reason"
          value={c.form.reason}
          maxlength={REASON_MAX}
          placeholder="例如：核实后确认已稳定脱贫"
          onInput={(event) => c.update({ reason: event.detail.value })}
        />
        {c.fieldErrors.reason && <View className="psv-field__error">{c.fieldErrors.reason}</View>}
      </View>
      <View
        className="psv-button psv-button--primary"
        data-testid="category-submit"
        onClick={() => void c.submit()}
      >
        <Text>{c.sending ? '正在保存…' : '确认调整'}</Text>
      </View>
      {c.message && (
        <View className="psv-text-secondary" role="status">
          {c.message}
        </View>
      )}
    </View>
  );
}
