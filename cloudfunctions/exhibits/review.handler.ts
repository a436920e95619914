import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import { conflict, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitName } from '../platform/runtime/org-unit-names';
import { inScope } from '../platform/runtime/scope';
import { exhibitsCollection, uploadsCollection } from './exhibit-collections';
import { historyOf, toExhibitView } from './exhibit-views';

type Actions = typeof exhibitsContract.actions;

const NEXT = { publish: 'published', reject: 'rejected', request_edit: 'needs_edit' } as const;

/** The village cadre publishes, rejects with a reason, or asks for an edit; the contributor is told. */
export async function review(input: ActionInput<Actions, 'review'>, ctx: HandlerContext) {
  const now = ctx.clock.now().toISOString();
  const updated = await ctx.store.transaction(async (tx) => {
    const e = await tx.get(exhibitsCollection, input.exhibitId);
    if (!e || !inScope(ctx.scope, e)) throw notFound('没有找到这件投稿。');
    if (e.status !== 'pending') throw conflict('这件投稿已经审核过了。');
    if (input.decision === 'publish') {
      // Nothing is published before WeChat's image check has answered for every photo.
      for (const fileId of e.imageFileIds) {
        const upload = await tx.get(uploadsCollection, fileId);
        if (upload?.contentCheck === 'pending')
          throw conflict('照片还在安全检查中，请稍后再通过。');
      }
    }
    const status = NEXT[input.decision];
    const next = await tx.update(
      exhibitsCollection,
      e._id,
      {
        set: {
          status,
          reviewNote: input.reason ?? null,
          updatedAt: now,
          publishedAt: status === 'published' ? now : null,
          history: [
            ...historyOf(e),
            { at: now, kind: status, note: input.reason ?? null, changed: [] },
          ],
        },
      },
      { ifVersion: e._version },
    );
    await ctx.audit.record(
      {
        entity: 'exhibit',
        entityId: e._id,
        from: e.status,
        to: status,
        note: input.reason ?? null,
      },
      tx,
    );
    if (e.contributorId) {
      await ctx.notifier.notify(
        {
          userId: e.contributorId,
          template: `exhibits.${status}`,
          data: { exhibitId: e._id, title: e.title },
        },
        tx,
      );
    }
    return next;
  });
  return toExhibitView(
    ctx.store,
    ctx.files,
    updated,
    await orgUnitName(ctx.store, updated.villageId),
    false,
    ctx.caller,
  );
}
