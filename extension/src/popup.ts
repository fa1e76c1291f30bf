import type { Choices } from './dossierClient';
import type { SaveAnswer } from './messages';
import { sourceLink } from '../../shared/capture/deepLink';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
const ask = <T>(message: unknown) => chrome.runtime.sendMessage<T & { error?: string }>(message);

/** The tab to save: the one named in the address (?tab=N), else the window's active tab. */
async function targetTab(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function said(answer: SaveAnswer | { error?: string }): string {
  if ('error' in answer && answer.error) return answer.error;
  if (!('status' in answer)) return '';
  if (answer.status === 'queued')
    return `Dossier is not running: saved here, ${answer.waiting} waiting, sent when it starts.`;
  if (answer.status === 'exists') return `Already in Dossier as “${answer.title}”.`;
  const tagged = answer.highlighted ? ', the selection tagged' : '';
  const notes = answer.warnings.length ? ` (${answer.warnings.join('; ')})` : '';
  return `${answer.status === 'updated' ? 'Updated' : 'Saved'} “${answer.title}”${tagged}.${notes}`;
}

/** "Open in Dossier" once the page is in the library: the system hands the link to Dossier. */
function offerOpen(answer: SaveAnswer | { error?: string }) {
  const open = $<HTMLAnchorElement>('open');
  if (!('sourceId' in answer)) return;
  open.href = sourceLink(answer.sourceId);
  open.hidden = false;
}

async function showSave(tabId: number) {
  const form = $<HTMLFormElement>('save');
  const preview = await ask<{
    details: { title: string; authors: string[]; date: string; site: string };
    existing: { title: string } | null;
    selection: string | null;
  }>({ type: 'preview', tabId });
  if (preview.error) {
    status.textContent = preview.error;
    return;
  }
  $<HTMLInputElement>('title').value = preview.details.title;
  $<HTMLTextAreaElement>('authors').value = preview.details.authors.join('\n');
  $<HTMLInputElement>('date').value = preview.details.date;
  $<HTMLInputElement>('site').value = preview.details.site;
  const choices = await ask<Choices>({ type: 'choices' });
  for (const c of choices.collections ?? []) $('collection').append(new Option(c.name, c.id));
  if (preview.selection) {
    $('themes').hidden = false;
    $('selection').textContent = `“${preview.selection}”`;
    for (const theme of choices.themes ?? []) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = theme.id;
      box.name = 'theme';
      box.style.width = 'auto';
      label.append(box, ` ${theme.name}`);
      $('themes').append(label);
    }
  }
  if (preview.existing) {
    $('existing').hidden = false;
    $('existing').textContent = `Dossier has this page already: “${preview.existing.title}”.`;
    $('save-new').hidden = true;
    $('update').hidden = false;
    $('keep-both').hidden = false;
  }
  status.textContent = 'As Dossier reads the page:';
  form.hidden = false;
  const save = async (onExisting: 'ask' | 'update' | 'keep-both') => {
    const date = $<HTMLInputElement>('date').value.trim();
    const answer = await ask<SaveAnswer>({
      type: 'save',
      tabId,
      onExisting,
      details: {
        title: $<HTMLInputElement>('title').value,
        authors: $<HTMLTextAreaElement>('authors')
          .value.split('\n')
          .filter((a) => a.trim()),
        ...(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date) ? { date } : {}),
        site: $<HTMLInputElement>('site').value,
      },
      themeIds: Array.from(
        document.querySelectorAll<HTMLInputElement>('input[name="theme"]:checked'),
        (b) => b.value,
      ),
      ...($<HTMLSelectElement>('collection').value
        ? { collectionId: $<HTMLSelectElement>('collection').value }
        : {}),
    });
    status.textContent = said(answer);
    form.hidden = 'status' in answer && answer.status !== 'exists' ? true : form.hidden;
    offerOpen(answer);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void save('ask');
  });
  $('update').addEventListener('click', () => void save('update'));
  $('keep-both').addEventListener('click', () => void save('keep-both'));
}

// An extension page cannot navigate to another app's scheme itself; a tab handed the link can.
$<HTMLAnchorElement>('open').addEventListener('click', (event) => {
  event.preventDefault();
  void chrome.tabs.create({ url: $<HTMLAnchorElement>('open').href });
});

async function start() {
  const tabId = await targetTab();
  const state = await ask<{ running: boolean; paired: boolean; waiting: number }>({
    type: 'status',
  });
  const waiting = state.waiting ? ` ${state.waiting} saved here wait for it.` : '';
  if (!state.running && state.paired) {
    status.textContent = `Dossier is not running.${waiting} Save anyway: it is sent when Dossier starts.`;
    if (tabId !== null) {
      $('save').hidden = false;
      $('save').addEventListener('submit', (e) => {
        e.preventDefault();
        void ask<SaveAnswer>({ type: 'save', tabId }).then((a) => (status.textContent = said(a)));
      });
    }
    return;
  }
  if (!state.running) {
    status.textContent = 'Dossier is not running: start it, then pair this browser.';
    return;
  }
  if (!state.paired) {
    status.textContent = 'Pair this browser with Dossier first.';
    const form = $<HTMLFormElement>('pair');
    form.hidden = false;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void ask<{ paired?: boolean }>({
        type: 'pair',
        code: $<HTMLInputElement>('code').value,
      }).then((answer) => {
        if (answer.error) status.textContent = answer.error;
        else location.reload();
      });
    });
    return;
  }
  if (state.waiting) void ask({ type: 'flush' });
  if (tabId === null) status.textContent = 'There is no page to save here.';
  else await showSave(tabId);
}

void start();
