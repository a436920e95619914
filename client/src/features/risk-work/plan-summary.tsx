import { Text, View } from '@tarojs/components';
import {
  MEASURE_STATUSES,
  MEASURE_STATUS_LABEL,
  SECTORS,
  type MeasureStatus,
} from '@shared/risk/risk-catalogue';
import { api } from '../../api/api';
import type { PlanView, ReportView } from './risk-work-api';
import { instantText, localDateText } from './risk-work-labels';
import { useRiskAction } from './use-risk-action';
import './risk-work.css';

/**
 * The 119 plan as set: 一户一策, 防贫保险, and each measure with its department, person, due date
 * and status; with `can.updateMeasure` each measure's status can be moved on.
 */
export function PlanSummary({
  report,
  plan,
  canUpdate,
  onDone,
  onConflict,
}: {
  report: ReportView;
  plan: PlanView;
  canUpdate: boolean;
  onDone: (view: ReportView) => void;
  onConflict: (message: string) => void;
}) {
  const action = useRiskAction(
    api.risk.updateMeasure,
    { done: onDone, conflict: onConflict },
    'rmea',
  );
  const setStatus = (measureId: string, status: MeasureStatus) =>
    action.run(
      { reportId: report.reportId, expectedVersion: report.version, measureId, status },
      `${measureId}|${status}`,
    );
  return (
    <View className="psv-card" data-testid="risk-plan">
      <View className="psv-subtitle">119 帮扶计划</View>
      <View className="psv-text-secondary">
        {plan.setByName} 制定于 {instantText(plan.setAt)}
      </View>
      <View className="psv-field__label">一户一策</View>
      <View data-testid="plan-text">{plan.text}</View>
      <View className="psv-risk-kv">
        <Text className="psv-risk-kv__key">防贫保险</Text>
        <Text className="psv-risk-kv__value" data-testid="plan-insurance">
          {plan.insurance.enrolled
            ? `已参保${plan.insurance.policyNumber ? `（保单号 ${plan.insurance.policyNumber}）` : ''}`
            : '还没有参保'}
        </Text>
      </View>
      {plan.warnings.map((w) => (
        <View key={w} className="psv-risk-warning" data-testid="plan-warning">
          ⚠ {w}
        </View>
      ))}
      <View className="psv-field__label">帮扶措施（{plan.measures.length} 项）</View>
      {plan.measures.map((m) => (
        <View
          key={m.measureId}
          className="psv-risk-measure"
          data-testid="plan-measure"
          data-measure-id={m.measureId}
          data-sector={m.sector}
          data-status={m.status}
        >
          <View className="psv-row">
            <Text>
              【{SECTORS[m.sector].label}】{m.title}
            </Text>
            <Text className={m.overdue ? 'psv-risk-overdue' : 'psv-text-secondary'}>
              {m.overdue ? '已超期' : MEASURE_STATUS_LABEL[m.status]}
            </Text>
          </View>
          <View className="psv-text-secondary">
            {m.department} · 责任人 {m.responsible} · {localDateText(m.dueOn)}前
          </View>
          {m.note && <View className="psv-text-secondary">备注：{m.note}</View>}
          {canUpdate && (
            <View className="psv-choice-group" data-testid="measure-status-choices">
              {MEASURE_STATUSES.map((status) => (
                <View
                  key={status}
                  className={`psv-choice${m.status === status ? ' psv-choice--active' : ''}`}
                  data-testid={`measure-status-${status}`}
                  onClick={() => {
                    if (m.status !== status) setStatus(m.measureId, status);
                  }}
                >
                  <Text>
                    {action.state.phase === 'sending' &&
                    action.state.what === `${m.measureId}|${status}`
                      ? '正在保存…'
                      : MEASURE_STATUS_LABEL[status]}
                  </Text>
                </View>
              ))}
            </View>
          )}
        </View>
      ))}
      {action.state.phase === 'error' && (
        <View className="psv-field__error" role="alert">
          {action.state.message}
        </View>
      )}
    </View>
  );
}
