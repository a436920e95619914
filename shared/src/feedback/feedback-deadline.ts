/**
 * How long a village (or the level it is passed up to) has to answer a villager's feedback.
 *
 * Source: the demo value (issue 15, "Deadline to reply (5 working days)"), to be confirmed
 * by the city's 信访/便民服务 office before go-live. Counted on China's working-day calendar
 * (`review-workflow/working-days.ts`, holidays and make-up workdays included); the day the
 * feedback arrives (or is passed up) does not count. Passing it up restarts the count.
 */
export const FEEDBACK_REPLY_DEADLINE = {
  workingDays: 5,
  source: '演示值：5个工作日内答复（市里确认后以正式规定为准）',
} as const;
