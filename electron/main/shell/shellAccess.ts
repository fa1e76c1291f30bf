import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The browser shell is a local app, not a web server: it answers only requests addressed to
 * this machine's loopback by name (defeating DNS rebinding), from its own page, carrying the
 * token printed at start.
 */
export class ShellAccess {
  constructor(
    readonly token: string,
    private readonly port: number,
  ) {}

  get cookieName(): string {
    // Cookies ignore ports: two shells on one machine must not overwrite each other's.
    return `dossier_token_${this.port}`;
  }

  private get origins(): string[] {
    return [`http://127.0.0.1:${this.port}`, `http://localhost:${this.port}`];
  }

  hostAllowed(req: IncomingMessage): boolean {
    return this.origins.some((o) => o === `http://${req.headers.host ?? ''}`);
  }

  originAllowed(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    return origin === undefined || this.origins.includes(origin);
  }

  matches(candidate: string | undefined | null): boolean {
    if (!candidate) return false;
    const a = Buffer.from(candidate);
    const b = Buffer.from(this.token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  cookieToken(req: IncomingMessage): string | undefined {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === this.cookieName) return value.join('=');
    }
    return undefined;
  }

  headerToken(req: IncomingMessage): string | undefined {
    const value = req.headers['x-dossier-token'];
    return Array.isArray(value) ? value[0] : value;
  }

  sessionCookie(): string {
    return `${this.cookieName}=${this.token}; HttpOnly; SameSite=Strict; Path=/`;
  }
}
