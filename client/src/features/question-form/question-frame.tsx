import { Text, View } from '@tarojs/components';
import { ReadAloud } from '../elderly-mode/read-aloud/read-aloud';

/**
 * The frame of a one-question-per-screen form (返贫风险申报, 申请理赔): 第 N 步 with its bar, the
 * 找回草稿 line, the question card with its hint and 朗读, and the bar that stays on screen with
 * why 下一步 waits, 上一步 and 下一步 / 提交. Test ids start with `prefix`.
 */
export function QuestionFrame({
  prefix,
  step,
  index,
  total,
  restored,
  question,
  hint,
  readAloud,
  blocked,
  last,
  submitLabel,
  onBack,
  onNext,
  onSubmit,
  children,
}: {
  prefix: string;
  step: string;
  index: number;
  total: number;
  restored: boolean;
  question: string;
  hint: string;
  /** What 朗读 reads (null: the screen reads aloud itself, like a consent text). */
  readAloud: string | null;
  blocked: string | null;
  /** The summary screen: 提交 instead of 下一步. */
  last: boolean;
  submitLabel: string;
  onBack: () => void;
  onNext: () => void;
  onSubmit: () => void;
  children: React.ReactNode;
}) {
  return (
    <View className="psv-risk-form" data-testid={`${prefix}-form`} data-step={step}>
      <View className="psv-risk-progress" data-testid={`${prefix}-progress-text`}>
        <Text>
          第 {index + 1} 步，共 {total} 步
        </Text>
        <View className="psv-risk-progress__bar">
          <View
            className="psv-risk-progress__fill"
            style={{ width: `${Math.round(((index + 1) / total) * 100)}%` }}
          />
        </View>
      </View>
      {restored && index > 0 && (
        <View className="psv-text-secondary" data-testid={`${prefix}-restored`}>
          已为您找回上次没填完的内容，接着填就行。
        </View>
      )}
      <View className="psv-card" data-testid={`${prefix}-question-card`}>
        <View className="psv-risk-question" data-testid={`${prefix}-question`}>
          {question}
        </View>
        <View className="psv-risk-hint">{hint}</View>
        {readAloud !== null && <ReadAloud text={readAloud} />}
        {children}
      </View>
      <View className="psv-risk-nav">
        {/* In the bar that stays on screen, so the reason shows even below a long list. */}
        {blocked && (
          <View
            className="psv-field__error psv-risk-blocked"
            role="alert"
            data-testid={`${prefix}-blocked`}
          >
            {blocked}
          </View>
        )}
        <View className="psv-risk-nav__row">
          <View
            className={`psv-button psv-risk-nav__button${index === 0 ? ' psv-risk-nav__button--off' : ''}`}
            data-testid={`${prefix}-back`}
            onClick={onBack}
          >
            <Text>上一步</Text>
          </View>
          {last ? (
            <View
              className="psv-button psv-button--primary psv-risk-nav__button"
              data-testid={`${prefix}-submit`}
              onClick={onSubmit}
            >
              <Text>{submitLabel}</Text>
            </View>
          ) : (
            <View
              className="psv-button psv-button--primary psv-risk-nav__button"
              data-testid={`${prefix}-next`}
              onClick={onNext}
            >
              <Text>下一步</Text>
            </View>
          )}
        </View>
      </View>
    </View>
  );
}
