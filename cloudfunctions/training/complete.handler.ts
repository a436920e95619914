import { randomInt } from 'node:crypto';
import type { ActionInput } from '../../shared/src/contract/define-function';
import {
  certificateSerial,
  SERIAL_RANDOM_ALPHABET,
  SERIAL_RANDOM_LENGTH,
} from '../../shared/src/training/certificate-serial';
import { mayComplete } from '../../shared/src/training/enrollment-rules';
import type { trainingContract } from '../../shared/src/training/training-contract';
import { conflict, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { recordHouseholdEvent } from '../platform/runtime/household-events';
import { usersCollection } from '../platform/runtime/platform-collections';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import { loadManagedCourse } from './course-staff';
import { toRosterEntry } from './roster.handler';
import {
  certificatesCollection,
  countersCollection,
  enrollmentsCollection,
} from './training-collections';

type Actions = typeof trainingContract.actions;

/** The unguessable part of a serial (about 28.6 million possibilities per sequence number). */
function serialRandomPart(): string {
  return Array.from(
    { length: SERIAL_RANDOM_LENGTH },
    () => SERIAL_RANDOM_ALPHABET[randomInt(SERIAL_RANDOM_ALPHABET.length)],
  ).join('');
}

/** Marks a trainee completed and issues a certificate with the next serial of the year. */
export async function complete(input: ActionInput<Actions, 'complete'>, ctx: HandlerContext) {
  const found = await ctx.store.collection(enrollmentsCollection).get(input.enrollmentId);
  if (!found) throw notFound('没有找到这条报名。');
  const course = await loadManagedCourse(ctx, found.courseId);
  const trainee = await ctx.store.collection(usersCollection).get(found.userId);
  const now = ctx.clock.now();
  const year = now.getUTCFullYear();
  const updated = await ctx.store.transaction(async (tx) => {
    const e = await tx.get(enrollmentsCollection, input.enrollmentId);
    if (!e) throw notFound('没有找到这条报名。');
    if (e.status === 'completed') throw conflict('这位学员已经结业了。');
    if (!mayComplete(e.checkIns.length, course.attendanceToComplete, e.status)) {
      throw conflict(
        `签到 ${e.checkIns.length} 次，结业需要至少 ${course.attendanceToComplete} 次。`,
      );
    }
    const counterId = `certificate-${year}`;
    const counter = await tx.get(countersCollection, counterId);
    const seq = (counter?.value ?? 0) + 1;
    if (counter)
      await tx.update(
        countersCollection,
        counterId,
        { set: { value: seq } },
        { ifVersion: counter._version },
      );
    else await tx.insert(countersCollection, { _id: counterId, value: seq });
    const serial = certificateSerial(year, seq, serialRandomPart());
    await tx.insert(certificatesCollection, {
      _id: serial,
      enrollmentId: e._id,
      courseId: course._id,
      userId: e.userId,
      name: trainee?.name ?? null,
      courseTitle: course.title,
      issuedAt: now.toISOString(),
    });
    const next = await tx.update(
      enrollmentsCollection,
      e._id,
      { set: { status: 'completed', certificateSerial: serial, completedAt: now.toISOString() } },
      { ifVersion: e._version },
    );
    await ctx.audit.record(
      { entity: 'enrollment', entityId: e._id, from: e.status, to: 'completed', note: serial },
      tx,
    );
    await ctx.notifier.notify(
      {
        userId: e.userId,
        template: 'training.completed',
        data: { courseTitle: course.title, serial },
      },
      tx,
    );
    if (trainee?.householdId && e.villageId && e.townId) {
      await recordHouseholdEvent(ctx, tx, {
        household: { _id: trainee.householdId, villageId: e.villageId, townId: e.townId },
        kind: 'training.completed',
        detail: `${course.title}，证书 ${serial}`,
        ref: `certificates/${serial}`,
      });
    }
    return next;
  });
  const names = await orgUnitNames(ctx.store, updated.villageId ? [updated.villageId] : []);
  return toRosterEntry(ctx, updated, names);
}
