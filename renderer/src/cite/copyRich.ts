import { i18n } from '../i18n/i18n';
/** Puts HTML and its plain text on the clipboard, so Word keeps the italics and a plain editor gets text. */
export async function copyRich(html: string, text: string): Promise<void> {
  if ('ClipboardItem' in window && navigator.clipboard?.write) {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return;
  }
  await navigator.clipboard.writeText(text);
}

/** Runs a copy and answers what to tell the writer: `done`, or that the clipboard refused. */
export async function copyAndSay(copy: () => Promise<void>, done: string): Promise<string> {
  try {
    await copy();
    return done;
  } catch {
    return i18n.t('The clipboard refused the copy');
  }
}
