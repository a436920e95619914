import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import { invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { newId } from '../platform/runtime/new-id';
import { orgUnitsCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { exhibitsCollection, uploadsCollection } from './exhibit-collections';

type Actions = typeof exhibitsContract.actions;

/** A family's contribution: checked by ContentCheck, then waits as `pending` for its village's cadre. */
export async function submit(input: ActionInput<Actions, 'submit'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const village = await ctx.store.collection(orgUnitsCollection).get(input.villageId);
  if (!village || village.level !== 'village' || !village.townId)
    throw invalid({ villageId: '请选择展品所属的村' });
  for (const text of [input.title, input.story, input.era ?? '']) {
    const verdict = await ctx.contentCheck.checkText(text);
    if (!verdict.ok) throw invalid({ story: verdict.reason }, verdict.reason);
  }
  let coverListFileId: string | null = null;
  for (const [i, fileId] of input.imageFileIds.entries()) {
    const upload = await ctx.store.collection(uploadsCollection).get(fileId);
    if (!upload || upload.ownerId !== caller.userId)
      throw invalid({ imageFileIds: '有照片没有上传成功，请重新选择' });
    if (i === 0) coverListFileId = upload.listFileId ?? null;
  }
  const now = ctx.clock.now().toISOString();
  const id = newId();
  await ctx.store.transaction(async (tx) => {
    await tx.insert(exhibitsCollection, {
      _id: id,
      villageId: village._id,
      townId: village.townId ?? '',
      category: input.category,
      title: input.title,
      story: input.story,
      era: input.era ?? null,
      imageFileIds: input.imageFileIds,
      status: 'pending',
      reviewNote: null,
      contributorId: caller.userId,
      contributorName: caller.name,
      showContributorName: input.showContributorName,
      demo: false,
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
      coverListFileId,
      history: [{ at: now, kind: 'submitted', note: null, changed: [] }],
    });
    await ctx.audit.record({ entity: 'exhibit', entityId: id, to: 'pending' }, tx);
    // Attached uploads are kept; the sweep removes the ones nothing refers to.
    for (const fileId of input.imageFileIds)
      await tx.update(uploadsCollection, fileId, { set: { sweepAfter: null } });
  });
  return { exhibitId: id, status: 'pending' as const };
}
