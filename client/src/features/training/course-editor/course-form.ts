import type { ActionPayload } from '@shared/contract/define-function';
import type { AllFunctions } from '@shared/contract/all-functions';
import type { CourseCategory } from '@shared/training/training-labels';
import type { CourseView } from '../training-api';
import {
  TIME_PATTERN,
  beijingDatePlus,
  beijingInstant,
  beijingParts,
  isRealDate,
} from './beijing-time';

export type UpsertCoursePayload = ActionPayload<
  AllFunctions['training']['actions'],
  'upsertCourse'
>;

/** One class as typed: Beijing date and times. `sessionId` is kept for classes already saved. */
export interface SessionDraft {
  sessionId: string;
  topic: string;
  date: string;
  start: string;
  end: string;
}

/** The 开课 / 编辑课程 form as typed (numbers stay text until checked). */
export interface CourseForm {
  courseId: string | null;
  expectedVersion: number | null;
  title: string;
  category: CourseCategory;
  townId: string | null;
  location: string;
  description: string;
  requirements: string;
  sessions: SessionDraft[];
  capacity: string;
  opensOn: string;
  opensAt: string;
  closesOn: string;
  closesAt: string;
  minAge: string;
  maxAge: string;
  residentOnly: boolean;
  attendanceToComplete: string;
  cancelHoursBefore: string;
  status: 'draft' | 'published' | 'closed';
}

export type FieldErrors = Record<string, string>;

export const MAX_SESSIONS = 60;

function nextSessionId(sessions: readonly SessionDraft[]): string {
  const used = new Set(sessions.map((s) => s.sessionId));
  let n = sessions.length + 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

/** A new class the day after the last one (or in a week), same hours. */
export function addSession(sessions: readonly SessionDraft[], now: Date): SessionDraft[] {
  const last = sessions[sessions.length - 1];
  const date =
    last && isRealDate(last.date)
      ? beijingDatePlus(new Date(`${last.date}T12:00:00+08:00`), 1)
      : beijingDatePlus(now, 7);
  return [
    ...sessions,
    {
      sessionId: nextSessionId(sessions),
      topic: `第${sessions.length + 1}课`,
      date,
      start: last?.start ?? '09:00',
      end: last?.end ?? '12:00',
    },
  ];
}

export function emptyCourseForm(now: Date): CourseForm {
  const today = beijingParts(now.toISOString()).date;
  return {
    courseId: null,
    expectedVersion: null,
    title: '',
    category: 'excavator',
    townId: null,
    location: '',
    description: '',
    requirements: '',
    sessions: addSession([], now),
    capacity: '30',
    opensOn: today,
    opensAt: '00:00',
    closesOn: beijingDatePlus(now, 6),
    closesAt: '18:00',
    minAge: '16',
    maxAge: '60',
    residentOnly: true,
    attendanceToComplete: '1',
    cancelHoursBefore: '24',
    status: 'published',
  };
}

/** The form filled from a saved course, for 编辑课程. */
export function courseFormFrom(c: CourseView): CourseForm {
  const opens = beijingParts(c.signupOpensAt);
  const closes = beijingParts(c.signupClosesAt);
  return {
    courseId: c.courseId,
    expectedVersion: c.version,
    title: c.title,
    category: c.category,
    townId: c.townId,
    location: c.location,
    description: c.description,
    requirements: c.requirements,
    sessions: c.sessions.map((s) => {
      const start = beijingParts(s.startsAt);
      return {
        sessionId: s.sessionId,
        topic: s.topic,
        date: start.date,
        start: start.time,
        end: beijingParts(s.endsAt).time,
      };
    }),
    capacity: String(c.capacity),
    opensOn: opens.date,
    opensAt: opens.time,
    closesOn: closes.date,
    closesAt: closes.time,
    minAge: String(c.minAge),
    maxAge: String(c.maxAge),
    residentOnly: c.residentOnly,
    attendanceToComplete: String(c.attendanceToComplete),
    cancelHoursBefore: String(c.cancelHoursBefore),
    status: c.status,
  };
}

function wholeNumber(
  raw: string,
  min: number,
  max: number,
  field: string,
  what: string,
  errors: FieldErrors,
): number {
  const text = raw.trim();
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(n)) errors[field] = `请填${what}（整数）`;
  else if (n < min || n > max) errors[field] = `${what}要在 ${min} 到 ${max} 之间`;
  return n;
}

function dateTime(date: string, time: string, field: string, errors: FieldErrors): string {
  if (!isRealDate(date)) errors[field] = '日期格式应为 2026-01-31';
  else if (!TIME_PATTERN.test(time)) errors[field] = '时间格式应为 09:00';
  return beijingInstant(date, time);
}

function textLength(
  raw: string,
  min: number,
  max: number,
  field: string,
  what: string,
  errors: FieldErrors,
): string {
  const text = raw.trim();
  if (text.length < min) errors[field] = min <= 1 ? `请填写${what}` : `${what}至少 ${min} 个字`;
  else if (text.length > max) errors[field] = `${what}最多 ${max} 个字`;
  return text;
}

/**
 * The checks a trainer can fix on the spot, in the server's field names (`sessions.0.end`, …
 * per class), and the payload when all pass. The server checks again and its answer is shown
 * under the same fields.
 */
export function checkCourseForm(
  f: CourseForm,
): { ok: true; payload: UpsertCoursePayload } | { ok: false; fieldErrors: FieldErrors } {
  const e: FieldErrors = {};
  const title = textLength(f.title, 2, 40, 'title', '课程名称', e);
  const location = textLength(f.location, 2, 80, 'location', '上课地点', e);
  const description = textLength(f.description, 0, 1000, 'description', '课程介绍', e);
  const requirements = textLength(f.requirements, 0, 300, 'requirements', '报名要求', e);
  if (f.sessions.length === 0) e.sessions = '至少要有一次课';
  if (f.sessions.length > MAX_SESSIONS) e.sessions = `最多 ${MAX_SESSIONS} 次课`;
  const sessions = f.sessions.map((s, i) => {
    const topic = textLength(s.topic, 1, 40, `sessions.${i}.topic`, '这次课的内容', e);
    const startsAt = dateTime(s.date, s.start, `sessions.${i}.startsAt`, e);
    const endsAt = dateTime(s.date, s.end, `sessions.${i}.endsAt`, e);
    if (!e[`sessions.${i}.startsAt`] && !e[`sessions.${i}.endsAt`] && s.end <= s.start)
      e[`sessions.${i}.endsAt`] = '下课时间要晚于上课时间';
    return { sessionId: s.sessionId, topic, startsAt, endsAt };
  });
  const capacity = wholeNumber(f.capacity, 1, 1000, 'capacity', '名额', e);
  const signupOpensAt = dateTime(f.opensOn, f.opensAt, 'signupOpensAt', e);
  const signupClosesAt = dateTime(f.closesOn, f.closesAt, 'signupClosesAt', e);
  if (!e.signupOpensAt && !e.signupClosesAt && signupClosesAt <= signupOpensAt)
    e.signupClosesAt = '报名截止要晚于报名开始';
  const minAge = wholeNumber(f.minAge, 14, 80, 'minAge', '最小年龄', e);
  const maxAge = wholeNumber(f.maxAge, 14, 100, 'maxAge', '最大年龄', e);
  if (!e.minAge && !e.maxAge && maxAge < minAge) e.maxAge = '最大年龄不能小于最小年龄';
  const attendanceToComplete = wholeNumber(
    f.attendanceToComplete,
    1,
    MAX_SESSIONS,
    'attendanceToComplete',
    '结业所需签到次数',
    e,
  );
  if (!e.attendanceToComplete && attendanceToComplete > f.sessions.length)
    e.attendanceToComplete = '结业所需签到次数不能多于课次';
  const cancelHoursBefore = wholeNumber(
    f.cancelHoursBefore,
    0,
    720,
    'cancelHoursBefore',
    '开课前可取消的小时数',
    e,
  );
  if (Object.keys(e).length > 0) return { ok: false, fieldErrors: e };
  return {
    ok: true,
    payload: {
      ...(f.courseId ? { courseId: f.courseId } : {}),
      ...(f.expectedVersion !== null ? { expectedVersion: f.expectedVersion } : {}),
      title,
      category: f.category,
      townId: f.townId,
      location,
      description,
      requirements,
      sessions,
      capacity,
      signupOpensAt,
      signupClosesAt,
      minAge,
      maxAge,
      residentOnly: f.residentOnly,
      attendanceToComplete,
      cancelHoursBefore,
      status: f.status,
    },
  };
}
