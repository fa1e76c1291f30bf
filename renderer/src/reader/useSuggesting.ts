import { useRememberedState } from '../common/useRememberedState';

/** Sources whose suggestions stay on, newest first: enough for any writer's working set. */
const REMEMBERED = 500;

/**
 * Whether a source's cue-word suggestions are shown, and the switch. Off until the writer asks,
 * source by source (suggestions crowd a text being read), and remembered across restarts.
 */
export function useSuggesting(sourceId: string): [boolean, () => void] {
  const [ids, setIds] = useRememberedState(
    'dossier:suggest-sources',
    [],
    (v): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  );
  const toggle = () =>
    setIds((list) =>
      list.includes(sourceId)
        ? list.filter((x) => x !== sourceId)
        : [sourceId, ...list].slice(0, REMEMBERED),
    );
  return [ids.includes(sourceId), toggle];
}
