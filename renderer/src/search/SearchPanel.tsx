import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/api/types';
import { groupHitsBySource } from '../../../shared/search/groupHits';
import { snippetAround } from '../../../shared/search/snippet';
import { useApi } from '../api/ApiContext';
import { MarkedText } from './MarkedText';

const DEBOUNCE_MS = 120;

const FIELD_LABELS: Record<SearchHit['field'], string> = {
  passage: 'Passage',
  title: 'Title',
  author: 'Author',
  site: 'Site',
};

function describeCount(shown: number, total: number, sources: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 'es'}`;
  const inSources = `in ${sources} source${sources === 1 ? '' : 's'}`;
  if (total === 0) return 'No matches';
  return total > shown
    ? `Best ${shown} of ${plural(total, 'match')} ${inSources}`
    : `${plural(total, 'match')} ${inSources}`;
}

export function SearchPanel({ onOpen }: { onOpen: (hit: SearchHit) => void }) {
  const api = useApi();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  // Results remember their query: while a newer one is on its way they are stale.
  const [found, setFound] = useState<{ query: string; hits: SearchHit[]; total: number }>({
    query: '',
    hits: [],
    total: 0,
  });
  const searchable = query.trim().length >= 2;
  const hits = useMemo(() => (searchable ? found.hits : []), [searchable, found]);
  const stale = found.query !== query;
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!searchable) return;
    let current = true;
    const timer = setTimeout(async () => {
      const result = await api.search({ query, limit: 50 });
      if (!current) return;
      if (result.ok) {
        setFound({ query, ...result.value });
        setError(null);
      } else setError(result.error.message);
      setActive(0);
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query, searchable]);

  const groups = useMemo(() => groupHitsBySource(hits), [hits]);
  // Keyboard order follows the grouped display, not the score order.
  const ordered = useMemo(() => groups.flatMap((g) => g.hits), [groups]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    onOpen(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, ordered.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!stale) return choose(ordered[active]);
      // Enter before the results caught up with the typing: open the best hit for what was typed.
      if (searchable)
        void api.search({ query, limit: 1 }).then((r) => r.ok && choose(r.value.hits[0]));
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && searchable;
  const optionId = (hit: SearchHit) => `hit-${ordered.indexOf(hit)}`;

  return (
    <div className="search" role="search">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label="Search passages"
        aria-expanded={showList}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={showList && ordered[active] ? optionId(ordered[active]) : undefined}
        placeholder="Search passages (Ctrl+K)"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        // Options keep the focus in the field (mousedown is prevented), so a blur means it left.
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div
          className="search-results"
          id="search-results"
          role="listbox"
          aria-label="Search results"
          aria-busy={stale ? 'true' : 'false'}
        >
          <p className="search-count" aria-live="polite">
            {error ?? describeCount(hits.length, searchable ? found.total : 0, groups.length)}
          </p>
          {groups.map((group) => (
            <div
              role="group"
              aria-label={group.hits[0]?.sourceTitle}
              key={group.sourceId}
              className="search-group"
            >
              <div className="search-group-title" aria-hidden="true">
                {group.hits[0]?.sourceTitle}
              </div>
              {group.hits.map((hit) => {
                const snippet = snippetAround(hit.text, hit.marks);
                const isActive = ordered[active] === hit;
                return (
                  <div
                    key={optionId(hit)}
                    id={optionId(hit)}
                    role="option"
                    aria-selected={isActive}
                    className={isActive ? 'search-hit is-active' : 'search-hit'}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(hit)}
                  >
                    {hit.field !== 'passage' && (
                      <span className="hit-field">{FIELD_LABELS[hit.field]}</span>
                    )}
                    <MarkedText text={snippet.text} marks={snippet.marks} />
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
