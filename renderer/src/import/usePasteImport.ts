import { i18n } from '../i18n/i18n';
import { useCallback, useEffect } from 'react';
import { typingIn } from '../common/typingTarget';
import { clipboardFile, type ClipboardContent } from './clipboardPage';

/** Chromium's read of the clipboard's markup as copied, which the DOM types do not know yet. */
type UnsanitisedRead = Clipboard & {
  read(options: { unsanitized: string[] }): Promise<ClipboardItems>;
};

/**
 * Ctrl/Cmd+V anywhere but a field imports what the clipboard holds: files copied in a file
 * manager, else a copied page's markup, else its text. `pasteNow` does the same for the Paste
 * button, where the browser lets the page read the clipboard.
 */
export function usePasteImport(
  importFiles: (files: File[]) => unknown,
  onRefused: (message: string) => void,
) {
  const take = useCallback(
    (content: ClipboardContent) => {
      const pick = clipboardFile(content, new Date());
      if ('refused' in pick) onRefused(pick.refused);
      else void importFiles([pick.file]);
    },
    [importFiles, onRefused],
  );

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (typingIn(e.target) || !e.clipboardData) return;
      e.preventDefault();
      const files = Array.from(e.clipboardData.files);
      if (files.length) return void importFiles(files);
      take({
        html: e.clipboardData.getData('text/html') || null,
        text: e.clipboardData.getData('text/plain') || null,
      });
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [importFiles, take]);

  const pasteNow = useCallback(async () => {
    let items: ClipboardItems;
    try {
      // Unsanitised, the markup is the page's as copied; sanitised, Chromium returns nothing
      // for many real pages.
      items = await (navigator.clipboard as UnsanitisedRead).read({ unsanitized: ['text/html'] });
    } catch {
      return onRefused(
        i18n.t(
          'Dossier may not read the clipboard from this button here: press Ctrl+V (Cmd+V) in the window instead.',
        ),
      );
    }
    const flavour = async (type: string) => {
      const item = items.find((i) => i.types.includes(type));
      return item ? (await item.getType(type)).text() : null;
    };
    take({ html: await flavour('text/html'), text: await flavour('text/plain') });
  }, [onRefused, take]);

  return { pasteNow, take };
}
