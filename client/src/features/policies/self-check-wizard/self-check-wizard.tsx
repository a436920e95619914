import { Text, View } from '@tarojs/components';
import { SCHOOL_STAGES, HOUSEHOLD_ANSWERS, isAnswered } from '../self-check-steps';
import { QUESTION_COUNT, useSelfCheck } from '../use-self-check';
import { CountStepper } from './count-stepper';
import './self-check-wizard.css';

/**
 * 我能享受哪些政策: one question per screen with big buttons, 上一步 / 下一步 and progress.
 * Answers stay on the phone until 查看结果.
 */
export function SelfCheckWizard() {
  const wizard = useSelfCheck();
  const { draft, step, current } = wizard;
  const answered = current ? isAnswered(draft, current) : true;
  const onLast = current === null;
  const sending = wizard.submit.state === 'sending';

  return (
    <View className="psv-self-check" data-testid="self-check" data-step={step}>
      <View className="psv-self-check__progress" data-testid="self-check-progress">
        <Text>{onLast ? '都答完了' : `第 ${step + 1} 题，共 ${QUESTION_COUNT} 题`}</Text>
        <View className="psv-self-check__bar">
          <View
            className="psv-self-check__bar-fill"
            style={{ width: `${Math.round((step / QUESTION_COUNT) * 100)}%` }}
          />
        </View>
      </View>
      {wizard.restored && step > 0 && !onLast && (
        <View className="psv-text-secondary">已为您找回上次没答完的内容，接着答就行。</View>
      )}

      {current && (
        <View className="psv-card" data-testid="self-check-question" data-kind={current.kind}>
          <View className="psv-self-check__question">{current.question}</View>
          <View className="psv-text-secondary">{current.hint}</View>

          {current.kind === 'household' && (
            <View className="psv-self-check__answers">
              {HOUSEHOLD_ANSWERS.map((answer) => (
                <View
                  key={answer.value}
                  className={`psv-button psv-self-check__answer${draft.householdCategory === answer.value ? ' psv-button--primary' : ''}`}
                  data-answer={answer.value}
                  onClick={() => wizard.answerHousehold(answer.value)}
                >
                  <Text>{answer.label}</Text>
                </View>
              ))}
            </View>
          )}

          {current.kind === 'yesNo' && (
            <View className="psv-self-check__yes-no">
              {([true, false] as const).map((answer) => (
                <View
                  key={String(answer)}
                  className={`psv-button psv-self-check__answer${draft.yesNo[current.field] === answer ? ' psv-button--primary' : ''}`}
                  data-answer={answer ? 'yes' : 'no'}
                  onClick={() => wizard.answerYesNo(current.field, answer)}
                >
                  <Text>{answer ? '是' : '否'}</Text>
                </View>
              ))}
            </View>
          )}

          {current.kind === 'school' && (
            <View className="psv-self-check__answers">
              {SCHOOL_STAGES.map(({ stage, label }) => (
                <CountStepper
                  key={stage}
                  label={label}
                  testId={`school-${stage}`}
                  value={draft.inSchool[stage]}
                  onChange={(count) => wizard.setInSchool(stage, count)}
                />
              ))}
            </View>
          )}

          {current.kind === 'aged' && (
            <View className="psv-self-check__answers">
              <CountStepper
                label="60 岁以上"
                testId="aged-60-plus"
                value={draft.aged60Plus}
                onChange={wizard.setAged60Plus}
              />
            </View>
          )}
        </View>
      )}

      {onLast && (
        <View className="psv-card" data-testid="self-check-finish">
          <View className="psv-self-check__question">都答完了</View>
          <View>
            点“查看结果”，看看您家可能享受哪些政策。您的回答只用来查政策，不会记到您家的档案里。
          </View>
          {wizard.submit.state === 'error' && (
            <View className="psv-field__error" role="alert" data-testid="self-check-error">
              {wizard.submit.error.message}
            </View>
          )}
          <View
            className="psv-button psv-button--primary psv-self-check__answer"
            data-testid="self-check-submit"
            onClick={wizard.send}
          >
            <Text>{sending ? '正在查…' : '查看结果'}</Text>
          </View>
        </View>
      )}

      <View className="psv-self-check__nav">
        <View
          className={`psv-button psv-self-check__nav-button${step === 0 ? ' psv-self-check__nav-button--off' : ''}`}
          data-testid="self-check-back"
          onClick={() => step > 0 && wizard.back()}
        >
          <Text>上一步</Text>
        </View>
        {!onLast && (
          <View
            className={`psv-button psv-self-check__nav-button${answered ? ' psv-button--primary' : ' psv-self-check__nav-button--off'}`}
            data-testid="self-check-next"
            aria-disabled={!answered}
            onClick={() => answered && wizard.next()}
          >
            <Text>下一步</Text>
          </View>
        )}
      </View>
      {!answered && current?.kind !== 'school' && current?.kind !== 'aged' && (
        <View className="psv-text-secondary">请先点上面的一个答案。</View>
      )}
      {(step > 0 || draft.householdCategory !== null) && (
        <View
          className="psv-text-secondary psv-self-check__restart"
          data-testid="self-check-restart"
          onClick={wizard.restart}
        >
          <Text>全部重新回答</Text>
        </View>
      )}
    </View>
  );
}
