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

/** 导出 Excel: asks the server for the workbook of the caller's scope, then opens it. */
export function useExport() {
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const run = useCallback(async (category?: HouseholdCategory) => {
    setStatus({ state: 'working' });
    const result = await api.households.export(category ? { category } : {}, {
      idempotencyKey: newIdempotencyKey('hhexp'),
    });
    if (!result.ok) {
      setStatus({ state: 'error', error: result.error });
      return;
    }
    const fileName = `户情-${new Date().toISOString().slice(0, 10)}.xlsx`;
    const outcome = await openExportFile(result.data.url, fileName);
    setStatus({ state: 'done', file: result.data, fileName, outcome });
  }, []);
  return { status, run };
}
