import { i18n } from '../i18n/i18n';
import { useCallback, useRef, useState } from 'react';
import type { ImportOutcome } from '../../../shared/api/types';
import { useApi } from '../api/ApiContext';
import { importGroups, summarise } from './importBatch';
import { fileToBase64 } from './toBase64';

export interface ImportStatus {
  busy: boolean;
  message: string | null;
  outcomes: ImportOutcome[];
  /** Files handled so far, and in all; the progress bar shows them. */
  done: number;
  total: number;
}

const REFRESH_MS = 1000;

const IDLE: ImportStatus = { busy: false, message: null, outcomes: [], done: 0, total: 0 };

/**
 * Sends files one at a time, so one unreadable file costs only itself and a cancel stops
 * between files, keeping every file already imported.
 */
export function useImportFiles(onImported: (outcomes: ImportOutcome[]) => void) {
  const api = useApi();
  const [status, setStatus] = useState<ImportStatus>(IDLE);
  const cancelled = useRef(false);

  const importFiles = useCallback(
    async (files: File[], fromFolder = false) => {
      const groups = importGroups(files, fromFolder);
      if (groups.length === 0) {
        setStatus({
          ...IDLE,
          message: i18n.t('Nothing to import: no files Dossier reads were chosen.'),
        });
        return;
      }
      cancelled.current = false;
      const outcomes: ImportOutcome[] = [];
      const progress = (busy: boolean) =>
        setStatus({
          busy,
          message: busy
            ? i18n.t('Importing {{at}} of {{total}}…', {
                at: outcomes.length + 1,
                total: groups.length,
              })
            : summarise(outcomes, cancelled.current),
          outcomes: [...outcomes],
          done: outcomes.length,
          total: groups.length,
        });
      progress(true);
      let shown = performance.now();
      for (const group of groups) {
        if (cancelled.current) break;
        if ('refused' in group) {
          outcomes.push(group.refused);
          continue;
        }
        const name = group.files[0]!.name;
        try {
          const payload = await Promise.all(
            group.files.map(async (f) => ({ name: f.name, dataBase64: await fileToBase64(f) })),
          );
          const result = await api.importFiles({ files: payload });
          if (result.ok) outcomes.push(...result.value.results);
          else
            outcomes.push({
              file: name,
              status: 'failed',
              reason: `${name} was not imported: ${result.error.message}`,
            });
        } catch (error) {
          outcomes.push({
            file: name,
            status: 'failed',
            reason: `${name} could not be read: ${String(error)}`,
          });
        }
        progress(true);
        // A long batch shows its sources as they arrive, about once a second.
        if (performance.now() - shown > REFRESH_MS) {
          shown = performance.now();
          onImported([...outcomes]);
        }
      }
      progress(false);
      onImported(outcomes);
    },
    [api, onImported],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);
  const dismiss = useCallback(() => setStatus(IDLE), []);
  return { status, importFiles, cancel, dismiss };
}
