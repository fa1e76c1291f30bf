import { k } from '../i18n/catalogueKey';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api/types';
import type { HitGroup } from '../../../shared/search/groupHits';
import { snippetAround } from '../../../shared/search/snippet';
import { MarkedText } from './MarkedText';

// Catalogue keys, shown through t().
export const FIELD_LABELS: Record<SearchHit['field'], string> = {
  passage: k('Passage'),
  title: k('Title'),
  author: k('Author'),
  site: k('Site'),
  note: k('Note'),
  caption: k('Caption'),
  key: k('Citation key'),
};

interface Props {
  id: string;
  groups: HitGroup<SearchHit>[];
  active: SearchHit | undefined;
  optionId: (hit: SearchHit) => string;
  /** Results for an earlier query, while the newer one runs. */
  busy: boolean;
  onChoose: (hit: SearchHit) => void;
}

/** Hits grouped by source, a snippet of each with the matched words marked. */
export function SearchResultList({ id, groups, active, optionId, busy, onChoose }: Props) {
  const { t } = useTranslation();
  return (
    <div
      id={id}
      role="listbox"
      aria-label={t('Search results')}
      aria-busy={busy ? 'true' : 'false'}
    >
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
            const isActive = active === hit;
            return (
              <div
                key={optionId(hit)}
                id={optionId(hit)}
                role="option"
                aria-selected={isActive}
                className={isActive ? 'search-hit is-active' : 'search-hit'}
                // Keep the focus in the search field, so typing goes on after a click.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onChoose(hit)}
              >
                {hit.field !== 'passage' && (
                  <span className="hit-field">{t(FIELD_LABELS[hit.field])}</span>
                )}
                <MarkedText text={snippet.text} marks={snippet.marks} />
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
