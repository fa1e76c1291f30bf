import { Trans, useTranslation } from 'react-i18next';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { useWindowEvents } from '../api/useWindowEvents';
import { momentLabel } from '../common/dateLabels';
import './capture.css';

interface Browsers {
  browsers: { id: string; name: string; pairedAt: string }[];
  pairingUntil: string | null;
}

/**
 * Pairing the "Save to Dossier" browser extension: a one-time code to type into its popup, and
 * the browsers paired with this library, each of which can be revoked.
 */
export function BrowserPairing() {
  const { t } = useTranslation();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<Browsers | null>(null);
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await api.captureBrowsers({});
    if (result.ok) setState(result.value);
    else setError(result.error.message);
  }, [api]);

  // A code the extension has used (or that ran out) is no longer shown.
  const shownCode = code && state?.pairingUntil !== null ? code : null;
  // Once the extension has used the code, the list shows the browser it paired: the service says
  // when. A code that runs out unused is taken away at its time.
  useWindowEvents((event) => {
    if (shownCode && (event.kind === 'capture' || event.kind === 'reconnected')) void load();
  });
  useEffect(() => {
    if (!shownCode) return;
    const left = Date.parse(shownCode.expiresAt) - Date.now();
    const timer = setTimeout(() => void load(), Math.max(0, left) + 100);
    return () => clearTimeout(timer);
  }, [shownCode, load]);

  const pair = async () => {
    const result = await api.pairBrowser({});
    if (!result.ok) return setError(result.error.message);
    setCode(result.value);
    await load();
  };
  const revoke = async (id: string) => {
    const result = await api.revokeBrowser({ id });
    if (!result.ok) setError(result.error.message);
    await load();
  };

  return (
    <section className="browser-pairing" aria-label={t('Browser extension')}>
      <button
        type="button"
        className="link"
        aria-expanded={open}
        onClick={() => {
          if (!open) void load();
          setOpen(!open);
        }}
      >
        {t('Save from the browser…')}
      </button>
      {open && (
        <div>
          <p className="muted">
            {t(
              'The Save to Dossier extension (in the extension folder) saves the page you read, and the selection with its themes, into this library. Nothing leaves this machine.',
            )}
          </p>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          {shownCode ? (
            <p role="status">
              <Trans
                i18nKey="Type <0>{{code}}</0> in the extension’s popup before {{time}}."
                values={{ code: shownCode.code, time: momentLabel(shownCode.expiresAt, 'time') }}
                components={[<strong className="pairing-code" />]}
              />
            </p>
          ) : (
            <button type="button" onClick={() => void pair()}>
              {t('Pair a browser')}
            </button>
          )}
          {state && (
            <ul aria-label={t('Paired browsers')}>
              {state.browsers.length === 0 && (
                <li className="muted">{t('No browser is paired yet.')}</li>
              )}
              {state.browsers.map((b) => (
                <li key={b.id}>
                  {t('{{name}}, paired {{day}}', {
                    name: b.name,
                    day: momentLabel(b.pairedAt, 'day'),
                  })}{' '}
                  <button
                    type="button"
                    className="link"
                    aria-label={t('Revoke {{name}} paired {{moment}}', {
                      name: b.name,
                      moment: momentLabel(b.pairedAt),
                    })}
                    onClick={() => void revoke(b.id)}
                  >
                    {t('Revoke')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
