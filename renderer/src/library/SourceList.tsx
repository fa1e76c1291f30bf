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
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });

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
        aria-label="Sources"
        style={{ height: sources.length * ROW_HEIGHT }}
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
              aria-current={source.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(source.id)}
            >
              <span className="source-title">{source.title}</span>
              <span className="source-meta">
                {source.passageCount} passage{source.passageCount === 1 ? '' : 's'} · {source.file}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
