import { useCallback, useState } from 'react';
import type { ImportOutcome } from '../../../shared/api/types';
import { useApi } from '../api/ApiContext';
import { fileToBase64 } from './toBase64';

export interface ImportStatus {
  busy: boolean;
  message: string | null;
  outcomes: ImportOutcome[];
}

function summarise(outcomes: ImportOutcome[]): string {
  const count = (status: ImportOutcome['status']) =>
    outcomes.filter((o) => o.status === status).length;
  const parts = [
    `Imported ${count('imported')} of ${outcomes.length} file${outcomes.length === 1 ? '' : 's'}`,
  ];
  if (count('duplicate')) parts.push(`${count('duplicate')} already in the library`);
  if (count('failed')) parts.push(`${count('failed')} failed`);
  return `${parts.join(', ')}.`;
}

/** Sends files one at a time, so one unreadable file costs only itself. */
export function useImportFiles(onImported: (outcomes: ImportOutcome[]) => void) {
  const api = useApi();
  const [status, setStatus] = useState<ImportStatus>({ busy: false, message: null, outcomes: [] });

  const importFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setStatus({
        busy: true,
        message: `Importing ${files.length} file${files.length === 1 ? '' : 's'}…`,
        outcomes: [],
      });
      const outcomes: ImportOutcome[] = [];
      for (const file of files) {
        let outcome: ImportOutcome;
        try {
          const result = await api.importFiles({
            files: [{ name: file.name, dataBase64: await fileToBase64(file) }],
          });
          outcome = result.ok
            ? result.value.results[0]!
            : {
                file: file.name,
                status: 'failed',
                reason: `${file.name} was not imported: ${result.error.message}`,
              };
        } catch (error) {
          outcome = {
            file: file.name,
            status: 'failed',
            reason: `${file.name} could not be read: ${String(error)}`,
          };
        }
        outcomes.push(outcome);
      }
      setStatus({ busy: false, message: summarise(outcomes), outcomes });
      onImported(outcomes);
    },
    [api, onImported],
  );

  const dismiss = useCallback(() => setStatus({ busy: false, message: null, outcomes: [] }), []);
  return { status, importFiles, dismiss };
}
