import { Input, Text, Textarea, View } from '@tarojs/components';
import {
  DISASTER_SUBTYPES,
  DISASTER_SUBTYPE_CODES,
  PROXY_RELATIONS,
  RISK_CONSENT,
  RISK_TYPES,
} from '@shared/risk/risk-catalogue';
import { ReadAloud } from '../elderly-mode/read-aloud/read-aloud';
import { PhotoPicker } from '../exhibits/photo-picker';
import { HeldPhotosNote } from '../images/held-photos-note';
import { VillagePicker } from '../exhibits/village-picker';
import { useVillages } from '../exhibits/use-villages';
import { AnswerButton } from '../question-form/answer-button';
import { ProxyStepBody, isProxyStep } from '../question-form/proxy-answers';
import { QuestionFrame } from '../question-form/question-frame';
import { QueuedCard } from '../question-form/queued-card';
import { SummaryList } from '../question-form/summary-list';
import { DateChooser } from './date-chooser';
import { NumberPad, groupedDigits } from './number-pad';
import {
  COST_DIGITS_MAX,
  DESCRIPTION_MAX,
  MAX_RISKS,
  PHOTOS_MAX,
  REASON_MAX,
  type RiskDraft,
  type StepId,
} from './risk-draft';
import { spokenDate } from './risk-dates';
import { MY_RISK_REPORTS_PATH } from './risk-paths';
import { PROXY_REASONS, RISK_QUESTIONS } from './risk-questions';
import { RiskTypeCards } from './risk-type-cards';
import { useRiskForm } from './use-risk-form';
import '../exhibits/exhibit-card/exhibit-card.css';
import './risk.css';

type Form = ReturnType<typeof useRiskForm>;

function VillageName({ villageId }: { villageId: string }) {
  const villages = useVillages();
  if (!villageId || villages.state !== 'ready') return null;
  const name = villages.data.items.find((v) => v.id === villageId)?.name;
  return name ? (
    <View className="psv-risk-chosen" data-testid="risk-village-chosen">
      <Text>已选：{name}</Text>
    </View>
  ) : null;
}

/** The answer area of one screen. */
function StepBody({ form, step }: { form: Form; step: StepId }) {
  const { values: v, update } = form;
  if (isProxyStep(step))
    return (
      <ProxyStepBody
        prefix="risk"
        step={step}
        values={v}
        labels={{ self: '为自己家申报', proxy: '替家人申报' }}
        update={update}
      />
    );
  switch (step) {
    case 'proxy_village':
      return (
        <View>
          <VillagePicker
            withAll={false}
            selected={v.proxyVillageId || null}
            onChange={(id) => update({ proxyVillageId: id ?? '' })}
          />
          <VillageName villageId={v.proxyVillageId} />
        </View>
      );
    case 'proxy_reason':
      return (
        <View>
          <View className="psv-risk-grid">
            {PROXY_REASONS.map((reason) => (
              <AnswerButton
                key={reason}
                on={v.proxyReason === reason}
                testId="risk-reason-option"
                onPress={() => update({ proxyReason: reason })}
              >
                <Text>{reason}</Text>
              </AnswerButton>
            ))}
          </View>
          <Input
            className="psv-input psv-risk-big-input"
            data-testid="risk-proxy-reason"
            value={v.proxyReason}
            maxlength={REASON_MAX}
            placeholder="也可以自己写"
            onInput={(e) => update({ proxyReason: e.detail.value })}
          />
        </View>
      );
    case 'risks':
      return (
        <View>
          <View className="psv-risk-chosen" data-testid="risk-types-count">
            <Text>
              已选 {v.risks.length} 种{v.risks.length >= MAX_RISKS ? '（最多 5 种，已选满）' : ''}
            </Text>
          </View>
          <RiskTypeCards
            selected={v.risks}
            onToggle={form.toggleRisk}
            full={v.risks.length >= MAX_RISKS}
          />
        </View>
      );
    case 'disaster_subtype':
      return (
        <View className="psv-risk-answers">
          {DISASTER_SUBTYPE_CODES.map((code) => (
            <AnswerButton
              key={code}
              on={v.disasterSubtype === code}
              testId={`risk-disaster-${code}`}
              onPress={() => update({ disasterSubtype: code })}
            >
              <Text>{DISASTER_SUBTYPES[code]}</Text>
            </AnswerButton>
          ))}
        </View>
      );
    case 'occurred':
      return <DateChooser value={v.occurredOn} onChange={(occurredOn) => update({ occurredOn })} />;
    case 'description':
      return (
        <View>
          <Textarea
            className="psv-textarea psv-risk-big-input"
            data-testid="risk-description"
            value={v.description}
            maxlength={DESCRIPTION_MAX}
            placeholder="写几句就行"
            onInput={(e) => update({ description: e.detail.value })}
          />
          <Text className="psv-text-secondary">
            已写 {v.description.trim().length} 字（最多 {DESCRIPTION_MAX} 字）
          </Text>
        </View>
      );
    case 'cost':
      return (
        <View>
          <View className="psv-risk-amount" data-testid="risk-cost-value">
            <Text>{v.cost === '' ? '还没填' : `${groupedDigits(v.cost)} 元`}</Text>
          </View>
          <NumberPad
            value={v.cost}
            maxLength={COST_DIGITS_MAX}
            onChange={(cost) => update({ cost })}
          />
        </View>
      );
    case 'photos':
      return (
        <View>
          <Text className="psv-field__label">
            照片（{v.photos.length}/{PHOTOS_MAX}）
          </Text>
          <PhotoPicker
            photos={v.photos}
            uploads={form.photos.uploads}
            room={form.photos.room}
            onPick={() => void form.photos.pick()}
            onRemove={form.removePhoto}
            onDismiss={form.photos.dismiss}
            stateOf={form.photos.stateOf}
          />
          <HeldPhotosNote states={v.photos.map((p) => form.photos.stateOf(p.fileId))} />
        </View>
      );
    case 'phone':
      return (
        <View>
          <View className="psv-risk-amount" data-testid="risk-phone-value">
            <Text>{v.phone === '' ? '不填也可以' : v.phone}</Text>
          </View>
          <NumberPad value={v.phone} maxLength={11} onChange={(phone) => update({ phone })} />
        </View>
      );
    case 'urgent':
      return (
        <View className="psv-risk-answers">
          <AnswerButton
            on={v.urgent === true}
            testId="risk-urgent-yes"
            onPress={() => update({ urgent: true })}
          >
            <Text>是，急需帮助</Text>
          </AnswerButton>
          <AnswerButton
            on={v.urgent === false}
            testId="risk-urgent-no"
            onPress={() => update({ urgent: false })}
          >
            <Text>不是特别急</Text>
          </AnswerButton>
        </View>
      );
    case 'consent':
      return (
        <View>
          <View className="psv-risk-consent" data-testid="risk-consent-text">
            {RISK_CONSENT.purpose}
          </View>
          <ReadAloud text={RISK_CONSENT.purpose} />
          <View className="psv-risk-gap" />
          <AnswerButton
            on={v.consentAgreed}
            testId="risk-consent-agree"
            onPress={() => update({ consentAgreed: !v.consentAgreed })}
          >
            <Text>{v.consentAgreed ? '✓ 我已同意（再点一下取消）' : '我同意'}</Text>
          </AnswerButton>
        </View>
      );
    case 'confirm':
      return <Summary form={form} />;
  }
}

function summaryRows(v: RiskDraft): { step: StepId; label: string; value: string }[] {
  const rows: { step: StepId; label: string; value: string }[] = [
    {
      step: 'who',
      label: '为谁申报',
      value:
        v.forWhom === 'proxy'
          ? `替${v.proxyName.trim()}申报${v.relation ? `（我是${PROXY_RELATIONS[v.relation]}）` : ''}`
          : '为自己家',
    },
  ];
  if (v.forWhom === 'proxy')
    rows.push({ step: 'proxy_reason', label: '为什么代报', value: v.proxyReason.trim() });
  rows.push({
    step: 'risks',
    label: '遇到的困难',
    value: v.risks.map((r) => RISK_TYPES[r].label).join('、'),
  });
  if (v.risks.includes('disaster') && v.disasterSubtype)
    rows.push({
      step: 'disaster_subtype',
      label: '灾害种类',
      value: DISASTER_SUBTYPES[v.disasterSubtype],
    });
  rows.push(
    { step: 'occurred', label: '发生的日子', value: v.occurredOn ? spokenDate(v.occurredOn) : '' },
    { step: 'description', label: '情况', value: v.description.trim() },
    { step: 'cost', label: '花了或损失', value: v.cost ? `${groupedDigits(v.cost)} 元` : '' },
    { step: 'photos', label: '照片', value: v.photos.length ? `${v.photos.length} 张` : '没有传' },
    { step: 'phone', label: '联系电话', value: v.phone || '没有填' },
  );
  if (v.urgent !== null && v.risks.some((r) => r === 'disaster' || r === 'accident'))
    rows.push({ step: 'urgent', label: '绿色通道', value: v.urgent ? '急需帮助' : '不是特别急' });
  rows.push({ step: 'consent', label: '授权', value: v.consentAgreed ? '已同意' : '还没同意' });
  return rows;
}

function Summary({ form }: { form: Form }) {
  return (
    <SummaryList
      prefix="risk"
      rows={summaryRows(form.values)}
      problems={form.problems}
      questionOf={(step) => RISK_QUESTIONS[step].question}
      onEdit={form.goTo}
    />
  );
}

/** After 提交: saved on the phone, sent by the outbox when the network is there. */
function Queued({ onNew }: { onNew: () => void }) {
  return (
    <QueuedCard
      prefix="risk"
      whatNext="村里会在 5 个工作日内上门核实"
      mineLabel="看我的申报"
      minePath={MY_RISK_REPORTS_PATH}
      newLabel="再申报一件"
      onNew={onNew}
    />
  );
}

/**
 * 返贫风险申报: one question per screen with big answers, 朗读 of every question, 上一步 /
 * 下一步, a summary to check, then 提交 into the outbox.
 */
export function RiskForm() {
  const form = useRiskForm();
  const { step, steps, index } = form;
  if (form.queuedKey) return <Queued onNew={() => form.goTo('who')} />;
  const { question, hint } = RISK_QUESTIONS[step];
  const onConfirm = step === 'confirm';
  const choices =
    step === 'risks'
      ? `可以选：${Object.values(RISK_TYPES)
          .map((t) => t.label)
          .join('、')}。`
      : '';
  return (
    <QuestionFrame
      prefix="risk"
      step={step}
      index={index}
      total={steps.length}
      restored={form.restored}
      question={question}
      hint={hint}
      readAloud={step === 'consent' ? null : `${question}${hint}${choices}`}
      blocked={form.blocked}
      last={onConfirm}
      submitLabel={form.photos.busy ? '照片正在压缩…' : '提交申报'}
      onBack={form.back}
      onNext={() => void form.next()}
      onSubmit={() => void form.submit()}
    >
      <StepBody form={form} step={step} />
    </QuestionFrame>
  );
}
