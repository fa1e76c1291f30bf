// A REFI-QDA project two coders coded: who coded what is kept, and their agreement measured.
import { describe, expect, it } from 'vitest';
import { ok, upload } from '../helpers/apiCalls';
import { twoCoderProject } from '../helpers/twoCoderProject';
import { openArchive, tempDir } from '../helpers/tempLibrary';

describe('a project two coders coded', () => {
  it('keeps who coded what, names the coders as writers, and measures their agreement', async () => {
    const { bytes, paragraphs } = await twoCoderProject();
    const dir = await tempDir();
    const archive = await openArchive(dir);
    const report = ok(await archive.api.importProject(upload('team.qdpx', bytes)));
    expect(report.highlightsAdded).toBe(4);
    expect(report.coders.map((c) => c.name).sort()).toEqual(['Ana', 'Ben']);
    // Not a shared library, but its writers are named for the highlights they signed.
    const status = ok(await archive.api.syncStatus({}));
    expect(status.shared).toBe(false);
    expect(Object.values(status.writers).sort()).toEqual(['Ana', 'Ben']);
    const view = ok(await archive.api.agreement({}));
    expect(view.writers.map((w) => [w.name, w.highlights]).sort()).toEqual([
      ['Ana', 2],
      ['Ben', 2],
    ]);
    const [pay] = view.themes;
    // Four paragraphs, agreeing on two: 50 %, and as often as chance would, so κ = 0.
    expect(pay).toMatchObject({ name: 'Pay', units: 4, percent: 50 });
    expect(pay!.kappa).toBeCloseTo(0, 10);
    expect(pay!.disagreements.map((d) => [d.text, d.by]).sort()).toEqual(
      [
        [paragraphs[1], 'Ana'],
        [paragraphs[2], 'Ben'],
      ].sort(),
    );
    // Imported again, nothing is added twice.
    const again = ok(await archive.api.importProject(upload('team.qdpx', bytes)));
    expect([again.highlightsAdded, again.highlightsExisting]).toEqual([0, 4]);
    await archive.close();
  });
});
