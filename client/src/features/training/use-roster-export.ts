import { useCallback, useState } from 'react';
import { api } from '../../api/api';
import type { ClientCallError } from '../../api/client-call-result';
import { rosterCsv, rosterFileName } from './roster-csv';
import { saveCsvFile, type SaveOutcome } from './save-csv-file';
import type { RosterEntry } from './training-api';
import { ROSTER_PAGE_SIZE } from './use-roster';

export type RosterExportState =
  | { state: 'idle' }
  | { state: 'working'; rows: number }
  | { state: 'error'; error: ClientCallError }
  | { state: 'done'; rows: number; csv: string; fileName: string; outcome: SaveOutcome };

/** 导出名单: reads every roster page, builds the CSV on the phone, then saves or shares it. */
export function useRosterExport(courseId: string, courseTitle: string) {
  const [status, setStatus] = useState<RosterExportState>({ state: 'idle' });
  const run = useCallback(async () => {
    const entries: RosterEntry[] = [];
    let cursor: string | undefined;
    setStatus({ state: 'working', rows: 0 });
    for (let page = 0; page < 200; page += 1) {
      const result = await api.training.roster({
        courseId,
        limit: ROSTER_PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
      });
      if (!result.ok) {
        setStatus({ state: 'error', error: result.error });
        return;
      }
      entries.push(...result.data.items);
      setStatus({ state: 'working', rows: entries.length });
      if (!result.data.nextCursor) break;
      cursor = result.data.nextCursor;
    }
    const csv = rosterCsv(entries);
    const fileName = rosterFileName(courseTitle, new Date());
    const outcome = await saveCsvFile(csv, fileName);
    setStatus({ state: 'done', rows: entries.length, csv, fileName, outcome });
  }, [courseId, courseTitle]);
  return { status, run };
}
