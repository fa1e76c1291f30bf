import { parseBoundedJson } from '../../../shared/import/boundedJson';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ArchiveHandlers } from '../../../shared/api/contract';
import { dispatch, isOperationName } from '../../../shared/api/dispatch';
import type { ErrorCode, Result } from '../../../shared/api/errors';
import type { ServiceEvents } from '../../../shared/api/serviceEvents';
import { CONTENT_SECURITY_POLICY } from '../app/contentSecurityPolicy';
import { streamEvents } from './eventStream';
import { ShellAccess } from './shellAccess';

export interface ShellServer {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

export interface ShellOptions {
  handlers: ArchiveHandlers;
  /** What the service tells the page as it happens (GET /api/events). */
  events: ServiceEvents;
  rendererDir: string;
  port?: number;
  onInternalError?: (error: unknown) => void;
}

const MAX_BODY_BYTES = 80 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const STATUS_OF: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  LIBRARY_LOCKED: 423,
  LIBRARY_UNREADABLE: 500,
  DISK_FULL: 507,
  READ_ONLY: 409,
  INTERNAL: 500,
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendResult(res: ServerResponse, result: Result<unknown>, status?: number): void {
  const code = status ?? (result.ok ? 200 : STATUS_OF[result.error.code]);
  send(res, code, JSON.stringify(result), 'application/json; charset=utf-8');
}

function refuse(res: ServerResponse, status: number, message: string): void {
  sendResult(res, { ok: false, error: { code: 'INVALID_INPUT', message } }, status);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  // A declared size over the limit is refused before a byte of it is read.
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Serves the built renderer and the contract over HTTP on 127.0.0.1, for one browser tab. */
export async function startShellServer(options: ShellOptions): Promise<ShellServer> {
  const token = randomBytes(24).toString('hex');
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const access = new ShellAccess(token, port);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      options.onInternalError?.(error);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain; charset=utf-8');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!access.hostAllowed(req) || !access.originAllowed(req)) {
      return send(res, 403, 'Dossier answers only its own page on this machine.', 'text/plain');
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const isApi = url.pathname.startsWith('/api/');
    if (!access.fetchSiteAllowed(req, !isApi))
      return send(res, 403, 'Dossier answers only its own page.', 'text/plain');
    if (isApi) return handleApi(req, res, url.pathname.slice(5));
    if (req.method !== 'GET') return send(res, 405, 'Method not allowed', 'text/plain');
    // The page and its scripts hold no data and no token; every operation needs the token.
    return serveStatic(res, url.pathname);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (!access.matches(access.headerToken(req)))
      return refuse(
        res,
        403,
        'Open Dossier with the whole address it printed when it started (it ends in #token=…).',
      );
    if (name === 'events' && req.method === 'GET')
      return streamEvents(req, res, options.events, SECURITY_HEADERS);
    if (req.method !== 'POST') return refuse(res, 405, 'Operations are called with POST.');
    if (!isOperationName(name)) {
      return sendResult(res, {
        ok: false,
        error: { code: 'NOT_FOUND', message: `No operation named ${name}.` },
      });
    }
    const body = await readBody(req);
    if (body === null) return refuse(res, 413, 'The request is too large.');
    let input: unknown;
    try {
      input = body === '' ? {} : parseBoundedJson(body);
    } catch {
      return refuse(res, 400, 'The request body is not JSON.');
    }
    sendResult(res, await dispatch(options.handlers, name, input, options.onInternalError));
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
    } catch {
      return send(res, 404, 'Not found', 'text/plain');
    }
    const file = join(options.rendererDir, relative);
    if (!file.startsWith(options.rendererDir + sep))
      return send(res, 404, 'Not found', 'text/plain');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return send(res, 404, 'Not found', 'text/plain');
    }
    return send(res, 200, body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  }

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
