import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
import type { SourceSummary } from '../../../shared/api/types';

const ROW_HEIGHT = 58;
const OVERSCAN = 8;

interface Props {
  sources: SourceSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The sources, drawn only where the list is scrolled to: a library of 10,000 sources paints as
 * fast as one of ten.
 */
export function SourceList({ sources, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  // Roving focus: one source is in the Tab order (the open one, else the first); arrow keys
  // move to the next and open it, as in Zotero's item list.
  const selectedIndex = sources.findIndex((s) => s.id === selectedId);
  const current = selectedIndex === -1 ? 0 : selectedIndex;
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    scroller.current
      ?.querySelector<HTMLButtonElement>(`[data-index="${focusIndex}"]`)
      ?.focus({ preventScroll: true });
  });

  const moveTo = (index: number) => {
    const el = scroller.current;
    const next = Math.max(0, Math.min(sources.length - 1, index));
    if (!el || !sources[next]) return;
    const top = next * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    setView({ top: el.scrollTop, height: el.clientHeight || 800 });
    setFocusIndex(next);
    onSelect(sources[next]!.id);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const page = Math.max(1, Math.floor(view.height / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: sources.length - 1,
    };
    if (!(e.key in moves) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    moveTo(moves[e.key]!);
  };

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight || 800 });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(
    sources.length,
    Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN,
  );

  return (
    <div
      className="source-scroll"
      ref={scroller}
      onScroll={(e) =>
        setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })
      }
    >
      <ul
        className="source-list"
        aria-label={t('Sources')}
        style={{ height: sources.length * ROW_HEIGHT }}
        onKeyDown={onKeyDown}
        onBlur={() => setFocusIndex(null)}
      >
        {sources.slice(first, last).map((source, i) => (
          <li
            key={source.id}
            style={{ top: (first + i) * ROW_HEIGHT, height: ROW_HEIGHT }}
            aria-setsize={sources.length}
            aria-posinset={first + i + 1}
          >
            <button
              type="button"
              className="source-item"
              data-index={first + i}
              tabIndex={first + i === current ? 0 : -1}
              aria-current={source.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(source.id)}
            >
              <span className="source-title">{source.title}</span>
              <span className="source-meta">
                {t('{{count}} passages', { count: source.passageCount })} · {source.file}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
