import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import { startShellServer, type ShellServer } from '../../electron/main/shell/httpShell';
import { openArchive, tempDir } from '../helpers/tempLibrary';

let archive: Archive | undefined;
let shell: ShellServer | undefined;

afterEach(async () => {
  await shell?.close();
  await archive?.close();
  shell = archive = undefined;
});

async function start() {
  const library = await tempDir();
  const rendererDir = await tempDir('dossier-renderer-');
  await writeFile(
    join(rendererDir, 'index.html'),
    '<html><head><title>D</title></head><body></body></html>',
  );
  await mkdir(join(rendererDir, 'assets'));
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  archive = await openArchive(library);
  shell = await startShellServer({
    handlers: archive.handlers,
    events: archive.events,
    rendererDir,
  });
  return shell;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so the Host and Origin headers are exactly what a test says. */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (s: ShellServer, name: string, input: unknown, headers: Record<string, string> = {}) =>
  send(s.port, `/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': s.token, ...headers },
    body: JSON.stringify(input),
  });

/** An open event stream: each `data:` line (per the SSE format) as it arrives, parsed. */
function openEvents(port: number, token: string) {
  const events: unknown[] = [];
  let opened = false;
  let status = 0;
  const req = request({
    host: '127.0.0.1',
    port,
    path: '/api/events',
    headers: { Host: `127.0.0.1:${port}`, 'X-Dossier-Token': token },
  });
  req.on('response', (res) => {
    status = res.statusCode ?? 0;
    let buffer = '';
    res.on('data', (d: Buffer) => {
      buffer += d.toString();
      if (buffer.startsWith(': open')) opened = true;
      for (const match of buffer.matchAll(/^data: (.*)$/gm)) events.push(JSON.parse(match[1]!));
      buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
    });
  });
  req.on('error', () => {});
  req.end();
  return {
    events,
    isOpen: () => opened,
    status: () => status,
    close: () => req.destroy(),
  };
}

describe('browser shell', () => {
  it('pushes each change to the page as a Server-Sent Event, only with the token', async () => {
    const s = await start();
    const stream = openEvents(s.port, s.token);
    await expect.poll(() => stream.isOpen()).toBe(true);
    const refused = await send(s.port, '/api/events');
    expect(refused.status).toBe(403);
    await api(s, 'importFiles', {
      files: [{ name: 'a.txt', dataBase64: Buffer.from('A\n\nB.').toString('base64') }],
    });
    await expect.poll(() => stream.events.length).toBe(1);
    expect(stream.events[0]).toMatchObject({
      kind: 'library',
      changes: { revision: 1, sources: true },
    });
    stream.close();
  });

  it('listens on 127.0.0.1 only and prints an address with the token', async () => {
    const s = await start();
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/#token=${s.token}`);
    expect(s.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('answers operations with the token, and refuses them without it', async () => {
    const s = await start();
    const ok = await api(s, 'listSources', {});
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: [] });

    const none = await api(s, 'listSources', {}, { 'X-Dossier-Token': '' });
    expect(none.status).toBe(403);
    const wrong = await api(s, 'listSources', {}, { 'X-Dossier-Token': 'f'.repeat(48) });
    expect(wrong.status).toBe(403);
  });

  it('refuses operations from other sites and other local ports, whatever they carry', async () => {
    const s = await start();
    for (const site of ['cross-site', 'same-site', 'none']) {
      const reply = await api(s, 'listSources', {}, { 'Sec-Fetch-Site': site });
      expect(reply.status, site).toBe(403);
    }
    const own = await api(s, 'listSources', {}, { 'Sec-Fetch-Site': 'same-origin' });
    expect(own.status).toBe(200);
    expect(own.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('refuses a request declared too large before reading it', async () => {
    const s = await start();
    const reply = await send(s.port, '/api/importFiles', {
      method: 'POST',
      headers: {
        'X-Dossier-Token': s.token,
        'Content-Type': 'application/json',
        'Content-Length': String(200 * 1024 * 1024),
      },
    });
    expect(reply.status).toBe(413);
  });

  it('refuses another Host (DNS rebinding) and another Origin, and sends no CORS headers', async () => {
    const s = await start();
    const rebound = await api(s, 'listSources', {}, { Host: `evil.example:${s.port}` });
    expect(rebound.status).toBe(403);
    const foreign = await api(s, 'listSources', {}, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const ok = await api(s, 'listSources', {}, { Origin: `http://127.0.0.1:${s.port}` });
    expect(ok.status).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('validates input at the boundary and answers typed errors', async () => {
    const s = await start();
    const bad = await api(s, 'getSource', { id: 7 });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const missing = await api(s, 'getSource', { id: 'nope' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.code).toBe('NOT_FOUND');
    const unknown = await api(s, 'dropLibrary', {});
    expect(JSON.parse(unknown.body).error.code).toBe('NOT_FOUND');
    const notJson = await send(s.port, '/api/listSources', {
      method: 'POST',
      headers: { 'X-Dossier-Token': s.token },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
  });

  it('serves the page without the token, sets no cookie, and keeps files inside the build', async () => {
    const s = await start();
    const page = await send(s.port, '/');
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(s.token);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['cross-origin-resource-policy']).toBe('same-origin');
    const asset = await send(s.port, '/assets/app.js');
    expect(asset.body).toBe('console.log(1)');
    const escape = await send(s.port, '/..%2f..%2fetc/passwd');
    expect(escape.status).toBe(404);
    const malformed = await send(s.port, '/%E0%A4%A');
    expect(malformed.status).toBe(404);
    const withoutToken = await api(s, 'listSources', {}, { 'X-Dossier-Token': '' });
    expect(withoutToken.status).toBe(403);
    expect(JSON.parse(withoutToken.body).error.message).toMatch(/#token=/);
  });
});
