import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { DeadlineView } from '@shared/review-workflow/deadline-view';
import type { z } from 'zod';
import { DeadlineMark } from '../risk-work/deadline-mark';
import '../risk-work/risk-work.css';

/**
 * One case in a review queue (a risk report, a claim): red when overdue, its title, what the
 * caller passes in, the due date (or 暂无期限) and a last line. `data` become `data-*` attributes
 * (e.g. `{ 'data-claim-id': … }`); `data-status` and `data-overdue` are always set.
 */
export function CaseItem({
  testId,
  data,
  status,
  title,
  ariaLabel,
  deadline,
  footer,
  onOpen,
  children,
}: {
  testId: string;
  data: Record<`data-${string}`, string>;
  status: string;
  title: string;
  ariaLabel: string;
  deadline: z.infer<typeof DeadlineView> | null;
  footer: string;
  onOpen: () => void;
  children: ReactNode;
}) {
  const overdue = deadline?.overdue === true;
  return (
    <View
      className={`psv-risk-item${overdue ? ' psv-risk-item--overdue' : ''}`}
      data-testid={testId}
      {...data}
      data-status={status}
      data-overdue={overdue ? 'yes' : 'no'}
      onClick={onOpen}
      aria-label={`${ariaLabel}${overdue ? '，已超期' : ''}`}
    >
      <View className="psv-risk-item__head">
        <Text>{title}</Text>
        <Text className="psv-text-secondary">查看 ›</Text>
      </View>
      {children}
      {deadline ? (
        <DeadlineMark deadline={deadline} />
      ) : (
        <View className="psv-text-secondary">暂无期限</View>
      )}
      <View className="psv-text-secondary">{footer}</View>
    </View>
  );
}
