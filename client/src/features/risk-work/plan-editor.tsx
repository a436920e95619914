import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { addCalendarDays, chinaDate } from '@shared/review-workflow/working-days';
import {
  MEASURE_STATUSES,
  MEASURE_STATUS_LABEL,
  SECTORS,
  SECTOR_CODES,
  SECTORS_ARE_DEMO,
  type Sector,
} from '@shared/risk/risk-catalogue';
import { api } from '../../api/api';
import type { MemberView } from '../households/households-api';
import {
  checkPlanForm,
  liveWarnings,
  newMeasure,
  planFormFrom,
  planPayload,
  planRisks,
  type MeasureDraft,
  type PlanForm,
} from './plan-form';
import type { ReportView } from './risk-work-api';
import { riskListText } from './risk-work-labels';
import { useRiskAction } from './use-risk-action';
import './risk-work.css';
import { FieldError } from '../../components/field-error/field-error';

function MeasureEditor({
  index,
  measure,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  measure: MeasureDraft;
  errors: Record<string, string>;
  onChange: (patch: Partial<MeasureDraft>) => void;
  onRemove: () => void;
}) {
  const sector = SECTORS[measure.sector];
  const e = (field: string) => errors[`measures.${index}.${field}`];
  return (
    <View
      className="psv-risk-measure"
      data-testid="plan-measure-editor"
      data-sector={measure.sector}
    >
      <View className="psv-row">
        <Text className="psv-field__label">
          第{index + 1}项 · {sector.label}
        </Text>
        <View className="psv-choice" data-testid="measure-remove" onClick={onRemove}>
          <Text>删除</Text>
        </View>
      </View>
      <View className="psv-text-secondary">常用措施（点一下填入）：</View>
      <View className="psv-choice-group" data-testid="measure-examples">
        {sector.examples.map((example) => (
          <View
            key={example}
            className={`psv-choice${measure.title === example ? ' psv-choice--active' : ''}`}
            data-example={example}
            onClick={() => onChange({ title: example })}
          >
            <Text>{example}</Text>
          </View>
        ))}
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">措施名称</Text>
        <Input
          className="psv-input"
          name={`measure-${index}-title`}
          value={measure.title}
          maxlength={60}
          placeholder="例如：家庭医生签约"
          onInput={(ev) => onChange({ title: ev.detail.value })}
        />
        <FieldError message={e('title')} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">责任单位</Text>
        <Input
          className="psv-input"
          name={`measure-${index}-department`}
          value={measure.department}
          maxlength={40}
          onInput={(ev) => onChange({ department: ev.detail.value })}
        />
        <FieldError message={e('department')} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">责任人</Text>
        <Input
          className="psv-input"
          name={`measure-${index}-responsible`}
          value={measure.responsible}
          maxlength={20}
          placeholder="姓名"
          onInput={(ev) => onChange({ responsible: ev.detail.value })}
        />
        <FieldError message={e('responsible')} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">完成日期</Text>
        <Input
          className="psv-input"
          name={`measure-${index}-dueOn`}
          value={measure.dueOn}
          maxlength={10}
          placeholder="例如 2026-12-31"
          onInput={(ev) => onChange({ dueOn: ev.detail.value })}
        />
        <FieldError message={e('dueOn')} />
      </View>
      <View className="psv-choice-group">
        {MEASURE_STATUSES.map((status) => (
          <View
            key={status}
            className={`psv-choice${measure.status === status ? ' psv-choice--active' : ''}`}
            data-measure-status={status}
            onClick={() => onChange({ status })}
          >
            <Text>{MEASURE_STATUS_LABEL[status]}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

/**
 * The 119 plan editor: 一户一策 text, 防贫保险 enrolment, and measures from the 9 sectors (a
 * sector's examples as quick titles, its department prefilled). Mismatches with the confirmed
 * risks are warned about while editing; after saving, the server's own warnings are shown.
 */
export function PlanEditor({
  report,
  members,
  onSaved,
  onConflict,
}: {
  report: ReportView;
  members: readonly MemberView[] | null;
  onSaved: (view: ReportView) => void;
  onConflict: (message: string) => void;
}) {
  const [form, setForm] = useState<PlanForm>(() => planFormFrom(report.plan));
  const [saved, setSaved] = useState<ReportView | null>(null);
  const action = useRiskAction(
    api.risk.setPlan,
    {
      done: (view) => {
        setSaved(view);
        // Saved measures now have ids: a second save edits them instead of adding copies.
        setForm(planFormFrom(view.plan));
        onSaved(view);
      },
      conflict: onConflict,
    },
    'rplan',
  );
  const defaultDue = addCalendarDays(chinaDate(new Date()), 30);
  const warnings = liveWarnings(report, form, members);
  const errors = action.state.phase === 'error' ? action.state.fieldErrors : {};
  const patchMeasure = (key: string, patch: Partial<MeasureDraft>) =>
    setForm((f) => ({
      ...f,
      measures: f.measures.map((m) => (m.key === key ? { ...m, ...patch } : m)),
    }));
  const addSector = (sector: Sector) =>
    setForm((f) => ({ ...f, measures: [...f.measures, newMeasure(sector, defaultDue)] }));
  const save = () => {
    setSaved(null);
    const local = checkPlanForm(form);
    if (Object.keys(local).length > 0) return action.fail(local);
    action.run(planPayload(report, form), 'save');
  };

  return (
    <View data-testid="plan-editor">
      <View className="psv-card">
        <View className="psv-subtitle">
          {report.subjectName}
          {report.villageName ? `（${report.villageName}）` : ''}
        </View>
        <View className="psv-text-secondary">核实的困难：{riskListText(planRisks(report))}</View>
      </View>
      <View className="psv-card">
        <View className="psv-field">
          <Text className="psv-field__label">一户一策（怎么帮这一户）</Text>
          <Textarea
            className="psv-textarea"
            name="planText"
            value={form.planText}
            maxlength={1000}
            placeholder="例如：落实大病专项救治和医疗救助，安排妻子到村公益性岗位，年底前人均收入达到监测线以上。"
            onInput={(e) => setForm((f) => ({ ...f, planText: e.detail.value }))}
          />
          <FieldError message={errors.planText} />
        </View>
        <View className="psv-field" data-testid="plan-insurance-choice">
          <Text className="psv-field__label">防贫保险</Text>
          <View className="psv-choice-group">
            {[true, false].map((enrolled) => (
              <View
                key={String(enrolled)}
                className={`psv-choice${form.enrolled === enrolled ? ' psv-choice--active' : ''}`}
                data-testid={enrolled ? 'insurance-yes' : 'insurance-no'}
                onClick={() => setForm((f) => ({ ...f, enrolled }))}
              >
                <Text>{enrolled ? '已参保' : '未参保'}</Text>
              </View>
            ))}
          </View>
          {form.enrolled && (
            <Input
              className="psv-input"
              name="policyNumber"
              value={form.policyNumber}
              maxlength={40}
              placeholder="保单号（可不填）"
              onInput={(e) => setForm((f) => ({ ...f, policyNumber: e.detail.value }))}
            />
          )}
          <FieldError message={errors['insurance.policyNumber']} />
        </View>
      </View>

      <View className="psv-card" data-testid="plan-measures">
        <View className="psv-subtitle">帮扶措施（{form.measures.length} 项）</View>
        {form.measures.map((m, i) => (
          <MeasureEditor
            key={m.key}
            index={i}
            measure={m}
            errors={errors}
            onChange={(patch) => patchMeasure(m.key, patch)}
            onRemove={() =>
              setForm((f) => ({ ...f, measures: f.measures.filter((x) => x.key !== m.key) }))
            }
          />
        ))}
        <FieldError message={errors.measures} />
        <View className="psv-field__label">
          加一项措施：选部门
          {SECTORS_ARE_DEMO && (
            <Text className="psv-text-secondary" data-testid="sectors-demo">
              {' '}
              演示清单（待市里确认）
            </Text>
          )}
        </View>
        <View className="psv-choice-group" data-testid="sector-choices">
          {SECTOR_CODES.map((sector) => (
            <View
              key={sector}
              className="psv-choice"
              data-sector={sector}
              onClick={() => addSector(sector)}
            >
              <Text>＋{SECTORS[sector].label}</Text>
            </View>
          ))}
        </View>
      </View>

      {warnings.length > 0 && (
        <View className="psv-card" data-testid="plan-live-warnings">
          <View className="psv-field__label">请注意（保存前检查）</View>
          {warnings.map((w) => (
            <View key={w} className="psv-risk-warning" data-testid="plan-live-warning">
              ⚠ {w}
            </View>
          ))}
        </View>
      )}
      {action.state.phase === 'error' && (
        <View className="psv-field__error" role="alert" data-testid="plan-error">
          {action.state.message}
        </View>
      )}
      {saved && (
        <View className="psv-card" role="status" data-testid="plan-saved">
          <View>帮扶计划已保存，农户在“我的家”里能看到。</View>
          {(saved.plan?.warnings ?? []).map((w) => (
            <View key={w} className="psv-risk-warning" data-testid="plan-server-warning">
              ⚠ {w}
            </View>
          ))}
          <View
            className="psv-button"
            data-testid="plan-back"
            onClick={() => void Taro.navigateBack()}
          >
            <Text>回到申报</Text>
          </View>
        </View>
      )}
      <View className="psv-button psv-button--primary" data-testid="plan-save" onClick={save}>
        <Text>{action.state.phase === 'sending' ? '正在保存…' : '保存帮扶计划'}</Text>
      </View>
    </View>
  );
}
