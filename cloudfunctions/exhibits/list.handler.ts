import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import type { Doc, Filter } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import type { ExhibitDoc } from './exhibit-collections';
import { exhibitsCollection } from './exhibit-collections';
import { toExhibitCard, viewerIdOf } from './exhibit-views';

type Actions = typeof exhibitsContract.actions;

/** Scanned per page when a keyword filters in memory (title and story). */
const SCAN_PAGE = 200;
const MAX_SCANNED = 2000;

/**
 * Published items, newest first, by village, category and era; a keyword matches title or
 * story. Keywords are matched in memory over at most 2,000 scanned items per call.
 */
export async function list(input: ActionInput<Actions, 'list'>, ctx: HandlerContext) {
  const filter: Filter = { status: 'published' };
  if (input.villageId) filter.villageId = input.villageId;
  if (input.category) filter.category = input.category;
  if (input.era) filter.era = input.era;
  const exhibits = ctx.store.collection(exhibitsCollection);
  const sort = [['createdAt', 'desc']] as const;
  let items: Array<Doc<ExhibitDoc>> = [];
  let nextCursor: string | null;
  if (!input.q) {
    const page = await exhibits.find(filter, { sort, limit: input.limit, after: input.cursor });
    items = page.items;
    nextCursor = page.nextCursor;
  } else {
    const q = input.q;
    let after = input.cursor;
    let scanned = 0;
    nextCursor = null;
    for (;;) {
      const page = await exhibits.find(filter, { sort, limit: SCAN_PAGE, after });
      scanned += page.items.length;
      items.push(...page.items.filter((e) => e.title.includes(q) || e.story.includes(q)));
      after = page.nextCursor ?? undefined;
      if (!page.nextCursor || items.length >= input.limit || scanned >= MAX_SCANNED) {
        nextCursor = page.nextCursor;
        break;
      }
    }
  }
  const names = await orgUnitNames(
    ctx.store,
    items.map((e) => e.villageId),
  );
  return {
    items: await Promise.all(
      items.map((e) => toExhibitCard(ctx.store, ctx.files, e, names, viewerIdOf(ctx.caller))),
    ),
    nextCursor,
  };
}
