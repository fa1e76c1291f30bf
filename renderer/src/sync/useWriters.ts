import { useQuery } from '../api/useQuery';

const NONE: Record<string, string> = {};

/**
 * The library's writers' names by key: a shared library's, or the coders of a project taken in;
 * empty for a library one writer keeps alone.
 */
export function useWriters(version: number): Record<string, string> {
  return useQuery('syncStatus', {}, version).value?.writers ?? NONE;
}
