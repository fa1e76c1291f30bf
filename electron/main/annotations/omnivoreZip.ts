import type { ReadAnnotations } from '../../../shared/annotations/foreignAnnotation';
import { part } from '../../../shared/import/refusalWords';
import {
  omnivoreSlug,
  OMNIVORE_LIST,
  readOmnivoreExport,
} from '../../../shared/annotations/omnivoreExport';
import { withinLimit } from '../../../shared/annotations/annotationFile';
import { MAX_TEXT_FILE_BYTES } from '../../../shared/import/formats';
import { readZip } from '../import/zipLimits';

/**
 * The highlights of Omnivore's export zip; null when the zip is not one (it holds no
 * metadata_N_to_M.json list). The saved pages under content/ are never unpacked: only the lists
 * and the highlights count toward the limit, so a large library's export still reads.
 */
export async function readOmnivoreZip(
  bytes: Uint8Array,
): Promise<ReadAnnotations | { error: string } | null> {
  const parts = await readZip(
    bytes,
    (name) => OMNIVORE_LIST.test(name) || omnivoreSlug(name) !== null,
    {
      what: part('an Omnivore export'),
      limit: MAX_TEXT_FILE_BYTES * 5,
      onlyWanted: true,
    },
  );
  const lists = [...parts]
    .filter(([name]) => OMNIVORE_LIST.test(name))
    .map(([name, data]) => ({ name, text: data.toString('utf8') }));
  if (!lists.length) return null;
  const highlights = new Map<string, string>();
  for (const [name, data] of parts) {
    const slug = omnivoreSlug(name);
    if (slug) highlights.set(slug, data.toString('utf8'));
  }
  return withinLimit(readOmnivoreExport({ lists, highlights }));
}
