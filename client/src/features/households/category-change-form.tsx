import { Text, Textarea, View } from '@tarojs/components';
import type { HouseholdView } from './households-api';
import {
  CATEGORY_LABEL,
  HOUSEHOLD_CATEGORIES,
  MONITOR_TYPES,
  MONITOR_TYPE_LABEL,
} from './household-labels';
import { REASON_MAX, useChangeCategory } from './use-change-category';

/** For cadres: change the household's category with a required reason. */
export function CategoryChangeForm({
  household,
  onChanged,
}: {
  household: HouseholdView;
  onChanged: (view: HouseholdView) => void;
}) {
  const c = useChangeCategory(household, onChanged);
  return (
    <View className="psv-card" data-testid="category-change">
      <View className="psv-subtitle">调整户类</View>
      <View className="psv-field">
        <Text className="psv-field__label">新的户类</Text>
        <View className="psv-choice-group">
          {HOUSEHOLD_CATEGORIES.map((category) => (
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
      {c.form.category === 'monitored' && (
        <View className="psv-field">
          <Text className="psv-field__label">监测类型</Text>
          <View className="psv-choice-group">
            {MONITOR_TYPES.map((monitorType) => (
              <View
                key={monitorType}
                data-monitor-type={monitorType}
                className={`psv-choice${c.form.monitorType === monitorType ? ' psv-choice--active' : ''}`}
                onClick={() => c.update({ monitorType })}
              >
                <Text>{MONITOR_TYPE_LABEL[monitorType]}</Text>
              </View>
            ))}
          </View>
          {c.fieldErrors.monitorType && (
            <View className="psv-field__error">{c.fieldErrors.monitorType}</View>
          )}
        </View>
      )}
      <View className="psv-field">
        <Text className="psv-field__label">调整原因（必填）</Text>
        <Textarea
          className="psv-textarea"
          name="reason"
          value={c.form.reason}
          maxlength={REASON_MAX}
          placeholder="例如：户主突发重病住院，家庭支出大增"
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
