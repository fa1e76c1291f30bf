// A change set carries what it changed of highlights (issue 29: tagging costs one round trip,
// undo redraws as fast as a tag): each touched source's list and the theme counts, as the
// service's own reads give them.
import { describe, expect, it, vi } from 'vitest';
import type { ServiceEvent } from '../../shared/api/serviceEvents';
import { readServiceEvent } from '../../shared/api/serviceEvents';
import { EventHub } from '../../electron/main/archive/eventHub';
import { ok, upload } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { tagQuote } from '../helpers/tagQuote';

type LibraryEvent = Extract<ServiceEvent, { kind: 'library' }>;

function libraryEvents(archive: { events: EventHub }) {
  const list: LibraryEvent[] = [];
  archive.events.subscribe((e) => {
    if (e.kind === 'library') list.push(e);
  });
  return list;
}

describe('highlights sent with the change that made them', () => {
  it('sends the tagged source’s list and the counts, equal to what reading them gives', async () => {
    const archive = await openArchive(await tempDir());
    const imported = ok(
      await archive.api.importFiles({
        files: [
          upload('depot.txt', 'Tram depot\n\nDrivers walked out at noon.\n\nIt stayed shut.'),
        ],
      }),
    );
    const source = imported.results[0]!;
    if (source.status !== 'imported') throw new Error('not imported');
    const id = source.source.id;
    const events = libraryEvents(archive);

    await tagQuote(archive.api, id, 'walked out', 'labour');
    await expect.poll(() => events.filter((e) => e.changes.highlights).length).toBe(1);
    const tagged = events.find((e) => e.changes.highlights)!;
    // What the window would have read with two more round trips.
    expect(tagged.entities?.highlights).toEqual([
      { sourceId: id, list: ok(await archive.api.listHighlights({ sourceId: id })) },
    ]);
    expect(tagged.entities?.highlights[0]?.list.map((h) => h.quote)).toEqual(['walked out']);
    const counts = Object.fromEntries(
      ok(await archive.api.listThemes({})).map((t) => [t.id, t.highlightCount]),
    );
    expect(Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0))).toEqual({
      labour: 1,
    });
    for (const [theme, n] of Object.entries(tagged.entities!.themeCounts))
      expect(n).toBe(counts[theme] ?? 0);
    // It crosses a transport as any event does: the window's check lets it through whole.
    expect(readServiceEvent(JSON.parse(JSON.stringify(tagged)))).toEqual(tagged);

    // Undo sends the list without the highlight: the window draws it gone without a read.
    ok(await archive.api.undo({}));
    await expect.poll(() => events.filter((e) => e.changes.highlights).length).toBe(2);
    const undone = events.filter((e) => e.changes.highlights)[1]!;
    expect(undone.entities?.highlights).toEqual([{ sourceId: id, list: [] }]);
    expect(undone.entities?.themeCounts.labour ?? 0).toBe(0);

    // A change of the source's own record is named for reading again, and sends no list.
    ok(await archive.api.setSourceNote({ sourceId: id, note: 'Read again.' }));
    await expect.poll(() => events.length).toBe(3);
    expect(events[2]!.changes.detailIds).toEqual([id]);
    expect(events[2]!.entities).toBeUndefined();
    await archive.close();
  });

  it('puts nothing together for a change set nobody listens to (a command-line run)', async () => {
    const archive = await openArchive(await tempDir());
    ok(await archive.api.importFiles({ files: [upload('a.txt', 'Alpha\n\nDockers struck.')] }));
    const source = ok(await archive.api.listSources({}))[0]!;
    const putTogether = vi.spyOn(archive.events, 'emitWhenReady');
    await tagQuote(archive.api, source.id, 'Dockers', 'labour');
    expect(putTogether).not.toHaveBeenCalled();
    // A window listening: the next tag's set is sent with its highlights.
    const heard: ServiceEvent[] = [];
    const stop = archive.events.subscribe((e) => heard.push(e));
    await tagQuote(archive.api, source.id, 'struck', 'labour');
    expect(putTogether).toHaveBeenCalledTimes(1);
    await expect.poll(() => heard.some((e) => e.kind === 'library' && e.entities)).toBe(true);
    stop();
    putTogether.mockRestore();
    await archive.close();
  });

  it('tells events in the order they happened, also while one is being put together', async () => {
    const hub = new EventHub();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const told: string[] = [];
    hub.subscribe((e) => told.push(e.kind === 'open' ? e.sourceId : e.kind));
    let ready: (e: ServiceEvent) => void = () => {};
    hub.emitWhenReady(new Promise((resolve) => (ready = resolve)));
    hub.emit({ kind: 'sync' });
    hub.emitWhenReady(Promise.reject(new Error('could not read')));
    hub.emit({ kind: 'open', sourceId: 'after' });
    expect(told).toEqual([]);
    ready({ kind: 'capture' });
    await expect.poll(() => told.length).toBe(3);
    // The one that could not be put together is left out; none is told out of turn.
    expect(told).toEqual(['capture', 'sync', 'after']);
    expect(logged).toHaveBeenCalledWith(
      '[dossier] an event could not be put together:',
      expect.any(Error),
    );
    logged.mockRestore();
    // With nothing waiting, an event is told at once.
    hub.emit({ kind: 'open', sourceId: 'now' });
    expect(told.at(-1)).toBe('now');
  });
});
