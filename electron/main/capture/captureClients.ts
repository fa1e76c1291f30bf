import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import '../../../shared/model/zodSetup';
import { writeDurably } from '../library/durableFile';

/** A pairing code lasts this long, and this many wrong tries void it. */
const CODE_LIFETIME_MS = 10 * 60 * 1000;
const WRONG_TRIES = 5;
// No 0/O, 1/I/L: a code is read off the screen and typed into the extension's popup.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

const clientSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  tokenDigest: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  pairedAt: z.string(),
});
const fileSchema = z.strictObject({
  pairing: z.nullable(
    z.strictObject({
      codeDigest: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
      expiresAt: z.string(),
      wrongTries: z.int().check(z.gte(0)),
    }),
  ),
  clients: z.array(clientSchema),
});
type CaptureFile = z.infer<typeof fileSchema>;
export type CaptureClient = Omit<z.infer<typeof clientSchema>, 'tokenDigest'>;

const digest = (secret: string) => createHash('sha256').update(secret).digest('hex');
const sameDigest = (a: string, b: string) =>
  timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
const EMPTY: CaptureFile = { pairing: null, clients: [] };

/**
 * The browsers a writer paired with this library: a one-time code shown by Dossier is traded
 * by the extension for a token of its own, of which only a digest is kept (capture.json, beside
 * the library). The file is read at every use, so a code made by `dossier capture pair` in a
 * terminal pairs with the Dossier that is running, and a revoke takes effect at once. A check
 * only reads: were it to write (a last-used time), it could write back a client revoked while
 * it ran. Changes in this process wait for each other.
 */
export class CaptureClients {
  constructor(
    private readonly file: string,
    private readonly now: () => Date = () => new Date(),
    /** Told after each change to the file this object made (a browser paired, a code made). */
    private readonly onChange: () => void = () => {},
  ) {}

  private async read(): Promise<CaptureFile> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY;
      throw error;
    }
    // A damaged file pairs no one: every browser pairs again, nothing else is at stake.
    try {
      const parsed = fileSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : EMPTY;
    } catch {
      return EMPTY;
    }
  }

  private async write(data: CaptureFile): Promise<void> {
    await writeDurably(this.file, `${JSON.stringify(data, null, 2)}\n`);
    this.onChange();
  }

  private queue: Promise<unknown> = Promise.resolve();

  /** Runs a read-and-write after the ones before it, so none writes over another's change. */
  private change<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => {});
    return next;
  }

  /** A new one-time code, replacing any code not used yet. */
  startPairing(): Promise<{ code: string; expiresAt: string }> {
    return this.change(async () => {
      const bytes = randomBytes(CODE_LENGTH);
      const code = Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
      const expiresAt = new Date(this.now().getTime() + CODE_LIFETIME_MS).toISOString();
      const data = await this.read();
      await this.write({
        ...data,
        pairing: { codeDigest: digest(code), expiresAt, wrongTries: 0 },
      });
      // Shown in two halves, as it is read off the screen; the dash is not part of it.
      return { code: `${code.slice(0, 4)}-${code.slice(4)}`, expiresAt };
    });
  }

  /** The extension's token for a right code, once; null for a wrong, used or expired one. */
  pair(code: string, name: string): Promise<{ token: string; client: CaptureClient } | null> {
    return this.change(async () => {
      const data = await this.read();
      const pairing = data.pairing;
      if (!pairing || Date.parse(pairing.expiresAt) <= this.now().getTime()) return null;
      const typed = code.toUpperCase().replace(/[\s-]/g, '');
      if (!sameDigest(digest(typed), pairing.codeDigest)) {
        const wrongTries = pairing.wrongTries + 1;
        await this.write({
          ...data,
          pairing: wrongTries >= WRONG_TRIES ? null : { ...pairing, wrongTries },
        });
        return null;
      }
      const token = randomBytes(32).toString('base64url');
      const client = { id: randomUUID(), name, pairedAt: this.now().toISOString() };
      await this.write({
        pairing: null,
        clients: [...data.clients, { ...client, tokenDigest: digest(token) }],
      });
      return { token, client };
    });
  }

  /** The paired browser a token belongs to, or null. */
  async check(token: string): Promise<CaptureClient | null> {
    const data = await this.read();
    const wanted = digest(token);
    const found = data.clients.find((c) => sameDigest(c.tokenDigest, wanted));
    if (!found) return null;
    const { tokenDigest: _digest, ...client } = found;
    return client;
  }

  async list(): Promise<{ clients: CaptureClient[]; pairingUntil: string | null }> {
    const data = await this.read();
    const live =
      data.pairing && Date.parse(data.pairing.expiresAt) > this.now().getTime()
        ? data.pairing.expiresAt
        : null;
    return {
      clients: data.clients.map(({ tokenDigest: _digest, ...client }) => client),
      pairingUntil: live,
    };
  }

  /** Forgets a paired browser: its token is refused from now on. False if there was none. */
  revoke(id: string): Promise<boolean> {
    return this.change(async () => {
      const data = await this.read();
      const clients = data.clients.filter((c) => c.id !== id);
      if (clients.length === data.clients.length) return false;
      await this.write({ ...data, clients });
      return true;
    });
  }
}
