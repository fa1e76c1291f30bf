import { placeLabel } from '../../../shared/cite/passagePlace';
import type { ThemeMatrixView, ThemePassageGroup, ThemeView } from '../../../shared/api/types';

export function describeThemes(themes: ThemeView[]): string {
  const depth = (t: ThemeView): number => {
    const parent = themes.find((p) => p.id === t.parentId);
    return parent ? depth(parent) + 1 : 0;
  };
  return themes
    .map(
      (t) =>
        `${'  '.repeat(depth(t))}${t.name} (${t.id}, ${t.highlightCount} highlight${t.highlightCount === 1 ? '' : 's'}) ${t.color} — ${t.description}`,
    )
    .join('\n');
}

export function describeThemePassages(theme: ThemeView, groups: ThemePassageGroup[]): string {
  if (groups.length === 0) return `No passages are tagged ${theme.name} yet.`;
  const lines: string[] = [];
  for (const g of groups) {
    lines.push(`${g.sourceTitle} (${g.sourceId})`);
    for (const h of g.highlights) {
      const at = h.orphaned
        ? ' [quote no longer found]'
        : h.place
          ? ` (${placeLabel(h.place)})`
          : '';
      lines.push(`  “${h.quote}”${at}`);
      if (h.note) lines.push(`    note: ${h.note}`);
    }
  }
  return lines.join('\n');
}

export function describeMatrix(matrix: ThemeMatrixView): string {
  const names = matrix.themes.map((t) => t.name);
  const widths = names.map((n) => Math.max(n.length, 3));
  const titleWidth = Math.min(48, Math.max(6, ...matrix.sources.map((s) => s.title.length)));
  const cut = (s: string) =>
    s.length > titleWidth ? `${s.slice(0, titleWidth - 1)}…` : s.padEnd(titleWidth);
  const header = `${'source'.padEnd(titleWidth)}  ${names.map((n, i) => n.padStart(widths[i]!)).join('  ')}`;
  const rows = matrix.sources.map(
    (s, r) =>
      `${cut(s.title)}  ${matrix.counts[r]!.map((c, i) => String(c || '·').padStart(widths[i]!)).join('  ')}`,
  );
  return [header, ...rows].join('\n');
}
