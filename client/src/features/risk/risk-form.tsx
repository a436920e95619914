import Taro from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import {
  DISASTER_SUBTYPES,
  DISASTER_SUBTYPE_CODES,
  PROXY_RELATIONS,
  PROXY_RELATION_CODES,
  RISK_CONSENT,
  RISK_TYPES,
} from '@shared/risk/risk-catalogue';
import { ReadAloud } from '../elderly-mode/read-aloud/read-aloud';
import { PhotoPicker } from '../exhibits/photo-picker';
import { VillagePicker } from '../exhibits/village-picker';
import { useVillages } from '../exhibits/use-villages';
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

/** A big answer button; `on` marks the chosen one. */
function Answer({
  on,
  testId,
  onPress,
  children,
}: {
  on: boolean;
  testId: string;
  onPress: () => void;
  children: React.ReactNode;
}) {
  return (
    <View
      className={`psv-button psv-risk-answer${on ? ' psv-button--primary' : ''}`}
      data-testid={testId}
      data-selected={on ? 'yes' : 'no'}
      onClick={onPress}
    >
      {children}
    </View>
  );
}

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
  switch (step) {
    case 'who':
      return (
        <View className="psv-risk-answers">
          <Answer
            on={v.forWhom === 'self'}
            testId="risk-who-self"
            onPress={() => update({ forWhom: 'self' })}
          >
            <Text>为自己家申报</Text>
          </Answer>
          <Answer
            on={v.forWhom === 'proxy'}
            testId="risk-who-proxy"
            onPress={() => update({ forWhom: 'proxy' })}
          >
            <Text>替家人申报</Text>
          </Answer>
        </View>
      );
    case 'proxy_relation':
      return (
        <View className="psv-risk-grid">
          {PROXY_RELATION_CODES.map((code) => (
            <Answer
              key={code}
              on={v.relation === code}
              testId={`risk-relation-${code}`}
              onPress={() => update({ relation: code })}
            >
              <Text>{PROXY_RELATIONS[code]}</Text>
            </Answer>
          ))}
        </View>
      );
    case 'proxy_name':
      return (
        <Input
          className="psv-input psv-risk-big-input"
          data-testid="risk-proxy-name"
          value={v.proxyName}
          maxlength={20}
          placeholder="比如：马福海"
          onInput={(e) => update({ proxyName: e.detail.value })}
        />
      );
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
              <Answer
                key={reason}
                on={v.proxyReason === reason}
                testId="risk-reason-option"
                onPress={() => update({ proxyReason: reason })}
              >
                <Text>{reason}</Text>
              </Answer>
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
            <Answer
              key={code}
              on={v.disasterSubtype === code}
              testId={`risk-disaster-${code}`}
              onPress={() => update({ disasterSubtype: code })}
            >
              <Text>{DISASTER_SUBTYPES[code]}</Text>
            </Answer>
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
            room={PHOTOS_MAX - v.photos.length}
            onPick={() => void form.photos.pick()}
            onRemove={form.removePhoto}
            onDismiss={form.photos.dismiss}
          />
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
          <Answer
            on={v.urgent === true}
            testId="risk-urgent-yes"
            onPress={() => update({ urgent: true })}
          >
            <Text>是，急需帮助</Text>
          </Answer>
          <Answer
            on={v.urgent === false}
            testId="risk-urgent-no"
            onPress={() => update({ urgent: false })}
          >
            <Text>不是特别急</Text>
          </Answer>
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
          <Answer
            on={v.consentAgreed}
            testId="risk-consent-agree"
            onPress={() => update({ consentAgreed: !v.consentAgreed })}
          >
            <Text>{v.consentAgreed ? '✓ 我已同意（再点一下取消）' : '我同意'}</Text>
          </Answer>
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
    <View data-testid="risk-summary">
      {summaryRows(form.values).map((row) => (
        <View key={row.step} className="psv-risk-summary-row" data-row={row.step}>
          <View className="psv-risk-summary-row__text">
            <View className="psv-text-secondary">{row.label}</View>
            <View className="psv-risk-summary-row__value">{row.value || '（没有填）'}</View>
          </View>
          <View
            className="psv-button psv-risk-summary-row__edit"
            data-testid={`risk-edit-${row.step}`}
            onClick={() => form.goTo(row.step)}
          >
            <Text>改</Text>
          </View>
        </View>
      ))}
      {form.problems.length > 0 && (
        <View className="psv-notice" role="alert" data-testid="risk-problems">
          <View className="psv-field__label">还有几处要改一下：</View>
          {form.problems.map((p) => (
            <View
              key={p.step}
              className="psv-field__error psv-risk-problem"
              data-step={p.step}
              onClick={() => form.goTo(p.step)}
            >
              <Text>
                {RISK_QUESTIONS[p.step].question}：{p.message}（点这里去改）
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

/** After 提交: saved on the phone, sent by the outbox when the network is there. */
function Queued({ onNew }: { onNew: () => void }) {
  return (
    <View className="psv-card psv-risk-queued" data-testid="risk-queued" role="status">
      <View className="psv-risk-question">已保存，有网时会自动发送</View>
      <View>
        发出去以后，村里会在 5 个工作日内上门核实。网络不好也没关系，会自动重发，不会重复提交。
      </View>
      <View
        className="psv-button psv-button--primary psv-risk-answer"
        data-testid="risk-go-mine"
        onClick={() => void Taro.navigateTo({ url: MY_RISK_REPORTS_PATH })}
      >
        <Text>看我的申报</Text>
      </View>
      <View className="psv-button" data-testid="risk-new" onClick={onNew}>
        <Text>再申报一件</Text>
      </View>
    </View>
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
    <View className="psv-risk-form" data-testid="risk-form" data-step={step}>
      <View className="psv-risk-progress" data-testid="risk-progress-text">
        <Text>
          第 {index + 1} 步，共 {steps.length} 步
        </Text>
        <View className="psv-risk-progress__bar">
          <View
            className="psv-risk-progress__fill"
            style={{ width: `${Math.round(((index + 1) / steps.length) * 100)}%` }}
          />
        </View>
      </View>
      {form.restored && index > 0 && (
        <View className="psv-text-secondary" data-testid="risk-restored">
          已为您找回上次没填完的内容，接着填就行。
        </View>
      )}
      <View className="psv-card" data-testid="risk-question-card">
        <View className="psv-risk-question" data-testid="risk-question">
          {question}
        </View>
        <View className="psv-risk-hint">{hint}</View>
        {step !== 'consent' && <ReadAloud text={`${question}${hint}${choices}`} />}
        <StepBody form={form} step={step} />
      </View>
      <View className="psv-risk-nav">
        {/* In the bar that stays on screen, so the reason shows even below a long list. */}
        {form.blocked && (
          <View
            className="psv-field__error psv-risk-blocked"
            role="alert"
            data-testid="risk-blocked"
          >
            {form.blocked}
          </View>
        )}
        <View className="psv-risk-nav__row">
          <View
            className={`psv-button psv-risk-nav__button${index === 0 ? ' psv-risk-nav__button--off' : ''}`}
            data-testid="risk-back"
            onClick={form.back}
          >
            <Text>上一步</Text>
          </View>
          {onConfirm ? (
            <View
              className="psv-button psv-button--primary psv-risk-nav__button"
              data-testid="risk-submit"
              onClick={() => void form.submit()}
            >
              <Text>{form.photos.busy ? '照片还在上传…' : '提交申报'}</Text>
            </View>
          ) : (
            <View
              className="psv-button psv-button--primary psv-risk-nav__button"
              data-testid="risk-next"
              onClick={() => void form.next()}
            >
              <Text>下一步</Text>
            </View>
          )}
        </View>
      </View>
    </View>
  );
}
