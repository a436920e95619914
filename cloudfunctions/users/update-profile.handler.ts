import type { ActionInput } from '../../shared/src/contract/define-function';
import { maskMobile } from '../../shared/src/privacy/mask';
import { phoneLast4 } from '../../shared/src/users/user-search';
import type { usersContract } from '../../shared/src/users/users-contract';
import { invalid, notFound } from '../platform/runtime/app-error';
import { takeLookups } from '../platform/runtime/lookup-limit';
import type { HandlerContext } from '../platform/runtime/handler-context';
import type { UserDoc } from '../platform/runtime/platform-collections';
import { orgUnitsCollection, usersCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { keyedHash, sealIdNumber, sealValue } from '../platform/runtime/sealed-value';
import { toMeView } from './user-views';

type Actions = typeof usersContract.actions;

export async function updateProfile(
  input: ActionInput<Actions, 'updateProfile'>,
  ctx: HandlerContext,
) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now().toISOString();
  const set: Partial<UserDoc> = { name: input.name, updatedAt: now };
  const changed: string[] = ['name'];

  if (input.villageId !== undefined) {
    if (caller.role !== 'villager') {
      throw invalid({ villageId: '工作人员的所属单位由管理员设置' });
    }
    if (caller.householdId) {
      throw invalid({ villageId: '您已关联了家庭档案，搬迁请联系村干部办理' });
    }
    const unit = await ctx.store.collection(orgUnitsCollection).get(input.villageId);
    if (!unit || unit.level !== 'village') throw invalid({ villageId: '请选择您所在的村' });
    Object.assign(set, {
      orgUnitId: input.villageId,
      villageId: input.villageId,
      townId: unit.townId,
    });
    changed.push('village');
  }
  if (input.phone !== undefined) {
    set.phone = sealValue(input.phone, maskMobile(input.phone), ctx.dataKeys);
    set.phoneLast4 = phoneLast4(input.phone);
    changed.push('phone');
  }
  // No ID-number oracle (issue 11 point 6): the answer is the same whether or not another
  // account holds the number. A clash is written to the audit log for the city to resolve, each
  // new number counts against a small daily allowance, and every check is audited.
  let sameIdAs: string[] = [];
  if (input.idNumber !== undefined) {
    const hash = keyedHash(input.idNumber, ctx.dataKeys);
    const current = await ctx.store.collection(usersCollection).get(caller.userId);
    if (current?.idNumber?.hash !== hash) {
      await takeLookups(ctx, 'profileIdNumber');
      const holders = await ctx.store
        .collection(usersCollection)
        .find({ 'idNumber.hash': hash }, { limit: 5 });
      sameIdAs = holders.items.filter((u) => u._id !== caller.userId).map((u) => u._id);
      set.idNumber = sealIdNumber(input.idNumber, ctx.dataKeys);
      changed.push('idNumber');
    }
  }

  const updated = await ctx.store.transaction(async (tx) => {
    const user = await tx.get(usersCollection, caller.userId);
    if (!user) throw notFound();
    if (input.consentVersion && !user.consents.some((c) => c.version === input.consentVersion)) {
      set.consents = [...user.consents, { version: input.consentVersion, at: now }];
      changed.push('consent');
    }
    const next = await tx.update(
      usersCollection,
      caller.userId,
      { set },
      { ifVersion: user._version },
    );
    await ctx.audit.record(
      { entity: 'user', entityId: caller.userId, note: `changed: ${changed.join(',')}` },
      tx,
    );
    if (changed.includes('idNumber'))
      await ctx.audit.record(
        {
          entity: 'id_lookup',
          entityId: caller.userId,
          note: sameIdAs.length
            ? `profile id number also on accounts ${sameIdAs.join(',')}: for the city to resolve`
            : 'profile id number checked: no other account',
        },
        tx,
      );
    return next;
  });
  // Kept for idempotent replays: no digit of the ID number in it (`me` shows the last 4).
  return toMeView(ctx.store, updated, ctx.dataKeys, 'hidden');
}
