import { Trans, useTranslation } from 'react-i18next';
import { keyUseText } from '../i18n/wordingText';
import { useState } from 'react';
import type { SourceDetail } from '../../../shared/api/types';
import { useApi } from '../api/ApiContext';

/**
 * A key that no longer matches its source's details: it stayed because it was used, the writer
 * gave it, or the library is shared. The writer may refresh it, told first where the old key was used, since
 * whatever holds it (a .bib file, a draft) must then be updated too.
 */
export function KeyRefresh({ source }: { source: SourceDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const [failure, setFailure] = useState<string | null>(null);
  const state = source.keyState;
  const key = source.metadata['citation-key'];
  if (!state?.fresh || typeof key !== 'string') return null;
  return (
    <div className="key-refresh" role="group" aria-label={t('Citation key')}>
      <p>
        {state.uses.length > 0 ? (
          <Trans
            i18nKey="The details now make the key <0>{{fresh}}</0>; this source keeps <1>{{key}}</1>, because it was used:"
            values={{ fresh: state.fresh, key }}
            components={[<code />, <code />]}
          />
        ) : (
          <Trans
            i18nKey="The details now make the key <0>{{fresh}}</0>; this source keeps <1>{{key}}</1>, which stays until you refresh it."
            values={{ fresh: state.fresh, key }}
            components={[<code />, <code />]}
          />
        )}
      </p>
      {state.uses.length > 0 && (
        <ul>
          {state.uses.map((use) => (
            <li key={use}>{keyUseText(use)}</li>
          ))}
        </ul>
      )}
      {state.uses.length > 0 && (
        <p className="muted">{t('Refreshing it breaks those until they use the new key.')}</p>
      )}
      <button
        type="button"
        onClick={() =>
          void api
            .refreshCitationKey({ sourceId: source.id })
            .then((r) => setFailure(r.ok ? null : r.error.message))
        }
      >
        {t('Refresh key')}
      </button>
      {failure && <p role="alert">{failure}</p>}
    </div>
  );
}
