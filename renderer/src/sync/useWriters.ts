import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';

/**
 * The library's writers' names by key: a shared library's, or the coders of a project taken in;
 * empty for a library one writer keeps alone.
 */
export function useWriters(version: number): Record<string, string> {
  const api = useApi();
  const [writers, setWriters] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    void api.syncStatus({}).then((r) => {
      if (live && r.ok) setWriters(r.value.writers);
    });
    return () => {
      live = false;
    };
  }, [api, version]);
  return writers;
}
