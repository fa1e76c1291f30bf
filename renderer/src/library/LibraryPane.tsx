import { useMemo, useState } from 'react';
import type { SourceSummary } from '../../../shared/api/types';
import { sortSources, type SourceOrder } from './sortSources';

interface Props {
  sources: SourceSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function LibraryPane({ sources, selectedId, onSelect }: Props) {
  const [order, setOrder] = useState<SourceOrder>('title');
  const sorted = useMemo(() => sortSources(sources, order), [sources, order]);

  return (
    <nav className="pane library" aria-label="Library">
      <header className="pane-header">
        <h2>Library</h2>
        <span className="count">{sources.length}</span>
      </header>
      <label className="sort">
        Sort by{' '}
        <select value={order} onChange={(e) => setOrder(e.target.value as SourceOrder)}>
          <option value="title">Title</option>
          <option value="imported">Newest import</option>
          <option value="passages">Most passages</option>
        </select>
      </label>
      <ul className="source-list" aria-label="Sources">
        {sorted.map((source) => (
          <li key={source.id}>
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
    </nav>
  );
}
