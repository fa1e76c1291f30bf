import { describe, expect, it } from 'vitest';
import {
  deepLinkIn,
  openHash,
  readDeepLink,
  sourceInHash,
  sourceLink,
} from '../../../../shared/capture/deepLink';

describe('links that open Dossier on a source', () => {
  it('make and read dossier://source/ID', () => {
    const link = sourceLink('s3d05c770a1ec');
    expect(link).toBe('dossier://source/s3d05c770a1ec');
    expect(readDeepLink(link)).toEqual({ kind: 'source', sourceId: 's3d05c770a1ec' });
    expect(readDeepLink('DOSSIER://source/s1/')).toEqual({ kind: 'source', sourceId: 's1' });
  });

  it.each([
    'dossier://delete/s1',
    'dossier://source/../library.json',
    'dossier://source/s1?then=delete',
    'dossier://source/s1#x',
    'dossier://source/',
    'dossier://source/a%2Fb',
    'https://example.org/source/s1',
    'javascript:alert(1)',
    `dossier://source/${'a'.repeat(300)}`,
  ])('ignore %s', (value) => {
    expect(readDeepLink(value)).toBeNull();
  });

  it('find the link among a second launch’s arguments, as Windows and Linux pass it', () => {
    expect(deepLinkIn(['/usr/bin/dossier', '--flag', 'dossier://source/s9'])).toEqual({
      kind: 'source',
      sourceId: 's9',
    });
    expect(deepLinkIn(['/usr/bin/dossier', 'notes.txt'])).toBeNull();
  });

  it('carry the source to a window that is starting in its address hash', () => {
    expect(sourceInHash(`#${openHash({ kind: 'source', sourceId: 's9' })}`)).toBe('s9');
    expect(sourceInHash('#source=../x')).toBeNull();
    expect(sourceInHash('#token=ab12&source=s9')).toBe('s9');
    expect(sourceInHash('')).toBeNull();
  });
});
