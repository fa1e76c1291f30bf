import { describe, expect, it } from 'vitest';
import { COMMAND_LABELS, commandLabel, labelText } from '../../../../shared/history/commandLabels';
import { serviceCode } from '../../../helpers/serviceCode';

/** The label texts the service's code names in commandLabel('…') calls. */
function labelsInCode(): string[] {
  const found: string[] = [];
  const code = serviceCode('commandLabels.ts', ['electron/main']);
  for (const m of code.matchAll(/commandLabel\(\s*'([^']+)'/gu)) found.push(m[1]!);
  // A choice between two labels: commandLabel(cond ? 'A' : 'B').
  for (const m of code.matchAll(/commandLabel\(\s*[^()]*?\?\s*'([^']+)'\s*:\s*'([^']+)'/gu))
    found.push(m[1]!, m[2]!);
  return found;
}

describe('the labels of undoable commands', () => {
  it('are worded in English with their values put in', () => {
    expect(labelText(commandLabel('Merge {{from}} into {{into}}', { from: 'a', into: 'b' }))).toBe(
      'Merge a into b',
    );
    // A value is put in as written, even one that looks like a placeholder.
    expect(labelText(commandLabel('Import “{{title}}”', { title: '{{file}} $1' }))).toBe(
      'Import “{{file}} $1”',
    );
  });

  it('refuse a label without its values, or with values it does not name', () => {
    expect(() => commandLabel('Tag as {{themes}}')).toThrow(/takes themes/);
    expect(() => commandLabel('Edit source note', { title: 'x' })).toThrow(/takes no values/);
    expect(() => commandLabel('Merge {{from}} into {{into}}', { from: 'a', onto: 'b' })).toThrow(
      /takes from, into/,
    );
  });

  it('are each used by the service, and the service uses no other', () => {
    const used = new Set(labelsInCode());
    expect(used.size).toBeGreaterThan(20);
    expect(COMMAND_LABELS.filter((label) => !used.has(label))).toEqual([]);
    expect(
      [...used].filter((label) => !(COMMAND_LABELS as readonly string[]).includes(label)),
    ).toEqual([]);
  });
});
