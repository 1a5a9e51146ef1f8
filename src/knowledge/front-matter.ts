/**
 * The front matter of an article file and its name: where the `---` lines are, the YAML fields
 * checked with zod (title, published, source, url), and the slug the file name gives. Every
 * problem goes to `report` with its line, so the caller can list them all at once.
 */
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';

/** Where a problem goes: a message that says what to do, its 1-based line, the field it concerns. */
export type Report = (message: string, line?: number, field?: string) => void;

export const NO_FRONT_MATTER = 'no front matter: the file must start with a line "---", then the fields (title: "…" and published: YYYY-MM-DD), then another line "---"';

/* ---------- file name ---------- */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug (file name without `.md`), or undefined after reporting how to rename the file. */
export function checkSlug(file: string, report: Report): string | undefined {
  const name = path.basename(file);
  const slug = name.replace(/\.md$/i, '');
  if (SLUG.test(slug) && name.endsWith('.md')) return slug;
  const suggestion = slug.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  report(`file name "${name}" is not a valid slug (lowercase letters, digits and hyphens, ending in .md); rename it to ${suggestion || 'my-article'}.md`);
  return undefined;
}

/* ---------- front matter ---------- */

export type Frame = { kind: 'missing'; first: number } | { kind: 'unclosed'; open: number } | { kind: 'closed'; open: number; close: number };

const isFence = (line: string | undefined): boolean => line !== undefined && /^---[ \t]*$/.test(line);

/** Blank lines before the opening `---` are tolerated; the closing line may also be YAML's `...`. */
export function findFrontMatter(lines: string[]): Frame {
  let open = 0;
  while (open < lines.length && (lines[open] ?? '').trim() === '') open++;
  if (!isFence(lines[open])) return { kind: 'missing', first: open };
  for (let i = open + 1; i < lines.length; i++) {
    if (isFence(lines[i]) || /^\.\.\.[ \t]*$/.test(lines[i] ?? '')) return { kind: 'closed', open, close: i };
  }
  return { kind: 'unclosed', open };
}

const YAML_HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'a value that contains ": " must be in quotes, e.g. title: "Taiwan: what comes next"',
  MULTILINE_IMPLICIT_KEY: 'write each field on one line as name: value',
  MISSING_CHAR: 'close the quotation mark, or put the value in quotes',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  DUPLICATE_KEY: 'a field is written twice; keep one of them',
};

export function readFrontMatter(lines: string[], open: number, close: number, report: Report): { front?: FrontMatter; raw?: Record<string, unknown> } {
  const source = lines.slice(open + 1, close).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  const fileLine = (offset: number): number => open + 1 + counter.linePos(offset).line;
  const brokenLines = new Set<number>();
  for (const error of doc.errors) {
    const hint = YAML_HINTS[error.code] ?? 'write each field as name: value';
    const line = fileLine(error.pos[0]);
    brokenLines.add(line);
    report(`invalid YAML in the front matter: ${error.message}; ${hint}`, line);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    report('the front matter must be fields written as name: value (title: "…", published: YYYY-MM-DD)', open + 2);
    return {};
  }
  const fieldLines = new Map<string, number>();
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    if (isScalar(pair.key) && pair.key.range) fieldLines.set(String(pair.key.value), fileLine(pair.key.range[0]));
  }
  const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
  const parsed = frontMatterSchema.safeParse(raw);
  if (parsed.success) return brokenLines.size === 0 ? { front: parsed.data, raw } : { raw };
  for (const issue of parsed.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')];
    for (const key of keys) {
      const line = fieldLines.get(key);
      // After a YAML error, values near it are unreliable and fields may look missing: report only fields it left intact.
      if (brokenLines.size > 0 && (line === undefined || brokenLines.has(line))) continue;
      const message = issue.code === 'unrecognized_keys' ? unknownFieldMessage(key) : issue.message;
      report(message, line ?? open + 1, key || undefined);
    }
  }
  return { raw };
}

const FIELDS = ['title', 'published', 'source', 'url'] as const;

function unknownFieldMessage(key: string): string {
  const near = FIELDS.find((f) => f === key.toLowerCase() || editDistance(f, key.toLowerCase()) <= 2);
  const known = 'the fields are title, published, source and url';
  return near ? `unknown field "${key}"; did you mean "${near}"? (${known})` : `unknown field "${key}"; ${known} — remove it or correct its name`;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

const show = (value: unknown): string => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

const isBlank = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** A required or optional text field; `example` completes the "what to write" part of messages. */
function textField(name: string, example: string, required: boolean) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${name} is missing; add a line like ${name}: ${example}`
          : issue.input === null
            ? `${name} is empty; ${required ? `write it, e.g. ${name}: ${example}` : 'write it or remove the line'}`
            : `${name} must be text, not ${show(issue.input)}; put it in quotes, e.g. ${name}: ${example}`,
    })
    .trim()
    .min(1, `${name} is empty; ${required ? `write it, e.g. ${name}: ${example}` : 'write it or remove the line'}`);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PUBLISHED_FORMAT = 'write it as YYYY-MM-DD, e.g. 2025-11-24';

/** `YYYY-MM-DD` for a real calendar date, or the reason it is not one. YAML may hand us a Date. */
export function toPublishedDate(value: unknown): { date: string } | { error: string } {
  if (value === undefined) return { error: `published is missing; add the publication date, e.g. published: 2025-11-24` };
  if (isBlank(value)) return { error: `published is empty; ${PUBLISHED_FORMAT}` };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { error: `published is not a valid date; ${PUBLISHED_FORMAT}` } : { date: value.toISOString().slice(0, 10) };
  }
  const written = typeof value === 'string' ? value.trim() : undefined;
  const m = written === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  if (!m) return { error: `published: ${show(value)} is not a date; ${PUBLISHED_FORMAT}` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { error: `published: ${show(value)} is not a date (there is no month ${month}); ${PUBLISHED_FORMAT}` };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) {
    return { error: `published: ${show(value)} is not a date (${MONTHS[month - 1]} ${year} has ${days} days); ${PUBLISHED_FORMAT}` };
  }
  return { date: written ?? '' };
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The front matter's schema. Unknown fields are rejected: they are usually a misspelt known one. */
export const frontMatterSchema = z.strictObject({
  title: textField('title', '"What the article is about"', true),
  published: z.unknown().transform((value, ctx) => {
    const result = toPublishedDate(value);
    if ('date' in result) return result.date;
    ctx.addIssue({ code: 'custom', message: result.error });
    return z.NEVER;
  }),
  source: textField('source', '"Reuters"', false).optional(),
  url: textField('url', 'https://example.com/news/story', false)
    .refine(isWebAddress, { error: (issue) => `url: ${show(issue.input)} is not a web address; write the full link starting with https://, e.g. https://example.com/news/story` })
    .optional(),
});

export type FrontMatter = z.output<typeof frontMatterSchema>;
