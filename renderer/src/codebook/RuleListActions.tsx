import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The buttons under one of the writer's rule lists: its own (save, add…), then a way back to
 * Dossier's own list, offered only while the library has a list of its own.
 */
export function RuleListActions({
  own,
  onReset,
  children,
}: {
  own: boolean;
  onReset: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="outcome-actions">
      {children}
      {own && (
        <button type="button" onClick={onReset}>
          {t('Use Dossier’s own')}
        </button>
      )}
    </div>
  );
}
