import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { ExhibitHistory } from './exhibit-history';
import { ExhibitStatusBadge } from './exhibit-status-badge';
import type { ExhibitDetailView } from './exhibits-api';
import { useReview } from './use-review';

/**
 * Under a pending contribution, for its village's cadre: 通过展出, 退回修改 or 不通过. Sending
 * it back or refusing needs a reason the family will read.
 */
export function ReviewPanel({ exhibit }: { exhibit: ExhibitDetailView }) {
  const { state, decide } = useReview(exhibit.exhibitId);
  const [reason, setReason] = useState('');
  if (state.phase === 'done') {
    return (
      <View className="psv-card" data-testid="review-done" data-status={state.exhibit.status}>
        <Text>已处理：</Text>
        <ExhibitStatusBadge status={state.exhibit.status} />
        <View className="psv-text-secondary">
          {state.exhibit.status === 'published'
            ? '已经展出，村里人都能看到了。'
            : '投稿人会在“我的投稿”里看到您的意见。'}
        </View>
      </View>
    );
  }
  const sending = state.phase === 'sending';
  const reasonError = state.phase === 'error' ? state.fieldErrors.reason : undefined;
  return (
    <View className="psv-card" data-testid="review-panel">
      <View className="psv-subtitle">审核这份投稿</View>
      <ExhibitStatusBadge status={exhibit.status} />
      {exhibit.history.length > 1 && <ExhibitHistory history={exhibit.history} />}
      <View className="psv-field">
        <Text className="psv-field__label">意见（退回或不通过时必填）</Text>
        <Textarea
          className="psv-textarea"
          name="reason"
          value={reason}
          maxlength={200}
          placeholder="比如：照片太暗，请换一张清楚的"
          onInput={(event) => setReason(event.detail.value)}
        />
        {reasonError && <View className="psv-field__error">{reasonError}</View>}
      </View>
      {state.phase === 'error' && !reasonError && (
        <View className="psv-field__error" role="alert">
          {state.message}
        </View>
      )}
      <View className="psv-row">
        <View
          className="psv-button psv-button--primary"
          data-testid="review-publish"
          onClick={() => decide('publish', reason)}
        >
          <Text>{sending && state.decision === 'publish' ? '正在提交…' : '通过展出'}</Text>
        </View>
        <View
          className="psv-button"
          data-testid="review-request-edit"
          onClick={() => decide('request_edit', reason)}
        >
          <Text>退回修改</Text>
        </View>
        <View
          className="psv-button"
          data-testid="review-reject"
          onClick={() => decide('reject', reason)}
        >
          <Text>不通过</Text>
        </View>
      </View>
    </View>
  );
}
