import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import {
  ACCIDENT_OUTCOMES,
  ACCIDENT_OUTCOME_CODES,
  DOCUMENT_ITEMS,
  checklistFor,
} from '@shared/claims/claim-documents';
import { CLAIM_CONSENT } from '@shared/claims/claim-schemas';
import { DEMO_CLAIM_SCHEME } from '@shared/claims/claim-schemes';
import { PROXY_RELATIONS } from '@shared/risk/risk-catalogue';
import { ReadAloud } from '../elderly-mode/read-aloud/read-aloud';
import { PhotoPicker } from '../exhibits/photo-picker';
import { HeldPhotosNote } from '../images/held-photos-note';
import { PRIVACY_POLICY_PATH } from '../privacy/privacy-paths';
import { AnswerButton } from '../question-form/answer-button';
import { ProxyStepBody, isProxyStep } from '../question-form/proxy-answers';
import { QuestionFrame } from '../question-form/question-frame';
import { QueuedCard } from '../question-form/queued-card';
import { SummaryList } from '../question-form/summary-list';
import { DateChooser } from '../risk/date-chooser';
import { NumberPad, groupedDigits } from '../risk/number-pad';
import { spokenDate, spokenInstant } from '../risk/risk-dates';
import {
  AMOUNT_DIGITS_MAX,
  BANK_ACCOUNT_MAX,
  BANK_NAME_MAX,
  amountKeyOf,
  amountStep,
  checklistContext,
  docItemOf,
  docStep,
  draftCompleteness,
  liveEstimate,
  type ClaimDraft,
  type StepId,
} from './claim-draft';
import { ClaimEstimate } from './claim-estimate';
import { COMMON_BANKS, claimQuestion } from './claim-questions';
import { ClaimTypeCards } from './claim-type-cards';
import { maskedAccount } from './claim-words';
import { MY_CLAIMS_PATH } from './claims-paths';
import { reportedLate, useClaimForm } from './use-claim-form';
import '../exhibits/exhibit-card/exhibit-card.css';
import '../risk/risk.css';

type Form = ReturnType<typeof useClaimForm>;

const LATE_TEXT = '受灾超过 24 小时才报案：仍然受理，但会标记为“迟报”。';

function LateNotice({ draft }: { draft: ClaimDraft }) {
  if (!reportedLate(draft)) return null;
  return (
    <View className="psv-notice" role="status" data-testid="claim-late">
      <Text>{LATE_TEXT}</Text>
    </View>
  );
}

/** The card number: shown while typing so it can be checked, then only as ****2108. */
function BankAccountStep({ form }: { form: Form }) {
  const account = form.values.bankAccount;
  const [editing, setEditing] = useState(account === '');
  if (!editing)
    return (
      <View>
        <View className="psv-risk-amount" data-testid="claim-bank-account-masked">
          <Text>{maskedAccount(account.slice(-4))}</Text>
        </View>
        <View
          className="psv-button"
          data-testid="claim-bank-account-retype"
          onClick={() => {
            form.update({ bankAccount: '' });
            setEditing(true);
          }}
        >
          <Text>重新填写卡号</Text>
        </View>
      </View>
    );
  return (
    <View>
      <View className="psv-risk-amount" data-testid="claim-bank-account-value">
        <Text>{account === '' ? '还没填' : account.replace(/(\d{4})(?=\d)/g, '$1 ')}</Text>
      </View>
      <NumberPad
        value={account}
        maxLength={BANK_ACCOUNT_MAX}
        onChange={(bankAccount) => form.update({ bankAccount })}
      />
    </View>
  );
}

/** A paper's screen: what it is, and its photos (several allowed). */
function DocumentStep({ form, item }: { form: Form; item: keyof typeof DOCUMENT_ITEMS }) {
  const photos = form.values.documents[item] ?? [];
  return (
    <View data-testid="claim-doc" data-item={item}>
      <View className="psv-risk-chosen" data-testid="claim-doc-example">
        <Text>样子：{DOCUMENT_ITEMS[item].hint}</Text>
      </View>
      <Text className="psv-field__label" data-testid="claim-doc-count">
        已拍 {photos.length} 张
      </Text>
      <PhotoPicker
        photos={photos}
        uploads={form.photos.uploads}
        room={form.photos.room}
        onPick={() => void form.photos.pick()}
        onRemove={form.removePhoto}
        onDismiss={form.photos.dismiss}
        stateOf={form.photos.stateOf}
      />
      <HeldPhotosNote states={photos.map((p) => form.photos.stateOf(p.fileId))} />
    </View>
  );
}

/** Every requirement of the claim, 已拍 or 还没拍; tap one to go and photograph it. */
function ChecklistStep({ form }: { form: Form }) {
  const v = form.values;
  const completeness = draftCompleteness(v);
  if (!v.type || !completeness) return null;
  const requirements = checklistFor(v.type, checklistContext(v));
  const missingIds = new Set(completeness.missing.map((m) => m.id));
  return (
    <View data-testid="claim-checklist" data-complete={completeness.complete ? 'yes' : 'no'}>
      {completeness.complete ? (
        <View className="psv-risk-chosen" data-testid="claim-checklist-complete">
          <Text>材料都拍齐了</Text>
        </View>
      ) : (
        <View className="psv-notice" data-testid="claim-checklist-missing">
          <Text>还差 {completeness.missing.length} 项材料。可以先提交，村里核对时会让您补。</Text>
        </View>
      )}
      {requirements.map((r) => {
        const first = r.of[0];
        const count = r.of.reduce((n, i) => n + (v.documents[i]?.length ?? 0), 0);
        const state =
          r.optional && count === 0 ? 'optional' : missingIds.has(r.id) ? 'missing' : 'ok';
        return (
          <View
            key={r.id}
            className="psv-risk-summary-row"
            data-testid="claim-checklist-item"
            data-requirement={r.id}
            data-state={state}
            onClick={() => first && form.goTo(docStep(first))}
          >
            <View className="psv-risk-summary-row__text">
              <View className="psv-risk-summary-row__value">
                {state === 'ok' ? '✓ ' : state === 'missing' ? '✗ ' : ''}
                {r.label}
              </View>
              <View className="psv-text-secondary">
                {count > 0
                  ? `已拍 ${count} 张`
                  : state === 'optional'
                    ? '没有可以不拍'
                    : '还没拍（点这里去拍）'}
              </View>
            </View>
          </View>
        );
      })}
    </View>
  );
}

function ConsentStep({ form }: { form: Form }) {
  const at = form.values.consentAt;
  return (
    <View>
      <View className="psv-risk-consent" data-testid="claim-consent-text">
        {CLAIM_CONSENT.purpose}
      </View>
      <ReadAloud text={CLAIM_CONSENT.purpose} />
      <View className="psv-text-secondary" data-testid="claim-consent-version">
        授权书版本：{CLAIM_CONSENT.version}
      </View>
      <View
        className="psv-privacy-notice__link"
        data-testid="claim-privacy-link"
        onClick={() => void Taro.navigateTo({ url: PRIVACY_POLICY_PATH })}
      >
        <Text>看《隐私政策》</Text>
      </View>
      <View className="psv-risk-gap" />
      <AnswerButton on={at !== null} testId="claim-consent-agree" onPress={form.agree}>
        <Text>{at ? '✓ 我已同意（再点一下取消）' : '我同意'}</Text>
      </AnswerButton>
      {at && (
        <View className="psv-text-secondary" data-testid="claim-consent-at">
          同意时间：{spokenInstant(at)}
        </View>
      )}
    </View>
  );
}

/** The answer area of one screen. */
function StepBody({ form, step }: { form: Form; step: StepId }) {
  const { values: v, update } = form;
  const amountKey = amountKeyOf(step);
  if (amountKey) {
    const estimate = liveEstimate(v);
    const typed = v.amounts[amountKey] ?? '';
    return (
      <View>
        <View className="psv-risk-amount" data-testid="claim-amount-value" data-key={amountKey}>
          <Text>{typed === '' ? '还没填' : `${groupedDigits(typed)} 元`}</Text>
        </View>
        <NumberPad
          value={typed}
          maxLength={AMOUNT_DIGITS_MAX}
          onChange={(digits) => update((c) => ({ amounts: { ...c.amounts, [amountKey]: digits } }))}
        />
        {estimate && <ClaimEstimate payout={estimate.payout} lines={estimate.lines} />}
      </View>
    );
  }
  const item = docItemOf(step);
  if (item) return <DocumentStep form={form} item={item} />;
  if (isProxyStep(step))
    return (
      <ProxyStepBody
        prefix="claim"
        step={step}
        values={v}
        labels={{ self: '给本人或本户申请', proxy: '替家人申请' }}
        update={update}
      />
    );
  switch (step) {
    case 'type':
      return (
        <View>
          <ClaimTypeCards selected={v.type} onChoose={form.chooseType} />
          <View className="psv-text-secondary" data-testid="claim-scheme-note">
            {DEMO_CLAIM_SCHEME.note}
          </View>
        </View>
      );
    case 'accident_outcome':
      return (
        <View className="psv-risk-answers">
          {ACCIDENT_OUTCOME_CODES.map((code) => (
            <AnswerButton
              key={code}
              on={v.accidentOutcome === code}
              testId={`claim-outcome-${code}`}
              onPress={() => update({ accidentOutcome: code })}
            >
              <Text>{ACCIDENT_OUTCOMES[code]}</Text>
            </AnswerButton>
          ))}
        </View>
      );
    case 'incident':
      return (
        <View>
          <DateChooser value={v.incidentOn} onChange={(incidentOn) => update({ incidentOn })} />
          <LateNotice draft={v} />
        </View>
      );
    case 'checklist':
      return <ChecklistStep form={form} />;
    case 'bank_name':
      return (
        <View>
          <View className="psv-risk-grid">
            {COMMON_BANKS.map((bank) => (
              <AnswerButton
                key={bank}
                on={v.bankName === bank}
                testId="claim-bank-option"
                onPress={() => update({ bankName: bank })}
              >
                <Text>{bank}</Text>
              </AnswerButton>
            ))}
          </View>
          <Input
            className="psv-input psv-risk-big-input"
            data-testid="claim-bank-name"
            name="bankName"
            value={v.bankName}
            maxlength={BANK_NAME_MAX}
            placeholder="也可以自己写，比如：临夏农商银行"
            onInput={(e) => update({ bankName: e.detail.value })}
          />
        </View>
      );
    case 'bank_account':
      return <BankAccountStep form={form} />;
    case 'consent':
      return <ConsentStep form={form} />;
    case 'confirm':
      return <Summary form={form} />;
    default:
      return null;
  }
}

function summaryRows(v: ClaimDraft): { step: StepId; label: string; value: string }[] {
  const type = v.type ? DEMO_CLAIM_SCHEME.types[v.type] : null;
  const rows: { step: StepId; label: string; value: string }[] = [
    {
      step: 'who',
      label: '给谁申请',
      value:
        v.forWhom === 'proxy'
          ? `替${v.proxyName.trim()}申请${v.relation ? `（我是${PROXY_RELATIONS[v.relation]}）` : ''}`
          : '本人或本户',
    },
    { step: 'type', label: '理赔种类', value: type?.label ?? '' },
  ];
  if (v.type === 'accident')
    rows.push({
      step: 'accident_outcome',
      label: '伤残还是身故',
      value: v.accidentOutcome ? ACCIDENT_OUTCOMES[v.accidentOutcome] : '',
    });
  rows.push({
    step: 'incident',
    label: '哪一天',
    value: v.incidentOn ? spokenDate(v.incidentOn) : '',
  });
  for (const term of type?.amounts ?? []) {
    const typed = v.amounts[term.key] ?? '';
    rows.push({
      step: amountStep(term.key),
      label: claimQuestion(amountStep(term.key)).question.replace(/是多少？$/, ''),
      value: typed ? `${groupedDigits(typed)} 元` : '',
    });
  }
  const completeness = draftCompleteness(v);
  const photos = Object.values(v.documents).reduce((n, list) => n + (list?.length ?? 0), 0);
  rows.push(
    {
      step: 'checklist',
      label: '材料',
      value: completeness?.complete
        ? `已拍齐（共 ${photos} 张）`
        : `共 ${photos} 张，还差 ${completeness?.missing.length ?? 0} 项`,
    },
    {
      step: 'bank_account',
      label: '银行卡',
      value: v.bankAccount ? `${v.bankName.trim()} ${maskedAccount(v.bankAccount.slice(-4))}` : '',
    },
    { step: 'consent', label: '授权', value: v.consentAt ? '已同意' : '还没同意' },
  );
  return rows;
}

function Summary({ form }: { form: Form }) {
  const estimate = liveEstimate(form.values);
  return (
    <SummaryList
      prefix="claim"
      rows={summaryRows(form.values)}
      problems={form.problems}
      questionOf={(step) => claimQuestion(step).question}
      onEdit={(step) => void form.goTo(step)}
    >
      {estimate && <ClaimEstimate payout={estimate.payout} lines={estimate.lines} />}
      <LateNotice draft={form.values} />
    </SummaryList>
  );
}

/** After 提交: saved on the phone, sent by the outbox when the network is there. */
function Queued({ late, onNew }: { late: boolean; onNew: () => void }) {
  return (
    <QueuedCard
      prefix="claim"
      whatNext="村里会在 5 个工作日内核对材料"
      mineLabel="看我的理赔"
      minePath={MY_CLAIMS_PATH}
      newLabel="再申请一件"
      onNew={onNew}
    >
      {late && (
        <View className="psv-notice" data-testid="claim-queued-late">
          <Text>{LATE_TEXT}</Text>
        </View>
      )}
    </QueuedCard>
  );
}

/**
 * 申请理赔: one question per screen with big answers, 朗读 of every question, 上一步 / 下一步,
 * the estimate as the amounts are typed, a photo screen per paper, a summary to check, then 提交
 * into the outbox.
 */
export function ClaimForm() {
  const form = useClaimForm();
  const { step, steps, index } = form;
  if (form.queued) return <Queued late={form.queued.late} onNew={() => form.goTo('who')} />;
  const { question, hint } = claimQuestion(step);
  return (
    <QuestionFrame
      prefix="claim"
      step={step}
      index={index}
      total={steps.length}
      restored={form.restored}
      question={question}
      hint={hint}
      readAloud={step === 'consent' ? null : `${question}${hint}`}
      blocked={form.blocked}
      last={step === 'confirm'}
      submitLabel={form.photos.busy ? '照片正在处理…' : '提交理赔申请'}
      onBack={() => void form.back()}
      onNext={() => void form.next()}
      onSubmit={() => void form.submit()}
    >
      <StepBody form={form} step={step} />
    </QuestionFrame>
  );
}
