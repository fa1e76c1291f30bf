import { useCallback } from 'react';
import type { CodebookImportReport } from '../../../shared/api/types';
import { useApi } from '../api/ApiContext';
import { fileToBase64 } from '../import/toBase64';

/** Starting the codebook and reading codebook files, for the views that offer them. */
export function useCodebookActions(
  onError: (message: string) => void,
  onRead?: (name: string, report: CodebookImportReport) => void,
) {
  const api = useApi();
  const start = useCallback(
    async (choice: 'general' | 'empty') => {
      const result = await api.startCodebook({ start: choice });
      if (!result.ok) onError(result.error.message);
    },
    [api, onError],
  );
  const readFile = useCallback(
    async (file: File, replace: boolean) => {
      const result = await api.importCodebook({
        name: file.name,
        dataBase64: await fileToBase64(file),
        replace,
      });
      if (!result.ok) return onError(result.error.message);
      onRead?.(file.name, result.value);
    },
    [api, onError, onRead],
  );
  return { start, readFile };
}
