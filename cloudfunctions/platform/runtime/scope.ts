import type { ScopeRule } from '../../../shared/src/auth/roles';
import type { Filter } from '../ports/store';
import type { Caller } from './caller';
import { AppError } from './app-error';

/** How far the current call reaches, resolved from the access rule and the caller's unit. */
export type Scope =
  | { level: 'public' }
  | { level: 'own'; userId: string }
  | { level: 'village'; villageId: string; townId: string }
  | { level: 'town'; townId: string }
  | { level: 'city' };

export function resolveScope(rule: ScopeRule, caller: Caller): Scope {
  if (rule === 'public') return { level: 'public' };
  if (caller.kind !== 'user') throw new AppError('UNAUTHENTICATED');
  switch (rule) {
    case 'own':
      return { level: 'own', userId: caller.userId };
    case 'village':
      if (!caller.villageId || !caller.townId)
        throw new AppError('FORBIDDEN', '您的账号还没有分配到村，请联系管理员。');
      return { level: 'village', villageId: caller.villageId, townId: caller.townId };
    case 'town':
      if (!caller.townId) throw new AppError('FORBIDDEN', '您的账号还没有分配到镇，请联系管理员。');
      return { level: 'town', townId: caller.townId };
    case 'city':
      return { level: 'city' };
  }
}

/**
 * The store filter limiting records that carry `villageId`/`townId` to the scope. `own` needs a
 * feature-specific owner field, passed as `ownerField` (e.g. `userId`, `householdId`).
 */
export function scopeFilter(scope: Scope, own?: { field: string; value: string }): Filter {
  switch (scope.level) {
    case 'public':
    case 'city':
      return {};
    case 'town':
      return { townId: scope.townId };
    case 'village':
      return { villageId: scope.villageId };
    case 'own':
      if (!own) throw new Error('scopeFilter(own) needs the owner field');
      return { [own.field]: own.value };
  }
}

/** Whether one record (with its place and owner) lies inside the scope. */
export function inScope(
  scope: Scope,
  record: { villageId?: string | null; townId?: string | null },
  ownerMatches = false,
): boolean {
  switch (scope.level) {
    case 'public':
    case 'city':
      return true;
    case 'town':
      return record.townId === scope.townId;
    case 'village':
      return record.villageId === scope.villageId;
    case 'own':
      return ownerMatches;
  }
}
