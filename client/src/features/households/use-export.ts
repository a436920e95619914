import { useCallback, useState } from 'react';
import { api } from '../../api/api';
import type { ClientCallError } from '../../api/client-call-result';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import type { ExportResult, HouseholdCategory } from './households-api';
import { openExportFile, type OpenOutcome } from './open-export-file';

export type ExportState =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'error'; error: ClientCallError }
  | { state: 'done'; file: ExportResult; fileName: string; outcome: OpenOutcome };

/**
 * 导出 Excel: the server makes the workbook of the caller's scope, then hands it over once, to
 * this caller only (`downloadExport`); after that the file is gone from the server.
 */
export function useExport() {
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const run = useCallback(async (category?: HouseholdCategory) => {
    setStatus({ state: 'working' });
    const made = await api.households.export(category ? { category } : {}, {
      idempotencyKey: newIdempotencyKey('hhexp'),
    });
    if (!made.ok) {
      setStatus({ state: 'error', error: made.error });
      return;
    }
    const file = await api.households.downloadExport({ exportId: made.data.exportId });
    if (!file.ok) {
      setStatus({ state: 'error', error: file.error });
      return;
    }
    const outcome = await openExportFile(file.data);
    setStatus({ state: 'done', file: made.data, fileName: file.data.fileName, outcome });
  }, []);
  return { status, run };
}
