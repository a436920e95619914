import { useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { ELIMINATION_METHODS, type EliminationMethod } from '@shared/risk/risk-catalogue';
import { chinaDate } from '@shared/review-workflow/working-days';
import { api } from '../../api/api';
import type { ReportView } from './risk-work-api';
import { useRiskAction } from './use-risk-action';

const FORM_FIELDS = ['visitedOn', 'incomePerHead', 'method', 'note'];
const METHODS = Object.keys(ELIMINATION_METHODS) as EliminationMethod[];

/**
 * The server's refusal as lines: "现在还不能申请风险消除：A。B。" → the head, then one reason a
 * line, so each condition that is not met stands on its own.
 */
export function refusalLines(message: string): string[] {
  const colon = message.indexOf('：');
  if (colon < 0) return [message];
  const reasons = message
    .slice(colon + 1)
    .split('。')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => `${r}。`);
  return [message.slice(0, colon + 1), ...reasons];
}

/** The form's own rules, before sending (the server checks the 风险消除 conditions). */
export function checkElimination(form: {
  visitedOn: string;
  incomePerHead: string;
  method: EliminationMethod | null;
  note: string;
}): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.visitedOn.trim()))
    errors.visitedOn = '请填入户核实的日期，例如 2026-12-02。';
  if (!/^\d{1,9}$/.test(form.incomePerHead.trim()))
    errors.incomePerHead = '请填家庭人均纯收入（元，整数）。';
  if (!form.method) errors.method = '请选择消除方式。';
  if (form.note.trim().length < 2) errors.note = '请写几句入户看到的情况。';
  return errors;
}

/**
 * 申请风险消除 (village): a visit date, the income found, 帮扶消除 or 自然消除, and a note. When the
 * rule says no (不满6个月, 没有办好的措施, 收入低于监测范围, 全家无劳动能力) the server's reasons are
 * shown as they come, in plain words.
 */
export function EliminationForm({
  report,
  onDone,
  onConflict,
}: {
  report: ReportView;
  onDone: (view: ReportView) => void;
  onConflict: (message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({
    visitedOn: chinaDate(new Date()),
    incomePerHead: '',
    method: 'assisted' as EliminationMethod | null,
    note: '',
  });
  const action = useRiskAction(
    api.risk.proposeElimination,
    { done: onDone, conflict: onConflict },
    'relim',
    true,
  );
  if (!open) {
    return (
      <View className="psv-button" data-testid="open-elimination" onClick={() => setOpen(true)}>
        <Text>申请风险消除</Text>
      </View>
    );
  }
  const errors = action.state.phase === 'error' ? action.state.fieldErrors : {};
  const submit = () => {
    const local = checkElimination(form);
    if (Object.keys(local).length > 0) return action.fail(local);
    action.run(
      {
        reportId: report.reportId,
        expectedVersion: report.version,
        visitedOn: form.visitedOn.trim(),
        incomePerHead: Number(form.incomePerHead.trim()),
        method: form.method ?? 'assisted',
        note: form.note.trim(),
      },
      'propose',
    );
  };
  return (
    <View className="psv-card" data-testid="elimination-form">
      <View className="psv-subtitle">申请风险消除</View>
      <View className="psv-text-secondary">
        要求：纳入监测满6个月、至少一项措施办好、人均纯收入达到当年监测范围、家里有劳动能力。
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">入户核实日期</Text>
        <Input
          className="psv-input"
          name="eliminationVisitedOn"
          value={form.visitedOn}
          maxlength={10}
          onInput={(e) => setForm((f) => ({ ...f, visitedOn: e.detail.value }))}
        />
        {errors.visitedOn && <View className="psv-field__error">{errors.visitedOn}</View>}
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">家庭人均纯收入（元/年）</Text>
        <Input
          className="psv-input"
          name="eliminationIncome"
          type="number"
          value={form.incomePerHead}
          maxlength={9}
          placeholder="例如 9000"
          onInput={(e) => setForm((f) => ({ ...f, incomePerHead: e.detail.value }))}
        />
        {errors.incomePerHead && <View className="psv-field__error">{errors.incomePerHead}</View>}
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">消除方式</Text>
        <View className="psv-choice-group">
          {METHODS.map((m) => (
            <View
              key={m}
              className={`psv-choice${form.method === m ? ' psv-choice--active' : ''}`}
              data-method={m}
              onClick={() => setForm((f) => ({ ...f, method: m }))}
            >
              <Text>{ELIMINATION_METHODS[m]}</Text>
            </View>
          ))}
        </View>
        {errors.method && <View className="psv-field__error">{errors.method}</View>}
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">入户看到的情况</Text>
        <Textarea
          className="psv-textarea"
          name="eliminationNote"
          value={form.note}
          maxlength={300}
          placeholder="例如：户主已康复外出务工，月收入3000元"
          onInput={(e) => setForm((f) => ({ ...f, note: e.detail.value }))}
        />
        {errors.note && <View className="psv-field__error">{errors.note}</View>}
      </View>
      {action.state.phase === 'error' && (
        <View className="psv-risk-warning" role="alert" data-testid="elimination-refused">
          {refusalLines(action.state.message).map((line, i) => (
            <View key={i} data-testid={i === 0 ? undefined : 'elimination-reason'}>
              {i === 0 ? line : `· ${line}`}
            </View>
          ))}
          {Object.entries(action.state.fieldErrors)
            .filter(([field]) => !FORM_FIELDS.includes(field))
            .map(([field, reason]) => (
              <View key={field} data-testid="elimination-reason">
                · {reason}
              </View>
            ))}
        </View>
      )}
      <View
        className="psv-button psv-button--primary"
        data-testid="elimination-submit"
        onClick={submit}
      >
        <Text>{action.state.phase === 'sending' ? '正在提交…' : '提交风险消除申请'}</Text>
      </View>
      <View className="psv-button" onClick={() => setOpen(false)}>
        <Text>先不申请</Text>
      </View>
    </View>
  );
}
