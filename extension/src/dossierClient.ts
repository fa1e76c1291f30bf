import {
  CAPTURE_HEADER,
  CAPTURE_PORTS,
  type CaptureAnswer,
  type CaptureRequest,
} from '../../shared/capture/captureMessages';

/** Dossier could not be reached: not running, or not on any of its ports. */
export class NotRunning extends Error {
  constructor() {
    super('Dossier is not running: start it, and what you save waits here until then.');
  }
}

/** Dossier answered, and refused: a wrong code, a revoked pairing, a page too large. */
export class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ClientDeps {
  fetch: typeof fetch;
  /** The token this browser was given at pairing, or null. */
  token(): Promise<string | null>;
  saveToken(token: string | null): Promise<void>;
}

export interface Choices {
  themes: { id: string; name: string; color: string }[];
  collections: { id: string; name: string }[];
}

/** Talks to the Dossier that runs on this machine, on the first of its ports that answers. */
export class DossierClient {
  private port: number | null = null;

  constructor(private readonly deps: ClientDeps) {}

  private async call<T>(port: number, method: string, path: string, body?: unknown): Promise<T> {
    const token = await this.deps.token();
    let response: Response;
    try {
      response = await this.deps.fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        headers: {
          [CAPTURE_HEADER]: '1',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new NotRunning();
    }
    const answer = (await response.json().catch(() => ({}))) as { error?: string };
    if (!response.ok)
      throw new Refused(response.status, answer.error ?? `Dossier answered ${response.status}.`);
    return answer as T;
  }

  /** The port Dossier answers on, found by asking each in turn; kept until a call fails. */
  async find(): Promise<{ port: number; paired: boolean }> {
    for (const port of CAPTURE_PORTS) {
      try {
        const ping = await this.call<{ app?: string; paired?: boolean }>(port, 'GET', '/ping');
        if (ping.app === 'Dossier') {
          this.port = port;
          return { port, paired: ping.paired === true };
        }
      } catch (error) {
        if (!(error instanceof NotRunning)) throw error;
      }
    }
    this.port = null;
    throw new NotRunning();
  }

  /** A request on the port Dossier last answered on; asked for again only when it does not. */
  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    if (this.port !== null) {
      try {
        return await this.call<T>(this.port, method, path, body);
      } catch (error) {
        if (!(error instanceof NotRunning)) throw error;
        this.port = null;
      }
    }
    const { port } = await this.find();
    return this.call<T>(port, method, path, body);
  }

  async pair(code: string, client: string): Promise<void> {
    const { token } = await this.send<{ token: string }>('POST', '/pair', { code, client });
    await this.deps.saveToken(token);
  }

  choices(): Promise<Choices> {
    return this.send('GET', '/choices');
  }

  preview(url: string, html: string) {
    return this.send<{ title: string; authors: string[]; date: string; site: string }>(
      'POST',
      '/preview',
      { url, html },
    );
  }

  lookup(url: string) {
    return this.send<{ existing: { sourceId: string; title: string } | null }>('POST', '/lookup', {
      url,
    });
  }

  capture(request: CaptureRequest): Promise<CaptureAnswer> {
    return this.send('POST', '/capture', request);
  }
}
