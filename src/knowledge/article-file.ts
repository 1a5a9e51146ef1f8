/**
 * Reads one article file: YAML front matter between `---` lines, then paragraphs separated by
 * blank lines. Everything wrong with the file is reported at once, each problem with its line and
 * a message that says what to do, so one edit-and-check round fixes a file.
 */
import { readBody } from './article-body.ts';
import { checkSlug, findFrontMatter, NO_FRONT_MATTER, readFrontMatter, type Report } from './front-matter.ts';
import { problem, sortProblems } from './problems.ts';
import type { ArticleMeta, KnowledgeProblem, Paragraph } from './types.ts';

export { frontMatterSchema, toPublishedDate, type FrontMatter } from './front-matter.ts';

export type ArticleFileResult =
  | { ok: true; meta: ArticleMeta; paragraphs: Paragraph[] }
  | { ok: false; problems: KnowledgeProblem[] };

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

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
