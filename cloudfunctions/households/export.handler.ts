import ExcelJS from 'exceljs';
import type { ActionInput } from '../../shared/src/contract/define-function';
import { categoryText } from '../../shared/src/households/household-labels';
import type { householdsContract } from '../../shared/src/households/households-contract';
import { RELATION_LABEL } from '../../shared/src/households/household-schemas';
import { mayExportFullIdNumbers } from '../../shared/src/privacy/id-number-visibility';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { openSealedValue } from '../platform/runtime/sealed-value';
import { chinaDate } from '../../shared/src/review-workflow/working-days';
import { householdsCollection } from './household-collections';
import { idNumberShown } from './id-number-shown';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import { householdListFilter } from './list.handler';
import { scopeFilter } from '../platform/runtime/scope';
import {
  claimOneTimeExport,
  finishOneTimeDownload,
  storeOneTimeExport,
} from '../platform/runtime/one-time-exports';

type Actions = typeof householdsContract.actions;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PAGE = 500;

/**
 * An Excel file of the caller's scope, one row per member; ID numbers masked unless the role may
 * see them. The file is a one-time download for the caller (see `downloadExport`).
 */
export async function exportHouseholds(input: ActionInput<Actions, 'export'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const full = mayExportFullIdNumbers(caller.role);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('户情');
  sheet.columns = [
    { header: '村', key: 'village', width: 10 },
    { header: '户主', key: 'head', width: 10 },
    { header: '户类', key: 'category', width: 18 },
    { header: '成员', key: 'name', width: 10 },
    { header: '关系', key: 'relation', width: 8 },
    { header: '身份证号', key: 'id', width: 22 },
    { header: '人均年收入(元)', key: 'income', width: 14 },
    { header: '预警', key: 'warnings', width: 30 },
  ];
  const filter = {
    $and: [scopeFilter(ctx.scope), householdListFilter({ ...input, limit: PAGE }, ctx)],
  };
  const households = ctx.store.collection(householdsCollection);
  let after: string | undefined;
  let rows = 0;
  let householdCount = 0;
  for (;;) {
    const page = await households.find(filter, { sort: [['headName', 'asc']], limit: PAGE, after });
    const names = await orgUnitNames(
      ctx.store,
      page.items.map((h) => h.villageId),
    );
    householdCount += page.items.length;
    for (const h of page.items) {
      const category = categoryText(h.category, h.monitorType);
      for (const m of h.members) {
        sheet.addRow({
          village: names.get(h.villageId) ?? '',
          head: h.headName,
          category,
          name: m.name,
          relation: RELATION_LABEL[m.relation],
          id: full ? openSealedValue(m.idNumber, ctx.dataKeys) : idNumberShown(m.idNumber, ctx),
          income: h.incomePerHead,
          warnings: h.warnings.map((w) => w.message).join('；'),
        });
        rows++;
      }
    }
    if (!page.nextCursor) break;
    after = page.nextCursor;
  }
  sheet.getRow(1).font = { bold: true };
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const stored = await storeOneTimeExport(ctx, {
    purpose: 'households-export',
    bytes,
    contentType: XLSX,
    // The date the cadre sees on the wall calendar (China), not the UTC one.
    fileName: `户情-${chinaDate(ctx.clock.now())}.xlsx`,
    note: `households households=${householdCount} rows=${rows} fullIdNumbers=${full}`,
  });
  return { ...stored, households: householdCount, rows, idNumbersMasked: !full };
}

/** The one download of an export the caller made: where to fetch it, for a few minutes. */
export function downloadExport(input: ActionInput<Actions, 'downloadExport'>, ctx: HandlerContext) {
  return claimOneTimeExport(ctx, input.exportId);
}

/** The caller has fetched the claimed workbook: it is deleted from storage now. */
export function finishExportDownload(
  input: ActionInput<Actions, 'finishExportDownload'>,
  ctx: HandlerContext,
) {
  return finishOneTimeDownload(ctx, input.exportId);
}
