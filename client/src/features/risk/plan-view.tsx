import { Text, View } from '@tarojs/components';
import { MEASURE_STATUS_LABEL, SECTORS, SECTOR_CODES } from '@shared/risk/risk-catalogue';
import type { RiskMeasureView, RiskPlanView } from './risk-api';
import { spokenDate } from './risk-dates';

const MEASURE_BADGE = { planned: 'pending', in_progress: 'sending', done: 'sent' } as const;

function Measure({ measure }: { measure: RiskMeasureView }) {
  const late = measure.overdue && measure.status !== 'done';
  return (
    <View
      className="psv-risk-measure"
      data-testid="risk-measure"
      data-sector={measure.sector}
      data-status={measure.status}
    >
      <View className="psv-row">
        <Text className="psv-risk-measure__title">{measure.title}</Text>
        <Text className={`psv-badge psv-badge--${late ? 'failed' : MEASURE_BADGE[measure.status]}`}>
          {MEASURE_STATUS_LABEL[measure.status]}
        </Text>
      </View>
      <View>负责单位：{measure.department}</View>
      <View>责任人：{measure.responsible}</View>
      <View className={late ? 'psv-field__error' : ''}>
        {measure.status === 'done' ? '原定' : '要在'}
        {spokenDate(measure.dueOn)}前办好{late ? '（已超期）' : ''}
      </View>
      {measure.note && <View className="psv-text-secondary">说明：{measure.note}</View>}
    </View>
  );
}

/** The 119 plan: 一户一策 text, 防贫保险 enrolment, and the measures grouped by sector. */
export function PlanView({ plan }: { plan: RiskPlanView }) {
  const sectors = SECTOR_CODES.filter((s) => plan.measures.some((m) => m.sector === s));
  const done = plan.measures.filter((m) => m.status === 'done').length;
  return (
    <View data-testid="risk-plan">
      <View className="psv-field__label">一户一策帮扶计划</View>
      <View className="psv-risk-hint" data-testid="risk-plan-text">
        {plan.text}
      </View>
      <View className="psv-row" data-testid="risk-plan-insurance">
        <Text>防贫保险</Text>
        <Text className={`psv-badge psv-badge--${plan.insurance.enrolled ? 'sent' : 'pending'}`}>
          {plan.insurance.enrolled ? '已参加' : '还没参加'}
        </Text>
      </View>
      {plan.insurance.enrolled && plan.insurance.policyNumber && (
        <View className="psv-text-secondary">保单号：{plan.insurance.policyNumber}</View>
      )}
      <View className="psv-field__label">
        帮扶措施（{plan.measures.length} 项，已办好 {done} 项）
      </View>
      {sectors.map((sector) => (
        <View key={sector} data-testid="risk-plan-sector" data-sector={sector}>
          <View className="psv-risk-sector">{SECTORS[sector].label}</View>
          {plan.measures
            .filter((m) => m.sector === sector)
            .map((m) => (
              <Measure key={m.measureId} measure={m} />
            ))}
        </View>
      ))}
      <View className="psv-text-secondary">
        {plan.setByName} 在 {spokenDate(plan.setAt.slice(0, 10))}{' '}
        定的计划。有问题可以找责任人，或者问村委会。
      </View>
    </View>
  );
}
