import { useEffect, useRef, useState } from 'react';
import type { ArchiveApi, OperationInput } from '../../../shared/api/contract';
import type { OperationName } from '../../../shared/api/operationNames';
import type { OperationOutputs } from '../../../shared/api/operationOutputs';
import { useEntityStore } from '../store/entityStore';
import { useApi } from './ApiContext';

export interface QueryState<T> {
  /** The answer to this input: the last one read, kept while a newer version is read. */
  value: T | null;
  /** What the service said went wrong, in its words; null when the last read worked. */
  error: string | null;
  /** Whether this input has no answer yet (what is shown, if anything, is another input's). */
  pending: boolean;
  /** Whether this input's answer is being read again for a newer version of the library. */
  refreshing: boolean;
  /** The last change the window had heard of when the answer shown was asked for. */
  asOf: number;
}

export interface QueryOptions {
  /** Told what went wrong when an answer is an error (the view's status line). */
  onError?: (message: string) => void;
  /**
   * Keep showing the last answer while another input's is read (a brief being brought up to
   * date); by default an answer to another input is never shown.
   */
  keepWhileAsking?: boolean;
}

interface Answer<T> {
  asked: string;
  version: number;
  asOf: number;
  value: T | null;
  error: string | null;
}

type Asking = Map<string, Promise<unknown>>;
const inFlight = new WeakMap<ArchiveApi, Asking>();

/**
 * The answer to one question, shared by every view that asks it while it is on its way (the
 * writers' names, asked by the reader, the badge and the inspector at once, cost one trip).
 * Only a question asked since the window heard the same last change shares an answer: one asked
 * before a change the other view has heard of could miss it.
 */
function askOnce<N extends OperationName>(
  api: ArchiveApi,
  operation: N,
  asked: string,
  heard: number,
): ReturnType<ArchiveApi[N]> {
  const asking: Asking = inFlight.get(api) ?? new Map<string, Promise<unknown>>();
  inFlight.set(api, asking);
  const key = `${operation} ${heard} ${asked}`;
  const known = asking.get(key);
  if (known) return known as ReturnType<ArchiveApi[N]>;
  const call: ArchiveApi[N] = api[operation];
  const answer = call(JSON.parse(asked) as OperationInput<N>) as ReturnType<ArchiveApi[N]>;
  asking.set(key, answer);
  const settled = () => asking.delete(key);
  answer.then(settled, settled);
  return answer;
}

/**
 * One operation's answer for a view: asked again when its input or `version` (the part of the
 * library it shows, moved by the change sets the service pushes) moves. An answer to an input
 * no longer asked, or older than one already shown, is never drawn. `input` null asks nothing.
 */
export function useQuery<N extends OperationName>(
  operation: N,
  input: OperationInput<N> | null,
  version: number,
  options: QueryOptions = {},
): QueryState<OperationOutputs[N]> {
  const api = useApi();
  const store = useEntityStore();
  // The latest handler, without asking again when a view passes a new one.
  const onError = useRef(options.onError);
  useEffect(() => {
    onError.current = options.onError;
  });
  const asked = input === null ? '' : JSON.stringify(input);
  const [answer, setAnswer] = useState<Answer<OperationOutputs[N]> | null>(null);

  useEffect(() => {
    if (!asked) return;
    let current = true;
    const asOf = store.asOf;
    void askOnce(api, operation, asked, asOf).then((result) => {
      if (!current) return;
      if (!result.ok) onError.current?.(result.error.message);
      setAnswer(
        result.ok
          ? { asked, version, asOf, value: result.value as OperationOutputs[N], error: null }
          : { asked, version, asOf, value: null, error: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [api, store, operation, asked, version]);

  // Another input's answer is not this one's, however recent, unless the view keeps it.
  const same = answer !== null && answer.asked === asked;
  const shown = same || options.keepWhileAsking ? answer : null;
  return {
    value: shown?.value ?? null,
    error: shown?.error ?? null,
    pending: asked !== '' && !same,
    refreshing: same && answer.version !== version,
    asOf: shown?.asOf ?? 0,
  };
}
