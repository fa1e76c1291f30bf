import { parseBoundedJson } from '../../../shared/import/boundedJson';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { writeAtomically } from '../library/blobStore';

/**
 * The writers of a shared library by the key their replica signs with, as the last sync round
 * saw them: sync/writers.json, read without loading the shared document.
 */
const writersSchema = z.record(
  z.string(),
  z.strictObject({
    name: z.string(),
    /** The Ed25519 public key this replica first saw for the writer (base64 SPKI DER). */
    publicKey: z.optional(z.string()),
    /** Another key the shared document has since named for the writer: not trusted. */
    otherKey: z.optional(z.string()),
  }),
);
export type Writers = z.infer<typeof writersSchema>;

const fileOf = (libraryDir: string) => join(libraryDir, 'sync', 'writers.json');

/**
 * The file as this process last read or wrote it, by library folder: the window asks for the
 * writers every few seconds, and only this process writes the file while it holds the
 * library's lock (forgotten when it lets the library go).
 */
const known = new Map<string, Writers>();

async function readFromDisk(libraryDir: string): Promise<Writers> {
  const raw = await readFile(fileOf(libraryDir), 'utf8').catch(() => '{}');
  try {
    const parsed = writersSchema.safeParse(parseBoundedJson(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** A copy the caller may change (and write back with writeWriters). */
export async function readWriters(libraryDir: string): Promise<Writers> {
  let writers = known.get(libraryDir);
  if (!writers) {
    writers = await readFromDisk(libraryDir);
    known.set(libraryDir, writers);
  }
  return structuredClone(writers);
}

/** The writers' names by key, as highlights and notes are signed with the key. */
export async function readWriterNames(libraryDir: string): Promise<Record<string, string>> {
  return Object.fromEntries(
    Object.entries(await readWriters(libraryDir)).map(([key, w]) => [key, w.name]),
  );
}

export async function writeWriters(libraryDir: string, writers: Writers): Promise<void> {
  await writeAtomically(fileOf(libraryDir), `${JSON.stringify(writers, null, 2)}\n`);
  known.set(libraryDir, structuredClone(writers));
}

/**
 * The writers as the shared document now lists them, each keeping the public key this replica
 * saw first: a key the document later names for the same writer (anyone with a writer's code
 * could write one) is kept apart as `otherKey`, and signatures are checked against the first.
 */
export async function keepWriters(
  libraryDir: string,
  listed: Record<string, { name?: unknown; publicKey?: unknown }>,
): Promise<void> {
  const known = await readWriters(libraryDir);
  const next: Writers = {};
  for (const [key, writer] of Object.entries(listed)) {
    const name = String(writer.name ?? '');
    const given = typeof writer.publicKey === 'string' ? writer.publicKey : undefined;
    const first = known[key]?.publicKey ?? given;
    next[key] = {
      name,
      ...(first ? { publicKey: first } : {}),
      ...(given && first && given !== first ? { otherKey: given } : {}),
    };
  }
  await writeWriters(libraryDir, next);
}

/** The library is closed: the next process to open it may change the file. */
export function forgetWriters(libraryDir: string): void {
  known.delete(libraryDir);
}
