import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';

interface Alias {
  from: string;
  to: string;
}

/** The writer's own names search treats as one ("Salisbury" searched as "Harare"). */
export function NameAliasEditor({
  aliases,
  onSave,
}: {
  aliases: Alias[];
  onSave: (aliases: Alias[]) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSave([...aliases, { from: from.trim(), to: to.trim() }])) {
      setFrom('');
      setTo('');
    }
  };
  return (
    <div className="alias-editor">
      <h3>{t('Your own names')}</h3>
      {aliases.length ? (
        <ul className="alias-list">
          {aliases.map((alias) => (
            <li key={alias.from}>
              <span>{t('{{from}} is searched as {{to}}', { from: alias.from, to: alias.to })}</span>
              <button
                type="button"
                onClick={() => void onSave(aliases.filter((a) => a !== alias))}
                aria-label={t('Stop searching {{from}} as {{to}}', {
                  from: alias.from,
                  to: alias.to,
                })}
              >
                {t('Remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          {t('None yet. Add the spellings no rule explains, such as an old name of a city.')}
        </p>
      )}
      <form className="alias-form" onSubmit={(e) => void add(e)}>
        <label>
          {t('Search')}
          <input
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            placeholder={t('Salisbury')}
            required
          />
        </label>
        <label>
          {t('as')}
          <input
            value={to}
            onChange={(e) => setTo(e.target.value)}
            placeholder={t('Harare')}
            required
          />
        </label>
        <button type="submit">{t('Add name')}</button>
      </form>
    </div>
  );
}
