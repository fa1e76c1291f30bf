import type { TFunction } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SourceSummary, ThemeView } from '../../../shared/api/types';
import { groupHitsBySource } from '../../../shared/search/groupHits';
import { useApi } from '../api/ApiContext';
import { SearchResultList } from './SearchResultList';
import { NO_FILTERS, SearchFilters, type FilterChoice } from './SearchFilters';
import { takeTypedFilters } from './typedFilters';
import { useDismissable } from './useDismissable';
import './search.css';

const DEBOUNCE_MS = 120;

function describeCount(t: TFunction, shown: number, total: number, sources: number): string {
  if (total === 0) return t('No matches');
  const inSources = t('in {{count}} sources', { count: sources });
  return total > shown
    ? t('Best {{shown}} of {{count}} matches {{where}}', { shown, count: total, where: inSources })
    : t('{{count}} matches {{where}}', { count: total, where: inSources });
}

interface Props {
  sources: SourceSummary[];
  themes: ThemeView[];
  onOpen: (hit: SearchHit) => void;
  /** The view the window shows: when it changes, the list closes. */
  closeKey: string;
}

export function SearchPanel({ sources, themes, onOpen, closeKey }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const inputRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<FilterChoice>(NO_FILTERS);
  const sourceTypes = () => [...new Set(sources.map((s) => s.type))];
  // A filter typed before the library's themes had arrived ("theme:casualties " on a slow
  // start) becomes its chip once they do, as it would have at once.
  const [knownThemes, setKnownThemes] = useState(themes);
  if (knownThemes !== themes) {
    setKnownThemes(themes);
    const typed = takeTypedFilters(query, filters, themes, sourceTypes());
    if (typed.query !== query) {
      setQuery(typed.query);
      setFilters(typed.filters);
    }
  }
  const request = useMemo(
    () => ({
      query,
      limit: 50,
      filters: {
        ...(filters.theme ? { theme: [filters.theme] } : {}),
        ...(filters.source ? { source: [filters.source] } : {}),
        ...(filters.type ? { type: [filters.type] } : {}),
        ...(filters.date ? { date: [filters.date] } : {}),
      },
    }),
    [query, filters],
  );
  // Results remember their request: while a newer one is on its way they are stale.
  const [found, setFound] = useState<{ request: object; hits: SearchHit[]; total: number }>({
    request: {},
    hits: [],
    total: 0,
  });
  // A chosen filter is a search of its own: it lists what it selects, with or without words.
  const filtered = Boolean(filters.theme || filters.source || filters.type || filters.date);
  const searchable = query.trim().length >= 2 || filtered;
  const hits = useMemo(() => (searchable ? found.hits : []), [searchable, found]);
  const stale = found.request !== request;
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const close = useCallback(() => setOpen(false), []);
  useDismissable(open, close, panelRef, closeKey);
  // A filter's chip removed with its own × takes the focus with it: the focus goes back to the
  // field, never to the page, where no key would reach the list.
  const changeFilters = (next: FilterChoice) => {
    setFilters(next);
    requestAnimationFrame(() => {
      if (document.activeElement === document.body) inputRef.current?.focus();
    });
  };

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
      const result = await api.search(request);
      if (!current) return;
      if (result.ok) {
        setFound({ request, ...result.value });
        setError(null);
      } else setError(result.error.message);
      setActive(0);
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, request, searchable]);

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
        void api.search({ ...request, limit: 1 }).then((r) => r.ok && choose(r.value.hits[0]));
    } else if (event.key === 'Escape') {
      // A search field clears itself on Escape and the change would reopen the list: Escape
      // closes the list first, and clears the words only when the list is already closed.
      event.preventDefault();
      if (open) setOpen(false);
      else setQuery('');
    }
  };

  // Open as soon as the field is: the filter chips are there before any word is typed.
  const showList = open;
  const optionId = (hit: SearchHit) => `hit-${ordered.indexOf(hit)}`;

  return (
    <div
      ref={panelRef}
      className="search"
      role="search"
      // Options keep the focus in the field (mousedown is prevented) and the filters are inside:
      // focus leaving the whole search closes the list.
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={t('Search passages')}
        aria-expanded={showList}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={showList && ordered[active] ? optionId(ordered[active]) : undefined}
        placeholder={t('Search (Ctrl+K)')}
        value={query}
        onChange={(e) => {
          const typed = takeTypedFilters(e.target.value, filters, themes, sourceTypes());
          setQuery(typed.query);
          if (typed.filters !== filters) setFilters(typed.filters);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="search-results">
          <SearchFilters
            sources={sources}
            themes={themes}
            value={filters}
            onChange={changeFilters}
          />
          <p className="search-count" aria-live="polite">
            {error ??
              (searchable
                ? describeCount(t, hits.length, found.total, groups.length)
                : t('Type a word or a name, or choose a filter to list what it holds.'))}
          </p>
          <SearchResultList
            id="search-results"
            groups={groups}
            active={ordered[active]}
            optionId={optionId}
            busy={searchable && stale}
            onChoose={choose}
          />
        </div>
      )}
    </div>
  );
}
