// The endpoint the browser extension saves pages to: pairing, a capture with its selection
// tagged, the same page again, and every refusal a web page or a stranger meets.
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureClients } from '../../electron/main/capture/captureClients';
import { archiveCaptureLibrary } from '../../electron/main/capture/captureLibrary';
import { startCaptureServer } from '../../electron/main/capture/captureServer';
import { libraryFiles } from '../../electron/main/library/libraryPaths';
import { ok } from '../helpers/apiCalls';
import { repoRoot } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const page = readFileSync(join(repoRoot, 'tests/fixtures/import/saved-page.html'), 'utf8');
const URL_READ = 'https://ledger.example/2022/01/gas-prices-steppe-strikes?utm_source=feed#top';

interface Reply {
  status: number | null;
  body: unknown;
  /** The connection was closed with no answer, as a port where nothing listens. */
  dropped: boolean;
}

function call(
  port: number,
  method: string,
  path: string,
  { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  return new Promise((resolve) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        // A connection of its own each: one refused mid-body is not reused.
        agent: false,
        method,
        path,
        headers: {
          'x-dossier-capture': '1',
          origin: 'chrome-extension://abcdefghijklmnop',
          ...(data ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? null, body: JSON.parse(text), dropped: false }),
        );
      },
    );
    req.on('error', () => resolve({ status: null, body: null, dropped: true }));
    if (data) req.write(data);
    req.end();
  });
}

async function started() {
  const dir = await tempDir();
  const archive = await openArchive(dir);
  const clients = new CaptureClients(libraryFiles(dir).capture);
  const server = await startCaptureServer({
    library: archiveCaptureLibrary(archive),
    clients,
    ports: [0],
  });
  const { code } = await clients.startPairing();
  const paired = await call(server.port, 'POST', '/pair', { body: { code, client: 'Chromium' } });
  const { token, clientId } = paired.body as { token: string; clientId: string };
  const auth = { authorization: `Bearer ${token}` };
  return { archive, clients, server, auth, clientId, port: server.port };
}

describe('the capture endpoint', () => {
  it('saves a page with its address, tags the selection, and offers Update for the same page', async () => {
    const { archive, server, auth, port } = await started();
    try {
      const theme = ok(
        await archive.api.createTheme({
          name: 'fuel protests',
          color: '#aa3300',
          description: '',
          parentId: null,
          cues: [],
        }),
      );
      const choices = await call(port, 'GET', '/choices', { headers: auth });
      expect(choices.body).toMatchObject({
        themes: expect.arrayContaining([{ id: theme.id, name: 'fuel protests', color: '#aa3300' }]),
      });
      const selection = {
        exact: 'drivers in\n   the oil town of Zhanaozen left their cars',
        prefix: 'the first morning of the year, ',
        suffix: ' in the square',
      };
      const saved = await call(port, 'POST', '/capture', {
        headers: auth,
        body: { url: URL_READ, html: page, selection, themeIds: [theme.id] },
      });
      expect(saved.body).toMatchObject({ status: 'imported', highlighted: true });
      const { sourceId } = saved.body as { sourceId: string };
      const source = ok(await archive.api.getSource({ id: sourceId }));
      expect(source.title).toBe('Gas Prices and the Steppe Strikes');
      // The address as cited: no fragment, no tracking parameters.
      expect(source.metadata.URL).toBe('https://ledger.example/2022/01/gas-prices-steppe-strikes');
      const [highlight] = source.highlights;
      expect(highlight?.themeIds).toEqual([theme.id]);
      expect(highlight?.quote.replace(/\s+/g, ' ')).toBe(
        'drivers in the oil town of Zhanaozen left their cars',
      );

      // The same page again: Dossier asks first, then reads it anew, the highlight kept.
      const again = await call(port, 'POST', '/capture', {
        headers: auth,
        body: { url: URL_READ.replace('#top', ''), html: page },
      });
      expect(again.body).toEqual({ status: 'exists', sourceId, title: source.title });
      const changed = page.replace('stayed there.', 'stayed there. A correction was added later.');
      const updated = await call(port, 'POST', '/capture', {
        headers: auth,
        body: { url: URL_READ, html: changed, onExisting: 'update' },
      });
      expect(updated.body).toMatchObject({ status: 'updated', sourceId });
      const reread = ok(await archive.api.getSource({ id: sourceId }));
      expect(reread.passages.some((p) => p.text.includes('A correction was added later.'))).toBe(
        true,
      );
      expect(reread.highlights).toHaveLength(1);
      // One article still (with the two reader comments the page carries), not a second copy.
      expect(
        ok(await archive.api.listSources({})).filter((s) => s.title === source.title),
      ).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('answers nothing a web page could send, as if nothing listened', async () => {
    const { server, auth, port } = await started();
    try {
      const ping = { headers: auth };
      expect(await call(port, 'GET', '/ping', ping)).toMatchObject({
        status: 200,
        body: { app: 'Dossier', paired: true },
      });
      for (const headers of [
        { ...auth, origin: 'https://news.example' },
        { ...auth, 'x-dossier-capture': '0' },
        { ...auth, host: `dossier.attacker.example:${port}` },
      ])
        expect(await call(port, 'GET', '/ping', { headers })).toMatchObject({ dropped: true });
      // A CORS preflight, which a page's script with the header would send first.
      expect(
        await call(port, 'OPTIONS', '/capture', {
          headers: { 'access-control-request-headers': 'x-dossier-capture' },
        }),
      ).toMatchObject({ dropped: true });
    } finally {
      await server.close();
    }
  });

  it('refuses a wrong or revoked token, a wrong code five times, and a page over the limit', async () => {
    const { clients, server, auth, clientId, port } = await started();
    try {
      const capture = { url: 'https://a.example/x', html: '<p>words</p>' };
      const stranger = await call(port, 'POST', '/capture', {
        headers: { authorization: 'Bearer not-a-token' },
        body: capture,
      });
      expect(stranger).toMatchObject({
        status: 401,
        body: { error: expect.stringMatching(/not paired/) },
      });
      const tooLarge = await call(port, 'POST', '/capture', {
        headers: { ...auth, 'content-length': String(51 * 1024 * 1024) },
      });
      expect(tooLarge).toMatchObject({
        status: 413,
        body: { error: expect.stringMatching(/50 MB/) },
      });

      const { code } = await clients.startPairing();
      for (let i = 0; i < 5; i++)
        expect(
          await call(port, 'POST', '/pair', { body: { code: 'WRONG234', client: 'x' } }),
        ).toMatchObject({ status: 403 });
      // Five wrong tries void the code: the right one no longer pairs.
      expect(await call(port, 'POST', '/pair', { body: { code, client: 'x' } })).toMatchObject({
        status: 403,
      });

      expect(await clients.revoke(clientId)).toBe(true);
      expect(await call(port, 'GET', '/choices', { headers: auth })).toMatchObject({ status: 401 });
    } finally {
      await server.close();
    }
  });
});
