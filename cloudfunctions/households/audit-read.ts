import type { HandlerContext } from '../platform/runtime/handler-context';

/**
 * Every sensitive read of household records leaves an audit entry (DESIGN.md §5): who (the
 * writer adds actor, role and request), what, and when. One insert outside any transaction,
 * nothing read for it.
 */
export async function auditRead(ctx: HandlerContext, entityId: string, note: string) {
  await ctx.audit.record({ entity: 'household_read', entityId, note: `read ${note}` });
}

/** What a list call returned, in short: the filter (a searched name or last 4 is not repeated) and the ids. */
export function listNote(
  input: { villageId?: string; category?: string; monitorType?: string; q?: string },
  items: Array<{ _id: string }>,
): string {
  const filter = [
    input.villageId && `village=${input.villageId}`,
    input.category && `category=${input.category}`,
    input.monitorType && `monitorType=${input.monitorType}`,
    input.q && 'q=(search)',
  ].filter(Boolean);
  return `list ${filter.join(' ')} n=${items.length}: ${items.map((h) => h._id).join(',')}`;
}
