import { useTranslation } from 'react-i18next';
import type { BriefDefinition } from '../../../shared/model/brief';

interface Props {
  saved: BriefDefinition[];
  savedId: string | null;
  onLoad: (brief: BriefDefinition) => void;
  /** "A new brief": what is ticked stays as its start, and saving then makes another. */
  onNew: () => void;
}

/** The briefs saved in the library, to make again after more tagging. */
export function SavedBriefs({ saved, savedId, onLoad, onNew }: Props) {
  const { t } = useTranslation();
  if (!saved.length) return null;
  return (
    <label>
      {t('Saved briefs')}{' '}
      <select
        value={savedId ?? ''}
        onChange={(e) => {
          const found = saved.find((b) => b.id === e.target.value);
          if (found) onLoad(found);
          else onNew();
        }}
      >
        <option value="">{t('A new brief')}</option>
        {saved.map((b) => (
          <option key={b.id} value={b.id}>
            {b.title}
          </option>
        ))}
      </select>
    </label>
  );
}
