import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { writeAtomically } from '../library/blobStore';

/**
 * The writers of a shared library by the key their replica signs with, as the last sync round
 * saw them: sync/writers.json, read without loading the shared document.
 */
const writersSchema = z.record(z.string(), z.strictObject({ name: z.string() }));
export type Writers = z.infer<typeof writersSchema>;

const fileOf = (libraryDir: string) => join(libraryDir, 'sync', 'writers.json');

export async function readWriters(libraryDir: string): Promise<Writers> {
  const raw = await readFile(fileOf(libraryDir), 'utf8').catch(() => '{}');
  try {
    const parsed = writersSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export async function writeWriters(libraryDir: string, writers: Writers): Promise<void> {
  await writeAtomically(fileOf(libraryDir), `${JSON.stringify(writers, null, 2)}\n`);
}
