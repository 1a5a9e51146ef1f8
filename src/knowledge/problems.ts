/**
 * Problems found while reading the knowledge folder, and how they are shown to people.
 * Messages name the field themselves ("published: … is not a date"), so a message read on its
 * own still says what is wrong; `formatProblem` only adds where: `file:line:`.
 */
import type { KnowledgeProblem } from './types.ts';

/** Builds a problem without writing `undefined` into optional fields (exactOptionalPropertyTypes). */
export function problem(
  file: string,
  message: string,
  where: { line?: number | undefined; field?: string | undefined; severity?: 'warning' | undefined } = {},
): KnowledgeProblem {
  const p: KnowledgeProblem = { file, message };
  if (where.severity !== undefined) p.severity = where.severity;
  if (where.line !== undefined) p.line = where.line;
  if (where.field !== undefined) p.field = where.field;
  return p;
}

/** `knowledge/foo.md:3: published: "2025-13-01" is not a date; …` (no line part when the problem has none). */
export function formatProblem(p: KnowledgeProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

/** Problems that stop start-up: everything but warnings. */
export function blockingProblems(list: readonly KnowledgeProblem[]): KnowledgeProblem[] {
  return list.filter((p) => p.severity !== 'warning');
}

/** Files in name order, lines in file order; problems without a line come first in their file. */
export function sortProblems(list: readonly KnowledgeProblem[]): KnowledgeProblem[] {
  return [...list].sort((a, b) => {
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    return (a.line ?? 0) - (b.line ?? 0);
  });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A readable report: a count line, then one problem per line. */
export function formatProblems(list: readonly KnowledgeProblem[]): string {
  if (list.length === 0) return 'No problems found.';
  const files = new Set(list.map((p) => p.file)).size;
  const header = `${plural(list.length, 'problem')} in ${plural(files, 'file')}:`;
  return [header, ...sortProblems(list).map((p) => `  ${formatProblem(p)}`)].join('\n');
}
