import { describe, expect, it } from 'vitest';
import { CaptureClients } from '../../electron/main/capture/captureClients';
import { libraryFiles } from '../../electron/main/library/libraryPaths';
import { dossier } from '../helpers/runDossier';
import { ok } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';

describe('dossier capture', () => {
  it('gives a code the running Dossier pairs with, lists the browser, and revokes it', async () => {
    const lib = await tempDir();
    const made = await dossier(['capture', 'pair', '--json', '--library', lib]);
    expect(made.code).toBe(0);
    const { code } = JSON.parse(made.out) as { code: string };
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    // What the endpoint of a running Dossier does with the code the extension sends.
    const clients = new CaptureClients(libraryFiles(lib).capture);
    const paired = await clients.pair(code.toLowerCase(), 'Firefox on the laptop');
    expect(paired).not.toBeNull();
    // A code pairs once.
    expect(await clients.pair(code, 'someone else')).toBeNull();

    const listed = await dossier(['capture', 'browsers', '--library', lib]);
    expect(listed.out).toContain('Firefox on the laptop');
    const revoked = await dossier(['capture', 'revoke', paired!.client.id, '--library', lib]);
    expect(revoked.code).toBe(0);
    expect(await clients.check(paired!.token)).toBeNull();
    const again = await dossier(['capture', 'revoke', paired!.client.id, '--library', lib]);
    expect(again.code).not.toBe(0);
    expect(again.err).toMatch(/No paired browser has the id/);
  });

  it('pairs, lists and revokes through the window’s operations alike', async () => {
    const lib = await tempDir();
    const archive = await openArchive(lib);
    const { code } = ok(await archive.api.pairBrowser({}));
    const clients = new CaptureClients(libraryFiles(lib).capture);
    const paired = await clients.pair(code, 'Chromium');
    expect(ok(await archive.api.captureBrowsers({}))).toEqual({
      browsers: [{ id: paired!.client.id, name: 'Chromium', pairedAt: paired!.client.pairedAt }],
      pairingUntil: null,
    });
    ok(await archive.api.revokeBrowser({ id: paired!.client.id }));
    expect(await clients.check(paired!.token)).toBeNull();
    const again = await archive.api.revokeBrowser({ id: paired!.client.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
