import { Input, Text, View } from '@tarojs/components';
import type { FieldErrors, SessionDraft } from './course-form';
import { FieldError } from '../../../components/field-error/field-error';

/** 课次: one row per class (content, date, start and end), add and remove. */
export function SessionRows({
  sessions,
  errors,
  onChange,
  onAdd,
  onRemove,
}: {
  sessions: readonly SessionDraft[];
  errors: FieldErrors;
  onChange: (index: number, patch: Partial<SessionDraft>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  return (
    <View className="psv-field" data-testid="course-sessions">
      <Text className="psv-field__label">上课时间（共 {sessions.length} 次课，北京时间）</Text>
      {sessions.map((s, i) => {
        const e = (field: string) => errors[`sessions.${i}.${field}`];
        return (
          <View
            key={s.sessionId}
            className="psv-course-session"
            data-testid="course-session"
            data-session-id={s.sessionId}
          >
            <View className="psv-row">
              <Text className="psv-field__label">第 {i + 1} 次课</Text>
              {sessions.length > 1 && (
                <View
                  className="psv-choice"
                  data-testid="course-session-remove"
                  onClick={() => onRemove(i)}
                >
                  <Text>删除这次课</Text>
                </View>
              )}
            </View>
            <Input
              className="psv-input"
              name={`session-topic-${i}`}
              value={s.topic}
              maxlength={40}
              placeholder="这次课讲什么，如：安全操作"
              onInput={(ev) => onChange(i, { topic: ev.detail.value })}
            />
            <FieldError message={e('topic')} />
            <Text className="psv-text-secondary">日期</Text>
            <Input
              className="psv-input"
              name={`session-date-${i}`}
              value={s.date}
              maxlength={10}
              placeholder="2026-01-31"
              onInput={(ev) => onChange(i, { date: ev.detail.value })}
            />
            <View className="psv-course-session__times">
              <View className="psv-course-session__time">
                <Text className="psv-text-secondary">上课</Text>
                <Input
                  className="psv-input"
                  name={`session-start-${i}`}
                  value={s.start}
                  maxlength={5}
                  placeholder="09:00"
                  onInput={(ev) => onChange(i, { start: ev.detail.value })}
                />
              </View>
              <View className="psv-course-session__time">
                <Text className="psv-text-secondary">下课</Text>
                <Input
                  className="psv-input"
                  name={`session-end-${i}`}
                  value={s.end}
                  maxlength={5}
                  placeholder="12:00"
                  onInput={(ev) => onChange(i, { end: ev.detail.value })}
                />
              </View>
            </View>
            <FieldError message={e('startsAt')} />
            <FieldError message={e('endsAt')} />
          </View>
        );
      })}
      <FieldError message={errors.sessions} />
      <View className="psv-button" data-testid="course-session-add" onClick={onAdd}>
        <Text>＋ 再加一次课</Text>
      </View>
    </View>
  );
}
