import { Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import { DeadlineMark } from '../risk-work/deadline-mark';
import type { FeedbackCase as CaseView } from './feedback-api';
import { CATEGORY_LABEL } from './feedback-draft';
import { LEVEL_LABEL, NEXT_LEVEL_LABEL, STATUS_SHORT, formatTime } from './feedback-labels';
import { useFeedbackCase } from './use-feedback-case';

const REPLY_MIN = 2;
const REPLY_MAX = 500;

function CaseFacts({ c }: { c: CaseView }) {
  return (
    <View className="psv-card" data-testid="feedback-case-facts">
      <View className="psv-row">
        <Text>
          {CATEGORY_LABEL[c.category]}
          {c.villageName ? ` · ${c.villageName}` : ''}
        </Text>
        <Text className="psv-badge" data-testid="feedback-case-status">
          {c.status === 'passed_up' ? `已转交${LEVEL_LABEL[c.level]}` : STATUS_SHORT[c.status]}
        </Text>
      </View>
      <View data-testid="feedback-case-content">{c.content}</View>
      <View className="psv-text-secondary">
        {c.submitterName ?? '村民'} · 提交于 {formatTime(c.createdAt)}
      </View>
      {c.contactMasked && (
        <View className="psv-text-secondary" data-testid="feedback-case-contact">
          联系电话：{c.contactMasked}
        </View>
      )}
      {c.deadline && <DeadlineMark deadline={c.deadline} label="答复期限" />}
      {c.replies.map((r) => (
        <View key={`${r.at}-${r.byLevel}`} className="psv-notice" data-testid="feedback-case-reply">
          <View>
            {LEVEL_LABEL[r.byLevel]}
            {r.byName ? `（${r.byName}）` : ''}答复：{r.text}
          </View>
          <View className="psv-text-secondary">{formatTime(r.at)}</View>
        </View>
      ))}
      {!c.canAct && c.status !== 'handled' && (
        <View className="psv-text-secondary" data-testid="feedback-case-read-only">
          这条反馈现在由{LEVEL_LABEL[c.level]}办理，您这里只能查看。
        </View>
      )}
    </View>
  );
}

/** One feedback for an official: the text, the answers so far, and 答复 / 已处理 / 转交上级. */
export function FeedbackCase({ feedbackId }: { feedbackId: string }) {
  const { data, notice, error, sending, run, reload } = useFeedbackCase(feedbackId);
  const [reply, setReply] = useState('');
  const [note, setNote] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  if (data.state === 'loading') return <LoadingState />;
  if (data.state === 'error') return <ErrorState message={data.error.message} onRetry={reload} />;
  const c = data.data;
  const replyError = localError ?? error?.fieldErrors.reply ?? null;
  const sendReply = () => {
    const text = reply.trim();
    if (text.length < REPLY_MIN) {
      setLocalError(`答复至少写${REPLY_MIN}个字。`);
      return;
    }
    setLocalError(null);
    run({ kind: 'reply', reply: text }, () => setReply(''));
  };
  const nextLevel = NEXT_LEVEL_LABEL[c.level];
  return (
    <View
      data-testid="feedback-case"
      data-feedback-id={c.feedbackId}
      data-status={c.status}
      data-level={c.level}
    >
      <CaseFacts c={c} />
      {notice && (
        <View className="psv-notice" role="status" data-testid="feedback-case-notice">
          {notice}
        </View>
      )}
      {error && !error.fieldErrors.reply && (
        <View className="psv-field__error" data-testid="feedback-case-error">
          {error.message}
        </View>
      )}
      {c.canAct && (
        <View className="psv-card" data-testid="feedback-reply-form">
          <Text className="psv-field__label">答复群众</Text>
          <Textarea
            className="psv-textarea"
            name="reply"
            value={reply}
            maxlength={REPLY_MAX}
            placeholder="用群众听得懂的话写清楚怎么办、什么时候办"
            onInput={(event) => setReply(event.detail.value)}
          />
          {replyError && <View className="psv-field__error">{replyError}</View>}
          <View
            className="psv-button psv-button--primary"
            data-testid="feedback-reply-send"
            aria-disabled={sending}
            onClick={sendReply}
          >
            <Text>{sending ? '正在发送…' : '发送答复'}</Text>
          </View>
          {c.status === 'answered' && (
            <View
              className="psv-button"
              data-testid="feedback-mark-handled"
              onClick={() => run({ kind: 'markHandled' })}
            >
              <Text>已处理</Text>
            </View>
          )}
          {nextLevel && (
            <View className="psv-field" data-testid="feedback-pass-up-form">
              <Text className="psv-field__label">村里办不了？转交{nextLevel}（可写一句原因）</Text>
              <Input
                className="psv-input"
                name="passUpNote"
                value={note}
                maxlength={200}
                placeholder="例如：需要镇上协调"
                onInput={(event) => setNote(event.detail.value)}
              />
              <View
                className="psv-button"
                data-testid="feedback-pass-up"
                onClick={() =>
                  run({ kind: 'passUp', ...(note.trim() ? { note: note.trim() } : {}) }, () =>
                    setNote(''),
                  )
                }
              >
                <Text>转交上级（{nextLevel}）</Text>
              </View>
            </View>
          )}
        </View>
      )}
    </View>
  );
}
