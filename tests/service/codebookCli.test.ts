// The codebook edited from the command line: add, rename, move, merge and remove a theme, each
// by its id or its name, and a theme that tags highlights never removed without --force.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossier } from '../helpers/runDossier';
import { tempDir } from '../helpers/tempLibrary';

interface Listed {
  id: string;
  name: string;
  parentId: string | null;
  color: string;
  description: string;
  cues: string[];
  highlightCount: number;
}

async function themes(lib: string): Promise<Listed[]> {
  return JSON.parse((await dossier(['themes', '--json', '--library', lib])).out) as Listed[];
}

describe('dossier codebook add|rename|move|merge|remove', () => {
  it('edits the codebook as the Themes tab does', async () => {
    const lib = await tempDir();
    const text = 'Rent strike\n\nTenants refused to pay rent for a third month.\n';
    const file = join(await tempDir(), 'tenants.txt');
    await writeFile(file, text);
    expect((await dossier(['import', file, '--library', lib])).code).toBe(0);
    expect((await dossier(['codebook', 'start', 'empty', '--library', lib])).code).toBe(0);

    const add = (...a: string[]) => dossier(['codebook', 'add', ...a, '--library', lib]);
    expect((await add('Housing', '--color', '#336699', '--cues', 'rent, eviction')).code).toBe(0);
    expect(
      (await add('Rent strikes', '--parent', 'housing', '--description', 'Refusing rent')).code,
    ).toBe(0);
    let listed = await themes(lib);
    const housing = listed.find((t) => t.name === 'Housing')!;
    expect(housing).toMatchObject({ color: '#336699', cues: ['rent', 'eviction'], parentId: null });
    expect(listed.find((t) => t.name === 'Rent strikes')).toMatchObject({
      parentId: housing.id,
      description: 'Refusing rent',
    });

    const rename = await dossier([
      'codebook',
      'rename',
      'rent strikes',
      'Tenant strikes',
      '--library',
      lib,
    ]);
    expect(rename.out.trim()).toBe('renamed theme Rent strikes to Tenant strikes');
    const moved = await dossier(['codebook', 'move', 'Tenant strikes', '--top', '--library', lib]);
    expect(moved.out.trim()).toBe('moved theme Tenant strikes to the top');
    listed = await themes(lib);
    expect(listed.find((t) => t.name === 'Tenant strikes')?.parentId).toBeNull();

    // Tagged, it is not removed without --force; merged, its highlight keeps a theme.
    const tag = await dossier([
      'tag',
      (
        JSON.parse((await dossier(['list', '--json', '--library', lib])).out) as { id: string }[]
      )[0]!.id,
      '--quote',
      'refused to pay rent',
      '--theme',
      'Tenant strikes',
      '--library',
      lib,
    ]);
    expect(tag.code).toBe(0);
    const refused = await dossier(['codebook', 'remove', 'Tenant strikes', '--library', lib]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Tenant strikes tags 1 highlight');
    expect((await themes(lib)).map((t) => t.name).sort()).toEqual(['Housing', 'Tenant strikes']);
    const merged = await dossier([
      'codebook',
      'merge',
      'Tenant strikes',
      'Housing',
      '--library',
      lib,
    ]);
    expect(merged.code).toBe(0);
    listed = await themes(lib);
    expect(listed.map((t) => [t.name, t.highlightCount])).toEqual([['Housing', 1]]);

    // Forced, the theme goes, and the highlight it alone tagged with it.
    expect(
      (await dossier(['codebook', 'remove', 'housing', '--force', '--library', lib])).code,
    ).toBe(0);
    expect(await themes(lib)).toEqual([]);
    const unknown = await dossier(['codebook', 'rename', 'nothing', 'x', '--library', lib]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No theme named “nothing”');
  });
});
