import { useTranslation } from 'react-i18next';
import { useRef } from 'react';

/** What the window can import: the import formats' file kinds, for the file chooser's filter. */
// .csv for Readwise's export of highlights, .zip for Omnivore's; Kindle's clippings are .txt and
// Hypothesis's .json.
const ACCEPTED =
  '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,.docx,.epub,.json,.bib,.ris,.qdpx,.csv,.zip';

/**
 * The window's file and folder choosers: hidden inputs the Import buttons open, each handing
 * what the writer chose to the import, then cleared so the same file can be chosen again.
 */
export function useFilePickers(importFiles: (files: File[], folder?: boolean) => unknown) {
  const fileInput = useRef<HTMLInputElement>(null);
  const { t } = useTranslation();
  const folderInput = useRef<HTMLInputElement>(null);
  const inputs = (
    <>
      <input
        ref={(el) => {
          folderInput.current = el;
          // Not in React's attribute types; Chromium (and so Electron) picks a whole folder.
          el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        hidden
        aria-label={t('Choose a folder to import')}
        onChange={(e) => {
          void importFiles(Array.from(e.target.files ?? []), true);
          e.target.value = '';
        }}
      />
      <input
        ref={fileInput}
        type="file"
        multiple
        accept={ACCEPTED}
        hidden
        aria-label={t('Choose files to import')}
        onChange={(e) => {
          void importFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
    </>
  );
  return {
    pickFiles: () => fileInput.current?.click(),
    pickFolder: () => folderInput.current?.click(),
    inputs,
  };
}
