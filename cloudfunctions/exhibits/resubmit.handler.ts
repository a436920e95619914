import type { ActionInput } from '../../shared/src/contract/define-function';
import { changedParts, mayResubmit } from '../../shared/src/exhibits/exhibit-history';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import { isStoreError } from '../platform/ports/store';
import { conflict, invalid, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitName } from '../platform/runtime/org-unit-names';
import { requireUser } from '../platform/runtime/require-user';
import { exhibitsCollection, uploadsCollection } from './exhibit-collections';
import { historyOf, toExhibitView } from './exhibit-views';
import { maySeeExhibit } from './may-see-exhibit';

type Actions = typeof exhibitsContract.actions;

const STALE = '这份投稿刚有了变化，请返回“我的投稿”重新打开后再改。';

/**
 * The contributor fixes a contribution their cadre sent back (退回修改) and sends the SAME item
 * again: new text passes the content check as on submit, kept photos stay, new ones must be their
 * own uploads, removed ones are left to the upload sweep. It waits as `pending` in the cadre's
 * queue again; the history keeps the submission, the 退回 with its note, and this resubmission.
 */
export async function resubmit(input: ActionInput<Actions, 'resubmit'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const era = input.era ? input.era : null;
  for (const [field, text] of [
    ['title', input.title],
    ['story', input.story],
    ['era', era ?? ''],
  ] as const) {
    const verdict = await ctx.contentCheck.checkText(text);
    if (!verdict.ok) throw invalid({ [field]: verdict.reason }, verdict.reason);
  }
  const now = ctx.clock.now();
  const at = now.toISOString();
  try {
    const updated = await ctx.store.transaction(async (tx) => {
      const e = await tx.get(exhibitsCollection, input.exhibitId);
      if (!e || !maySeeExhibit(ctx.caller, e)) throw notFound('没有找到这份投稿。');
      // As in risk and claims: CONFLICT, not FORBIDDEN (kept for roles the access table refuses).
      if (e.contributorId !== caller.userId) throw conflict('只有投稿人本人可以修改后重新提交。');
      if (e._version !== input.expectedVersion) throw conflict(STALE);
      if (!mayResubmit(e.status)) throw conflict('只有村里退回修改的投稿，才能修改后重新提交。');
      // Photos: the item's own stay; any other must be the contributor's own fresh upload.
      const kept = new Set(e.imageFileIds);
      let coverListFileId: string | null = null;
      for (const [i, fileId] of input.imageFileIds.entries()) {
        const upload = await tx.get(uploadsCollection, fileId);
        if (!kept.has(fileId) && (!upload || upload.ownerId !== caller.userId))
          throw invalid({ imageFileIds: '有照片没有上传成功，请重新选择' });
        if (i === 0) coverListFileId = upload?.listFileId ?? null;
      }
      const content = {
        title: input.title,
        story: input.story,
        era,
        category: input.category,
        imageFileIds: input.imageFileIds,
      };
      const changed = changedParts(e, content);
      if (changed.length === 0)
        throw invalid(
          { story: '您还没有改动，请按村里的意见修改后再提交' },
          '您还没有改动，请按村里的意见修改后再提交。',
        );
      const next = await tx.update(
        exhibitsCollection,
        e._id,
        {
          set: {
            ...content,
            coverListFileId,
            status: 'pending',
            reviewNote: null,
            updatedAt: at,
            history: [...historyOf(e), { at, kind: 'resubmitted', note: null, changed }],
          },
        },
        { ifVersion: e._version },
      );
      await ctx.audit.record(
        {
          entity: 'exhibit',
          entityId: e._id,
          from: e.status,
          to: 'pending',
          note: `resubmitted: ${changed.join(',')}`,
        },
        tx,
      );
      const taken = new Set(input.imageFileIds);
      for (const fileId of input.imageFileIds)
        if (!kept.has(fileId))
          await tx.update(uploadsCollection, fileId, { set: { sweepAfter: null } });
      // A photo taken out is deleted by the sweep, like one never sent (only the contributor's own).
      for (const fileId of e.imageFileIds) {
        if (taken.has(fileId)) continue;
        const upload = await tx.get(uploadsCollection, fileId);
        if (upload?.ownerId === caller.userId)
          await tx.update(uploadsCollection, fileId, { set: { sweepAfter: at } });
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
  } catch (err) {
    if (isStoreError(err, 'VERSION_CONFLICT')) throw conflict(STALE);
    throw err;
  }
}
