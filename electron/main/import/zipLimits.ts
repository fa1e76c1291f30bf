import { createInflateRaw } from 'node:zlib';
import { ImportRefused } from './importRefused';
import { part, refusal, type RefusalPart } from '../../../shared/import/refusalWords';
import type { Wording } from '../../../shared/text/wording';

/** What the zip should have been, named in a refusal. */
type ZipKind = Wording<RefusalPart>;

/** Unpacked, a Word file may hold this much; more is a zip bomb or not a document at all. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  dataStart: number;
}

function entriesOf(bytes: Buffer, what: ZipKind): ZipEntry[] {
  // The end-of-central-directory record is within the last 64 KiB (its comment is at most that).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new ImportRefused(
      refusal('it is damaged or not {{what}} (its zip directory is missing: a truncated file?)', {
        what,
      }),
    );
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) {
      throw new ImportRefused(
        refusal('it is damaged or not {{what}} (its zip directory is broken)', { what }),
      );
    }
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) {
      throw new ImportRefused(
        refusal('it is damaged or not {{what}} ({{part}} is missing from the zip)', {
          what,
          part: name,
        }),
      );
    }
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    entries.push({ name, method, compressedSize, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one entry, counting what comes out and stopping as soon as the budget is spent. */
function inflatedSize(
  data: Buffer,
  budget: number,
  keep: boolean,
  what: ZipKind,
): Promise<{ size: number; bytes?: Buffer }> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    const chunks: Buffer[] = [];
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (keep) chunks.push(chunk);
      if (size > budget) {
        inflate.destroy();
        resolve({ size });
      }
    });
    inflate.on('end', () => resolve({ size, ...(keep ? { bytes: Buffer.concat(chunks) } : {}) }));
    inflate.on('error', () =>
      reject(
        new ImportRefused(
          refusal('it is damaged or not {{what}} (a part of it does not unpack)', { what }),
        ),
      ),
    );
    inflate.end(data);
  });
}

/**
 * Unpacks the entries `wanted` picks from a zip, checking as it goes that the whole zip unpacks
 * to no more than the limit — counting real output, not the sizes the zip declares, which a
 * crafted file can fake.
 */
export async function readZip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  {
    what = part('a Word file'),
    limit = MAX_UNPACKED_BYTES,
    onlyWanted = false,
  }: {
    what?: ZipKind;
    limit?: number;
    /** Entries not wanted are never unpacked, so they cannot be a bomb: only the wanted count. */
    onlyWanted?: boolean;
  } = {},
): Promise<Map<string, Buffer>> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = new Map<string, Buffer>();
  let total = 0;
  for (const entry of entriesOf(buffer, what)) {
    const data = buffer.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const keep = wanted(entry.name);
    if (onlyWanted && !keep) continue;
    let size = data.length;
    if (entry.method === 8) {
      const inflated = await inflatedSize(data, limit - total, keep, what);
      size = inflated.size;
      if (inflated.bytes !== undefined) parts.set(entry.name, inflated.bytes);
    } else if (keep) parts.set(entry.name, Buffer.from(data));
    total += size;
    if (total > limit) {
      throw new ImportRefused(
        refusal('it unpacks to more than {{limit}} MB (a zip bomb, or not a document)', {
          limit: String(limit / 1024 / 1024),
        }),
      );
    }
  }
  return parts;
}

/** A Word file checked before any converter unpacks it, with the text of the parts asked for. */
export async function checkZip(
  bytes: Uint8Array,
  wanted: readonly string[] = [],
  limit = MAX_UNPACKED_BYTES,
): Promise<Map<string, string>> {
  const parts = await readZip(bytes, (name) => wanted.includes(name), { limit });
  return new Map([...parts].map(([name, data]) => [name, data.toString('utf8')]));
}
