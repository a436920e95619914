import { useCallback, useState } from 'react';
import { api } from '../../api/api';
import type { ClientCallError } from '../../api/client-call-result';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import type { ExportResult, HouseholdCategory } from './households-api';
import { openExportFile, type ExportHandover, type OpenOutcome } from './open-export-file';

export type ExportState =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'error'; error: ClientCallError }
  | { state: 'done'; file: ExportResult; fileName: string; outcome: OpenOutcome };

type Answer<T> = { ok: true; data: T } | { ok: false; error: ClientCallError };

/** The three steps of the one download, as calls (the real API client, or a script in tests). */
export interface ExportDownloadSteps {
  claim: (exportId: string) => Promise<Answer<ExportHandover>>;
  open: (file: ExportHandover) => Promise<OpenOutcome>;
  finish: (exportId: string) => Promise<unknown>;
}

/**
 * Claims the export (server side: its maker only, once, audited), fetches and opens the handed-over
 * copy, then tells the server to delete it — also when the fetch failed, since the claim is spent.
 * A lost `finish` is harmless: the server sweeps the copy a few minutes after the claim.
 */
export async function downloadOnce(
  exportId: string,
  steps: ExportDownloadSteps,
): Promise<Answer<{ fileName: string; outcome: OpenOutcome }>> {
  const claimed = await steps.claim(exportId);
  if (!claimed.ok) return claimed;
  const outcome = await steps.open(claimed.data);
  await steps.finish(exportId).catch(() => undefined);
  return { ok: true, data: { fileName: claimed.data.fileName, outcome } };
}

const apiSteps: ExportDownloadSteps = {
  claim: (exportId) => api.households.downloadExport({ exportId }),
  open: (file) => openExportFile(file),
  finish: (exportId) => api.households.finishExportDownload({ exportId }),
};

/**
 * 导出 Excel: the server makes the workbook of the caller's scope, then hands it over once, to
 * this caller only (`downloadExport`); once fetched it is deleted from the server.
 */
export function useExport(steps: ExportDownloadSteps = apiSteps) {
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const run = useCallback(
    async (category?: HouseholdCategory) => {
      setStatus({ state: 'working' });
      const made = await api.households.export(category ? { category } : {}, {
        idempotencyKey: newIdempotencyKey('hhexp'),
      });
      if (!made.ok) {
        setStatus({ state: 'error', error: made.error });
        return;
      }
      const got = await downloadOnce(made.data.exportId, steps);
      if (!got.ok) {
        setStatus({ state: 'error', error: got.error });
        return;
      }
      setStatus({ state: 'done', file: made.data, ...got.data });
    },
    [steps],
  );
  return { status, run };
}
