import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';

/** A shared library's writers' names by key; empty for a library that is not shared. */
export function useWriters(version: number): Record<string, string> {
  const api = useApi();
  const [writers, setWriters] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    void api.syncStatus({}).then((r) => {
      if (live && r.ok) setWriters(r.value.shared ? r.value.writers : {});
    });
    return () => {
      live = false;
    };
  }, [api, version]);
  return writers;
}
