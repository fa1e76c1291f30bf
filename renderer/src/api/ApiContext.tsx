import { createContext, useContext } from 'react';
import type { ArchiveApi } from '../../../shared/api/contract';

export const ApiContext = createContext<ArchiveApi | null>(null);

export function useApi(): ArchiveApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}
