import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The browser shell is a local app, not a web server: it answers only requests addressed to
 * this machine's loopback by name (defeating DNS rebinding), from its own page, carrying the
 * token printed at start. The token travels in the address's fragment (never sent to any server)
 * and then only in a request header: never in a cookie, which browsers would send to every
 * other server on 127.0.0.1 whatever its port.
 */
export class ShellAccess {
  constructor(
    readonly token: string,
    private readonly port: number,
  ) {}

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

  /**
   * What the browser says about where a request comes from: another site's page (cross-site) or
   * another port of this machine (same-site, not same-origin) is refused. A page the writer
   * opens by its address is 'none'; older browsers send no header, and the Origin and token
   * checks still apply to them.
   */
  fetchSiteAllowed(req: IncomingMessage, navigation: boolean): boolean {
    const site = req.headers['sec-fetch-site'];
    if (site === undefined || site === 'same-origin') return true;
    return navigation && site === 'none';
  }

  headerToken(req: IncomingMessage): string | undefined {
    const value = req.headers['x-dossier-token'];
    return Array.isArray(value) ? value[0] : value;
  }
}
