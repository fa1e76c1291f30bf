import { CSL_DATE_FIELDS, CSL_NAME_FIELDS, cslItemSchema } from './cslSchema';
import type { CslMetadata } from './source';
import { recordWords } from './recordWords';

export type CslCheck =
  { ok: true; item: CslMetadata; repairs: string[] } | { ok: false; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A name written as text is a literal name: "Smith, John" is kept as it was written. */
function repairNames(value: unknown, field: string, repairs: string[]): unknown {
  if (typeof value === 'string') {
    repairs.push(recordWords('{{field}} was text; kept as one literal name', { field }));
    return value.trim() ? [{ literal: value.trim() }] : [];
  }
  if (isRecord(value)) {
    repairs.push(recordWords('{{field}} was one name, not a list', { field }));
    return [value];
  }
  if (Array.isArray(value) && value.some((n) => typeof n === 'string')) {
    repairs.push(
      recordWords('{{field}} held names as text; each kept as a literal name', { field }),
    );
    return value.map((n) => (typeof n === 'string' ? { literal: n } : n));
  }
  return value;
}

/** A date written as text is kept as CSL's raw date, which citeproc-js reads. */
function repairDate(value: unknown, field: string, repairs: string[]): unknown {
  if (typeof value === 'string') {
    repairs.push(recordWords('{{field}} was text; kept as a raw date', { field }));
    return { raw: value };
  }
  if (typeof value === 'number' && Number.isInteger(value)) {
    repairs.push(recordWords('{{field}} was a number; read as a year', { field }));
    return { 'date-parts': [[value]] };
  }
  return value;
}

/**
 * Checks one CSL-JSON item on its way into a library (a .csl.json file, a record inside a
 * BibTeX or RIS entry, library.json itself). Shapes whose meaning is certain are repaired and
 * said so; anything else is refused with the reason, and the caller sets the record aside.
 */
export function checkCslItem(raw: unknown): CslCheck {
  if (!isRecord(raw))
    return { ok: false, reason: recordWords('it is not a CSL-JSON item (an object)') };
  const repairs: string[] = [];
  const item: Record<string, unknown> = { ...raw };
  for (const field of CSL_NAME_FIELDS)
    if (field in item) item[field] = repairNames(item[field], field, repairs);
  for (const field of CSL_DATE_FIELDS)
    if (field in item) item[field] = repairDate(item[field], field, repairs);
  if (typeof item.title === 'number') {
    item.title = String(item.title);
    repairs.push(recordWords('title was a number'));
  }
  const parsed = cslItemSchema.safeParse(item);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
    return {
      ok: false,
      reason: recordWords('it is not a usable CSL-JSON item ({{detail}})', {
        detail: `${where}${issue?.message}`,
      }),
    };
  }
  return { ok: true, item: parsed.data, repairs };
}
