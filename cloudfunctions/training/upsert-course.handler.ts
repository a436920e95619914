import type { ActionInput } from '../../shared/src/contract/define-function';
import type { trainingContract } from '../../shared/src/training/training-contract';
import { compareInstants } from '../../shared/src/validation/instant';
import { conflict, invalid, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { newId } from '../platform/runtime/new-id';
import { orgUnitsCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { coursesCollection } from './training-collections';
import { toCourseView } from './training-views';

type Actions = typeof trainingContract.actions;

/** Creates a course, or edits one the caller runs (admins: any). Seats taken are kept. */
export async function upsertCourse(
  input: ActionInput<Actions, 'upsertCourse'>,
  ctx: HandlerContext,
) {
  const caller = requireUser(ctx);
  if (input.townId) {
    const town = await ctx.store.collection(orgUnitsCollection).get(input.townId);
    if (!town || town.level !== 'town') throw invalid({ townId: '请选择举办的镇' });
  }
  const now = ctx.clock.now().toISOString();
  const { courseId, expectedVersion, ...fields } = input;
  const sessions = [...fields.sessions].sort((a, b) => compareInstants(a.startsAt, b.startsAt));
  const firstSessionStartsAt = sessions[0]?.startsAt ?? fields.signupClosesAt;
  const id = courseId ?? newId();
  const saved = await ctx.store.transaction(async (tx) => {
    const existing = courseId ? await tx.get(coursesCollection, courseId) : null;
    if (courseId && !existing) throw notFound('没有找到这个课程。');
    if (!existing) {
      const doc = {
        _id: id,
        ...fields,
        sessions,
        firstSessionStartsAt,
        confirmed: 0,
        waitlisted: 0,
        seatsLeft: fields.capacity,
        waitSeq: 0,
        trainerId: caller.role === 'trainer' ? caller.userId : null,
        demo: false,
        createdAt: now,
        updatedAt: now,
      };
      const created = await tx.insert(coursesCollection, doc);
      await ctx.audit.record({ entity: 'course', entityId: id, to: fields.status }, tx);
      return created;
    }
    if (caller.role !== 'admin' && existing.trainerId !== caller.userId)
      throw notFound('没有找到这个课程。');
    if (expectedVersion !== undefined && expectedVersion !== existing._version)
      throw conflict('课程刚被别人改过，请刷新后再改。');
    if (fields.capacity < existing.confirmed)
      throw conflict(`已经有 ${existing.confirmed} 人报上，名额不能少于这个数。`);
    const next = await tx.update(
      coursesCollection,
      existing._id,
      {
        set: {
          ...fields,
          sessions,
          firstSessionStartsAt,
          seatsLeft: fields.capacity - existing.confirmed,
          updatedAt: now,
        },
      },
      { ifVersion: existing._version },
    );
    await ctx.audit.record(
      { entity: 'course', entityId: existing._id, from: existing.status, to: fields.status },
      tx,
    );
    return next;
  });
  return toCourseView(ctx.store, saved, now);
}
