import { useCallback, useState } from 'react';
import type { ImportOutcome } from '../../../shared/api/types';
import { useApi } from '../api/ApiContext';
import { isCslSidecar, sidecarStem } from '../../../shared/import/cslSidecar';
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
      // A NAME.csl.json travels with its NAME.txt: it is that text's metadata.
      const sidecars = new Map(
        files.filter((f) => isCslSidecar(f.name)).map((f) => [sidecarStem(f.name), f]),
      );
      const groups = files
        .filter((f) => !isCslSidecar(f.name))
        .map((f) => {
          const sidecar = sidecars.get(f.name.replace(/\.[^.]+$/, ''));
          if (sidecar) sidecars.delete(sidecarStem(sidecar.name));
          return sidecar ? [f, sidecar] : [f];
        });
      for (const lone of sidecars.values()) groups.push([lone]);
      for (const group of groups) {
        const name = group[0]!.name;
        try {
          const payload = await Promise.all(
            group.map(async (f) => ({ name: f.name, dataBase64: await fileToBase64(f) })),
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
      }
      setStatus({ busy: false, message: summarise(outcomes), outcomes });
      onImported(outcomes);
    },
    [api, onImported],
  );

  const dismiss = useCallback(() => setStatus({ busy: false, message: null, outcomes: [] }), []);
  return { status, importFiles, dismiss };
}
