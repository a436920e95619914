import { randomUUID } from 'node:crypto';
import { compareInstants } from '../../../shared/src/validation/instant';
import type { Clock } from '../../platform/ports/clock';
import type { Store } from '../../platform/ports/store';
import { createAuditWriter } from '../../platform/runtime/audit-writer';
import { orgUnitsCollection } from '../../platform/runtime/platform-collections';
import {
  policiesCollection,
  policyVersionsCollection,
  versionId,
} from '../../policies/policy-collections';
import { coursesCollection } from '../../training/training-collections';
import type { ContentCatalogue, ContentKind } from './content-catalogue';

export interface SeedContentReport {
  policies: { added: number; kept: number };
  courses: { added: number; kept: number };
}

export interface SeedContentOptions {
  kinds: ReadonlySet<ContentKind>;
  /**
   * Marks the loaded policies 演示内容 (`demo: true`) until an admin republishes them in the app — for
   * the built-in explainers, which the city has not reviewed yet. A city's own file: false.
   */
  markPoliciesUnreviewed: boolean;
}

/**
 * Loads a content catalogue into a new (or running) environment: each policy and course that is
 * not there yet is added as version 1, with the audit entry its admin action would write (actor
 * `setup`); one already there is kept as it is, whether the app has edited it since or not. So a
 * second run adds nothing, and seeding never overwrites what the city published in the app.
 */
export async function seedContent(
  store: Store,
  clock: Clock,
  catalogue: ContentCatalogue,
  options: SeedContentOptions,
): Promise<SeedContentReport> {
  const report: SeedContentReport = {
    policies: { added: 0, kept: 0 },
    courses: { added: 0, kept: 0 },
  };
  const audit = (action: string) =>
    createAuditWriter(store, clock, {
      actorId: 'setup',
      actorRole: 'system',
      fn: 'seed-content',
      action,
      requestId: randomUUID(),
    });

  if (options.kinds.has('policies')) {
    const writer = audit('seedPolicies');
    for (const [order, { policyId, ...content }] of catalogue.policies.entries()) {
      const now = clock.now().toISOString();
      const added = await store.transaction(async (tx) => {
        if (await tx.get(policiesCollection, policyId)) return false;
        const demo = options.markPoliciesUnreviewed;
        await tx.insert(policyVersionsCollection, {
          _id: versionId(policyId, 1),
          policyId,
          version: 1,
          ...content,
          updatedAt: now,
          demo,
        });
        await tx.insert(policiesCollection, {
          _id: policyId,
          ...content,
          version: 1,
          order,
          updatedAt: now,
          demo,
        });
        await writer.record(
          { entity: 'policy', entityId: policyId, from: null, to: 'v1', note: 'seed:content' },
          tx,
        );
        return true;
      });
      report.policies[added ? 'added' : 'kept']++;
    }
  }

  if (options.kinds.has('courses')) {
    const writer = audit('seedCourses');
    const towns = new Set(
      (
        await store.collection(orgUnitsCollection).find({ level: 'town' }, { limit: 1000 })
      ).items.map((t) => t._id),
    );
    for (const [i, c] of catalogue.courses.entries()) {
      if (c.townId && !towns.has(c.townId))
        throw new Error(`courses.${i}.townId: ${c.townId} is not a town in org_units`);
    }
    for (const { courseId, expectedVersion: _unused, ...fields } of catalogue.courses) {
      const id = courseId ?? '';
      const now = clock.now().toISOString();
      const sessions = [...fields.sessions].sort((a, b) => compareInstants(a.startsAt, b.startsAt));
      const added = await store.transaction(async (tx) => {
        if (await tx.get(coursesCollection, id)) return false;
        await tx.insert(coursesCollection, {
          _id: id,
          ...fields,
          sessions,
          firstSessionStartsAt: sessions[0]?.startsAt ?? fields.signupClosesAt,
          confirmed: 0,
          waitlisted: 0,
          seatsLeft: fields.capacity,
          waitSeq: 0,
          trainerId: null,
          demo: false,
          createdAt: now,
          updatedAt: now,
        });
        await writer.record(
          { entity: 'course', entityId: id, to: fields.status, note: 'seed:content' },
          tx,
        );
        return true;
      });
      report.courses[added ? 'added' : 'kept']++;
    }
  }
  return report;
}
