/**
 * Reads one article file: YAML front matter between `---` lines, then paragraphs separated by
 * blank lines. Everything wrong with the file is reported at once, each problem with its line and
 * a message that says what to do, so one edit-and-check round fixes a file.
 */
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { problem, sortProblems } from './problems.ts';
import { splitSentences } from './sentences.ts';
import type { ArticleMeta, KnowledgeProblem, Paragraph } from './types.ts';

export type ArticleFileResult =
  | { ok: true; meta: ArticleMeta; paragraphs: Paragraph[] }
  | { ok: false; problems: KnowledgeProblem[] };

type Report = (message: string, line?: number, field?: string) => void;

export function parseArticleFile(file: string, content: string): ArticleFileResult {
  const problems: KnowledgeProblem[] = [];
  const report: Report = (message, line, field) => problems.push(problem(file, message, { line, field }));
  const fail = (): ArticleFileResult => ({ ok: false, problems: sortProblems(problems) });

  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    report('the file contains NUL bytes: it looks like a binary file, not a Markdown article; remove it from the knowledge folder or save it as plain text', lineOf(text, nul));
    return fail();
  }
  const slug = checkSlug(file, report);
  if (text.trim() === '') {
    report('the file is empty; an article needs front matter (title: and published: between "---" lines) and then its text');
    return fail();
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) {
    report('contains "\uFFFD" (U+FFFD), a sign the file was not saved as UTF-8; re-save it as UTF-8 and check its accents and quotation marks', lineOf(text, replacement));
  }

  const lines = text.split('\n');
  const frame = findFrontMatter(lines);
  if (frame.kind === 'unclosed') {
    report('the front matter opened here is never closed; add a line "---" after its last field', frame.open + 1);
    return fail();
  }
  if (frame.kind === 'missing') {
    const fields = /^[A-Za-z_]+:(?:\s|$)/.test(lines[frame.first] ?? '');
    report(fields ? 'no front matter: add a line "---" before the first field (and one after the last)' : NO_FRONT_MATTER, frame.first + 1);
    // Without the opening line there is no telling where fields end and text begins: check the text only if there are no fields.
    if (!fields) readBody(lines, 0, undefined, report);
    return fail();
  }

  const { front, raw } = readFrontMatter(lines, frame.open, frame.close, report);
  const title = typeof raw?.title === 'string' ? raw.title : undefined;
  const paragraphs = readBody(lines, frame.close + 1, title, report);
  if (paragraphs.length === 0) {
    report('the article has no paragraphs of text after the front matter; add them, separated by blank lines', frame.close + 1);
  }
  if (problems.length > 0 || !front || slug === undefined) return fail();

  const meta: ArticleMeta = { slug, title: front.title, published: front.published, file };
  if (front.source !== undefined) meta.source = front.source;
  if (front.url !== undefined) meta.url = front.url;
  return { ok: true, meta, paragraphs };
}

const NO_FRONT_MATTER = 'no front matter: the file must start with a line "---", then the fields (title: "…" and published: YYYY-MM-DD), then another line "---"';

/* ---------- file name ---------- */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug (file name without `.md`), or undefined after reporting how to rename the file. */
function checkSlug(file: string, report: Report): string | undefined {
  const name = path.basename(file);
  const slug = name.replace(/\.md$/i, '');
  if (SLUG.test(slug) && name.endsWith('.md')) return slug;
  const suggestion = slug.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  report(`file name "${name}" is not a valid slug (lowercase letters, digits and hyphens, ending in .md); rename it to ${suggestion || 'my-article'}.md`);
  return undefined;
}

/* ---------- front matter ---------- */

type Frame = { kind: 'missing'; first: number } | { kind: 'unclosed'; open: number } | { kind: 'closed'; open: number; close: number };

const isFence = (line: string | undefined): boolean => line !== undefined && /^---[ \t]*$/.test(line);

/** Blank lines before the opening `---` are tolerated; the closing line may also be YAML's `...`. */
function findFrontMatter(lines: string[]): Frame {
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

function readFrontMatter(lines: string[], open: number, close: number, report: Report): { front?: FrontMatter; raw?: Record<string, unknown> } {
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

/* ---------- body ---------- */

interface Block {
  /** 0-based index of the block's first line in the file. */
  at: number;
  lines: string[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$/;
const RULE = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const HTML = /^ {0,3}<(?:[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|\/[A-Za-z]|!--|!\[CDATA\[|![A-Za-z]|\?)/;
const TABLE_ROW = /^ {0,3}\|.*\|/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const WORD = /[\p{L}\p{N}]/u;

/** Blank lines separate blocks, except inside a code fence, which stays one block (reported once). */
function splitBlocks(lines: string[], from: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    if (!current) blocks.push((current = { at: i, lines: [] }));
    current.lines.push(line);
    const fence = FENCE.exec(line)?.[1];
    if (!fence) continue;
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    while (++i < lines.length) {
      current.lines.push(lines[i] ?? '');
      if (closing.test(lines[i] ?? '')) break;
    }
  }
  return blocks;
}

const preview = (line: string): string => {
  const t = line.trim();
  return t.length > 50 ? `"${t.slice(0, 47)}…"` : `"${t}"`;
};

function readBody(lines: string[], from: number, title: string | undefined, report: Report): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  splitBlocks(lines, from).forEach((block, i) => {
    if (!isParagraph(block, i === 0, title, report)) return;
    const text = block.lines.map((l) => l.trim()).join(' ');
    const number = paragraphs.length + 1;
    paragraphs.push({ number, text, line: block.at + 1, sentences: splitSentences(text, number) });
  });
  return paragraphs;
}

/** Reports what keeps a block from being a paragraph of plain text; true when nothing does. */
function isParagraph(block: Block, first: boolean, title: string | undefined, report: Report): boolean {
  let ok = true;
  const flag = (message: string, index: number): void => {
    ok = false;
    report(message, block.at + index + 1);
  };
  const fence = block.lines.findIndex((l) => FENCE.test(l));
  // What a code block holds is code, not Markdown: only the lines before it are checked further.
  const lines = fence >= 0 ? block.lines.slice(0, fence) : block.lines;
  const find = (test: (line: string, index: number) => boolean): number => lines.findIndex(test);

  if (fence >= 0) flag(`${preview(block.lines[fence] ?? '')} starts a Markdown code block, which is not article text; remove the block (down to its closing fence)`, fence);
  const heading = find((l) => ATX_HEADING.test(l));
  if (heading >= 0) flag(headingMessage(block.lines[heading] ?? '', first && heading === 0, title), heading);
  // Under a line of text, `---` or `===` makes that line a heading; anywhere else `---`, `***`, `___` draw a rule.
  const underline = find((l, i) => i > 0 && SETEXT_UNDERLINE.test(l));
  if (underline >= 0) flag(`${preview(block.lines[underline - 1] ?? '')} is underlined as a Markdown heading; articles are plain paragraphs — delete the heading and its underline`, underline - 1);
  const rule = find((l, i) => RULE.test(l) && !(i > 0 && SETEXT_UNDERLINE.test(l)));
  if (rule >= 0) flag(`${preview(block.lines[rule] ?? '')} is a Markdown horizontal rule; delete it (paragraphs are separated by blank lines)`, rule);
  const html = find((l) => HTML.test(l));
  if (html >= 0) flag(`${preview(block.lines[html] ?? '')} is HTML, which is not supported in articles; write the paragraph as plain text`, html);
  const table = find((l) => TABLE_ROW.test(l) || TABLE_DELIMITER.test(l));
  if (table >= 0) flag('a Markdown table is not article text (its cells cannot be quoted as sentences); write its content as sentences or remove it', table);
  const control = find((l) => CONTROL.test(l));
  if (control >= 0) {
    const line = block.lines[control] ?? '';
    const at = line.search(CONTROL);
    const code = line.codePointAt(at)?.toString(16).toUpperCase().padStart(4, '0');
    flag(`contains an invisible control character (U+${code} at column ${at + 1}); delete it`, control);
  }
  if (ok && !block.lines.some((l) => WORD.test(l))) {
    flag(`paragraph ${preview(block.lines.join(' '))} has no words, only punctuation or symbols; delete it`, 0);
  }
  return ok;
}

function headingMessage(line: string, atTop: boolean, title: string | undefined): string {
  const text = (ATX_HEADING.exec(line)?.[2] ?? '').trim();
  if (atTop && title !== undefined && text.toLowerCase() === title.trim().toLowerCase()) {
    return `${preview(line)} repeats the title as a Markdown heading; delete this line (the title comes from title: in the front matter)`;
  }
  if (atTop) return `${preview(line)} is a Markdown heading; the title belongs in the front matter (title: "…") — move it there and delete this line`;
  return `${preview(line)} is a Markdown heading; articles are plain paragraphs — delete the heading, or write it as a sentence`;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
