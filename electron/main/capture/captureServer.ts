import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseBoundedJson } from '../../../shared/import/boundedJson';
import { ArchiveError } from '../../../shared/api/errors';
import {
  CAPTURE_HEADER,
  CAPTURE_PORTS,
  MAX_CAPTURE_BYTES,
  captureRequestSchema,
  lookupRequestSchema,
  pairRequestSchema,
} from '../../../shared/capture/captureMessages';
import type { CaptureClients } from './captureClients';
import type { CaptureLibrary } from './captureLibrary';

export interface CaptureServer {
  readonly port: number;
  close(): Promise<void>;
}

export interface CaptureServerOptions {
  library: CaptureLibrary;
  clients: CaptureClients;
  /** The ports to try in turn; the extension looks on the same ones. */
  ports?: readonly number[];
  onInternalError?: (error: unknown) => void;
}

// Browser extensions' own pages and workers send these origins; a web page sends its site's.
const EXTENSION_ORIGIN = /^(?:chrome-extension|moz-extension|safari-web-extension):\/\/[\w.-]+$/;

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Whether a request may be answered at all. Anything a web page could send — a request naming
 * another host (DNS rebinding), a web origin, a CORS preflight, or one without the extension's
 * own header — is met with a closed connection and no answer, as if nothing listened: a page
 * cannot even learn that Dossier runs.
 */
function fromExtension(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return false;
  const origin = req.headers.origin;
  if (origin !== undefined && !EXTENSION_ORIGIN.test(origin)) return false;
  if (req.method === 'OPTIONS') return false;
  return req.headers[CAPTURE_HEADER] === '1';
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const limit = `a capture may be at most ${MAX_CAPTURE_BYTES / 1024 / 1024} MB`;
  if (Number(req.headers['content-length'] ?? 0) > MAX_CAPTURE_BYTES)
    throw new Refusal(413, `This page is too large to save: ${limit}.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_CAPTURE_BYTES)
      throw new Refusal(413, `This page is too large to save: ${limit}.`);
    chunks.push(chunk as Buffer);
  }
  try {
    return parseBoundedJson(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Refusal(400, 'The request is not JSON.');
  }
}

function parse<T>(
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false; error: unknown };
  },
  body: unknown,
): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Refusal(400, 'The request is not one Dossier understands.');
  return parsed.data;
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

/** Listens on the first free port of `ports`, on the loopback address only. */
async function listen(server: Server, ports: readonly number[]): Promise<number> {
  for (const port of ports) {
    const bound = await new Promise<boolean>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE') resolve(false);
        else reject(error);
      };
      const onListening = () => {
        server.off('error', onError);
        resolve(true);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(port, '127.0.0.1');
    });
    if (bound) return (server.address() as AddressInfo).port;
  }
  throw new Error(
    `Ports ${ports.join(', ')} on 127.0.0.1 are all in use: the browser extension cannot reach Dossier.`,
  );
}

/**
 * The endpoint the browser extension saves pages to: 127.0.0.1 only, answering only requests
 * with the extension's header from an extension's origin, and, but for ping and pairing, only
 * with a paired browser's token.
 */
export async function startCaptureServer(options: CaptureServerOptions): Promise<CaptureServer> {
  const { library, clients } = options;
  let port = 0;
  const server = createServer((req, res) => {
    if (!fromExtension(req, port)) {
      req.socket.destroy();
      return;
    }
    void route(req, res).catch((error: unknown) => {
      if (error instanceof Refusal) return answer(res, error.status, { error: error.message });
      if (error instanceof ArchiveError)
        return answer(res, error.code === 'NOT_FOUND' ? 404 : 400, { error: error.message });
      options.onInternalError?.(error);
      answer(res, 500, { error: 'Dossier could not save this page; it has logged why.' });
    });
  });

  const paired = async (req: IncomingMessage) => {
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    return token ? clients.check(token) : null;
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method === 'GET' && path === '/ping')
      return answer(res, 200, { app: 'Dossier', paired: (await paired(req)) !== null });
    if (req.method === 'POST' && path === '/pair') {
      const { code, client } = parse(pairRequestSchema, await readJson(req));
      const made = await clients.pair(code, client);
      if (!made)
        throw new Refusal(
          403,
          'That code is not right, or no longer valid: ask Dossier for a new one and type it again.',
        );
      return answer(res, 200, { token: made.token, clientId: made.client.id });
    }
    if (!(await paired(req)))
      throw new Refusal(
        401,
        'This browser is not paired with Dossier, or its pairing was revoked: pair it again.',
      );
    if (req.method === 'GET' && path === '/choices')
      return answer(res, 200, await library.choices());
    if (req.method === 'POST' && path === '/lookup') {
      const { url } = parse(lookupRequestSchema, await readJson(req));
      return answer(res, 200, { existing: await library.lookup(url) });
    }
    if (req.method === 'POST' && path === '/preview') {
      const { url, html } = parse(captureRequestSchema, await readJson(req));
      return answer(res, 200, await library.preview(url, html));
    }
    if (req.method === 'POST' && path === '/capture') {
      const request = parse(captureRequestSchema, await readJson(req));
      return answer(res, 200, await library.save(request));
    }
    throw new Refusal(404, `Dossier has no ${req.method} ${path}.`);
  }

  port = await listen(server, options.ports ?? CAPTURE_PORTS);
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
