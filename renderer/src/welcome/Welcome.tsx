import type { ReactNode } from 'react';

export function Welcome({ onImport, codebook }: { onImport: () => void; codebook?: ReactNode }) {
  return (
    <main className="pane reader welcome" aria-label="Reader">
      <div className="welcome-card">
        <h1>Welcome to Dossier</h1>
        <p>
          Bring in the articles you are researching. Dossier keeps them offline, splits them into
          passages, and finds any of them again, however a name is spelled.
        </p>
        <button type="button" className="primary" onClick={onImport}>
          Import files…
        </button>
        <div className="drop-zone" role="region" aria-label="Drop files here to import">
          or drop files anywhere in this window, or paste a page copied in your browser (Ctrl+V)
        </div>
        {codebook}
      </div>
    </main>
  );
}
