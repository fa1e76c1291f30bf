import type { ReactNode } from 'react';

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
  return (
    <div className="outcome-actions">
      {children}
      {own && (
        <button type="button" onClick={onReset}>
          Use Dossier’s own
        </button>
      )}
    </div>
  );
}
