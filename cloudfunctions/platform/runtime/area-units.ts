import type { Doc, Store } from '../ports/store';
import type { OrgUnitDoc } from './platform-collections';
import { orgUnitsCollection } from './platform-collections';
import type { Scope } from './scope';

/**
 * The units a statistics page lists for a scope, by name: a village its own, a town its villages,
 * the city its towns — every one of them, also those with nothing counted yet, plus any unit
 * counted that is not listed (named by its id). And the scope's own name (「全市」 for the city).
 */
export async function areaUnits(
  store: Store,
  scope: Scope,
  counted: Iterable<string>,
): Promise<{ scopeName: string; names: Map<string, string> }> {
  const orgUnits = store.collection(orgUnitsCollection);
  let listed: Array<Doc<OrgUnitDoc>>;
  if (scope.level === 'village')
    listed = [await orgUnits.get(scope.villageId)].filter((u) => u !== null);
  else if (scope.level === 'town')
    listed = (await orgUnits.find({ parentId: scope.townId }, { limit: 1000 })).items;
  else listed = (await orgUnits.find({ level: 'town' }, { limit: 1000 })).items;
  const names = new Map(listed.map((u) => [u._id, u.name]));
  for (const id of counted) if (!names.has(id)) names.set(id, id);
  const scopeName =
    scope.level === 'village' || scope.level === 'town'
      ? ((await orgUnits.get(scope.level === 'village' ? scope.villageId : scope.townId))?.name ??
        '')
      : '全市';
  return { scopeName, names };
}
