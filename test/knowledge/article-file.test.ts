import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frontMatterSchema, parseArticleFile, toPublishedDate, type ArticleFileResult } from '../../src/knowledge/article-file.ts';
import type { KnowledgeProblem } from '../../src/knowledge/types.ts';

const FILE = 'knowledge/sample.md';
const FRONT = 'title: "A sample"\npublished: 2025-11-24';

/** An article: front matter lines, then the body. */
const article = (front: string, body = 'First paragraph.\n\nSecond paragraph.'): string => `---\n${front}\n---\n\n${body}\n`;

function problemsOf(result: ArticleFileResult): KnowledgeProblem[] {
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
}

function accepted(result: ArticleFileResult) {
  if (!result.ok) throw new Error(`expected the file to be accepted, got:\n${result.problems.map((p) => p.message).join('\n')}`);
  return result;
}

/** The one problem a file has, as `line: message`. */
function only(content: string, file = FILE): { line: number | undefined; message: string; field: string | undefined } {
  const problems = problemsOf(parseArticleFile(file, content));
  expect(problems, problems.map((p) => p.message).join('\n')).toHaveLength(1);
  const [p] = problems;
  return { line: p?.line, message: p?.message ?? '', field: p?.field };
}

describe('parseArticleFile on valid files', () => {
  it('reads the seed article: meta, 8 numbered paragraphs with their lines and sentences', () => {
    const result = accepted(parseArticleFile('knowledge/trump-xi-call.md', readFileSync(new URL('../../knowledge/trump-xi-call.md', import.meta.url), 'utf8')));
    expect(result.meta).toEqual({
      slug: 'trump-xi-call',
      title: 'Trump and Xi discuss Taiwan, trade and Ukraine in phone call',
      published: '2025-11-24',
      source: 'Wire-style news report',
      file: 'knowledge/trump-xi-call.md',
    });
    expect(result.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(result.paragraphs.map((p) => p.line)).toEqual([7, 9, 11, 13, 15, 17, 19, 21]);
    expect(result.paragraphs[5]?.sentences).toHaveLength(4);
    expect(result.paragraphs[5]?.text).toMatch(/^Taiwan remains a central pressure point\./);
  });

  it('reads optional source and url, and leaves them out when absent', () => {
    const full = accepted(parseArticleFile(FILE, article(`${FRONT}\nsource: Reuters\nurl: https://example.com/a?b=1`)));
    expect(full.meta).toMatchObject({ source: 'Reuters', url: 'https://example.com/a?b=1' });
    const bare = accepted(parseArticleFile(FILE, article(FRONT)));
    expect(Object.keys(bare.meta).sort()).toEqual(['file', 'published', 'slug', 'title']);
  });

  it('tolerates a byte-order mark and CRLF line endings', () => {
    const lf = accepted(parseArticleFile(FILE, article(FRONT)));
    const crlf = accepted(parseArticleFile(FILE, `\uFEFF${article(FRONT).replace(/\n/g, '\r\n')}`));
    expect(crlf).toEqual(lf);
  });

  it('joins a hard-wrapped paragraph with single spaces and trims it, keeping the text otherwise verbatim', () => {
    const result = accepted(parseArticleFile(FILE, article(FRONT, '  The first line  \n   goes on here,\twith  two spaces.  \n\n\n\nNext one.')));
    expect(result.paragraphs.map((p) => [p.number, p.line, p.text])).toEqual([
      [1, 6, 'The first line goes on here,\twith  two spaces.'],
      [2, 11, 'Next one.'],
    ]);
  });

  it('gives each paragraph its sentences with paragraph numbers', () => {
    const result = accepted(parseArticleFile(FILE, article(FRONT, 'One. Two.\n\nThree.')));
    expect(result.paragraphs[0]?.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [1, 'One.'],
      [1, 'Two.'],
    ]);
    expect(result.paragraphs[1]?.sentences[0]).toMatchObject({ paragraph: 2, text: 'Three.' });
  });

  it('accepts blank lines before the front matter and "..." as its closing line', () => {
    const result = accepted(parseArticleFile(FILE, `\n\n---\n${FRONT}\n...\nText.`));
    expect(result.paragraphs[0]).toMatchObject({ line: 7, text: 'Text.' });
  });

  it('accepts a leap day and a "#" that does not start a heading', () => {
    const result = accepted(parseArticleFile(FILE, article('title: Leap\npublished: 2024-02-29', '#hashtag trends and #1 ranks.')));
    expect(result.meta.published).toBe('2024-02-29');
  });

  it('accepts slugs of lowercase letters, digits and hyphens', () => {
    expect(accepted(parseArticleFile('k/2025-budget-v2.md', article(FRONT))).meta.slug).toBe('2025-budget-v2');
  });
});

describe('parseArticleFile: the file name', () => {
  it.each([
    ['k/Trump Xi Call.md', 'trump-xi-call.md'],
    ['k/café_über.md', 'cafe-uber.md'],
    ['k/notes.MD', 'notes.md'],
    ['k/-draft-.md', 'draft.md'],
  ])('rejects %s and suggests renaming it to %s', (file, suggestion) => {
    const p = only(article(FRONT), file);
    expect(p.line).toBeUndefined();
    expect(p.message).toContain('is not a valid slug');
    expect(p.message).toMatch(new RegExp(`rename it to ${suggestion.replace('.', '\\.')}$`));
  });
});

describe('parseArticleFile: front matter structure', () => {
  it('reports a file without front matter on line 1 and still checks the text', () => {
    const problems = problemsOf(parseArticleFile(FILE, 'Just text.\n\n# A heading\n'));
    expect(problems.map((p) => [p.line, p.message.slice(0, 20)])).toEqual([
      [1, 'no front matter: the'],
      [3, '"# A heading" is a M'],
    ]);
  });

  it('says to add the opening line when the file starts with fields', () => {
    expect(only('title: x\npublished: 2025-11-24\n---\n\nText.')).toMatchObject({ line: 1, message: 'no front matter: add a line "---" before the first field (and one after the last)' });
  });

  it('reports front matter that is never closed, at its opening line', () => {
    expect(only(`\n---\n${FRONT}\n\nText.`)).toMatchObject({ line: 2, message: expect.stringContaining('never closed; add a line "---"') });
  });

  it('reports invalid YAML with its file line and a hint', () => {
    const p = only(article(`published: 2025-11-24\ntitle: Taiwan: what next`));
    expect(p.line).toBe(3);
    expect(p.message).toMatch(/^invalid YAML in the front matter: .*; a value that contains ": " must be in quotes/);
  });

  it('reports a field written twice', () => {
    const p = only(article(`${FRONT}\ntitle: Again`));
    expect(p.line).toBe(4);
    expect(p.message).toContain('a field is written twice; keep one of them');
  });

  it('still checks the fields a YAML error did not touch', () => {
    const problems = problemsOf(parseArticleFile(FILE, article('published: 2025-02-30\ntitle: [unclosed')));
    expect(problems.map((p) => p.line)).toContain(2);
    expect(problems.find((p) => p.line === 2)?.message).toMatch(/^published: "2025-02-30" is not a date/);
  });

  it('rejects front matter that is not a set of fields', () => {
    expect(only(article('- a list\n- of things')).message).toMatch(/^the front matter must be fields written as name: value/);
  });
});

describe('parseArticleFile: fields', () => {
  it.each([
    ['title missing', 'published: 2025-11-24', 1, 'title', 'title is missing; add a line like title: "What the article is about"'],
    ['title empty', 'title: "  "\npublished: 2025-11-24', 2, 'title', 'title is empty; write it, e.g. title: "What the article is about"'],
    ['title blank', 'title:\npublished: 2025-11-24', 2, 'title', 'title is empty; write it, e.g. title: "What the article is about"'],
    ['title not text', 'title: 2025\npublished: 2025-11-24', 2, 'title', 'title must be text, not 2025; put it in quotes, e.g. title: "What the article is about"'],
    ['published missing', 'title: T', 1, 'published', 'published is missing; add the publication date, e.g. published: 2025-11-24'],
    ['published empty', 'title: T\npublished:', 3, 'published', 'published is empty; write it as YYYY-MM-DD, e.g. 2025-11-24'],
    ['published month 13', 'title: T\npublished: 2025-13-01', 3, 'published', 'published: "2025-13-01" is not a date (there is no month 13); write it as YYYY-MM-DD, e.g. 2025-11-24'],
    ['published day 31 of a 30-day month', 'title: T\npublished: 2025-11-31', 3, 'published', 'published: "2025-11-31" is not a date (November 2025 has 30 days); write it as YYYY-MM-DD, e.g. 2025-11-24'],
    ['published not ISO', 'title: T\npublished: 24/11/2025', 3, 'published', 'published: "24/11/2025" is not a date; write it as YYYY-MM-DD, e.g. 2025-11-24'],
    ['published with a time', 'title: T\npublished: 2025-11-24T10:00:00Z', 3, 'published', 'published: "2025-11-24T10:00:00Z" is not a date; write it as YYYY-MM-DD, e.g. 2025-11-24'],
    ['published a number', 'title: T\npublished: 20251124', 3, 'published', 'published: 20251124 is not a date; write it as YYYY-MM-DD, e.g. 2025-11-24'],
    ['source empty', `${FRONT}\nsource: ""`, 4, 'source', 'source is empty; write it or remove the line'],
    ['source not text', `${FRONT}\nsource: [a, b]`, 4, 'source', 'source must be text, not ["a","b"]; put it in quotes, e.g. source: "Reuters"'],
    ['url not a web address', `${FRONT}\nurl: example.com/story`, 4, 'url', 'url: "example.com/story" is not a web address; write the full link starting with https://, e.g. https://example.com/news/story'],
    ['url not http', `${FRONT}\nurl: ftp://example.com/story`, 4, 'url', 'url: "ftp://example.com/story" is not a web address; write the full link starting with https://, e.g. https://example.com/news/story'],
    ['misspelt field', `${FRONT}\nTitel: x`, 4, 'Titel', 'unknown field "Titel"; did you mean "title"? (the fields are title, published, source and url)'],
    ['unknown field', `${FRONT}\nauthor: Jane`, 4, 'author', 'unknown field "author"; the fields are title, published, source and url — remove it or correct its name'],
  ])('reports %s with the field and its line', (_name, front, line, field, message) => {
    expect(only(article(front))).toEqual({ line, field, message });
  });

  it('accepts a published date that YAML parsed into a Date', () => {
    const parsed = frontMatterSchema.parse({ title: 'T', published: new Date('2025-11-24T00:00:00Z') });
    expect(parsed.published).toBe('2025-11-24');
    expect(toPublishedDate(new Date('nonsense'))).toEqual({ error: 'published is not a valid date; write it as YYYY-MM-DD, e.g. 2025-11-24' });
  });
});

describe('parseArticleFile: the text', () => {
  it('reports an empty body after the front matter', () => {
    expect(only(`---\n${FRONT}\n---\n\n  \n`)).toMatchObject({ line: 4, message: expect.stringContaining('no paragraphs of text after the front matter') });
  });

  it('reports an empty or blank file once', () => {
    expect(only('').message).toMatch(/^the file is empty/);
    expect(only('\n  \r\n').message).toMatch(/^the file is empty/);
  });

  it('reports a heading at the top that repeats the title, with its line', () => {
    expect(only(article(FRONT, '# A sample\n\nText.'))).toMatchObject({ line: 6, message: '"# A sample" repeats the title as a Markdown heading; delete this line (the title comes from title: in the front matter)' });
  });

  it('reports a different heading at the top as a title that belongs in the front matter', () => {
    expect(only(article(FRONT, '# Another title\n\nText.')).message).toContain('the title belongs in the front matter');
  });

  it('reports a heading further down', () => {
    expect(only(article(FRONT, 'Text.\n\n## Background\n\nMore.'))).toMatchObject({ line: 8, message: '"## Background" is a Markdown heading; articles are plain paragraphs — delete the heading, or write it as a sentence' });
  });

  it('reports an underlined heading at the line of its text', () => {
    expect(only(article(FRONT, 'Text.\n\nBackground\n----------\n\nMore.'))).toMatchObject({ line: 8, message: expect.stringContaining('"Background" is underlined as a Markdown heading') });
  });

  it('reports a horizontal rule', () => {
    expect(only(article(FRONT, 'Text.\n\n***\n\nMore.'))).toMatchObject({ line: 8, message: expect.stringContaining('"***" is a Markdown horizontal rule') });
  });

  it('reports an HTML block and an HTML comment', () => {
    const problems = problemsOf(parseArticleFile(FILE, article(FRONT, '<div class="x">Hi</div>\n\nText.\n\n<!-- note -->')));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [6, '"<div class="x">Hi</div>" is HTML, which is not supported in articles; write the paragraph as plain text'],
      [10, '"<!-- note -->" is HTML, which is not supported in articles; write the paragraph as plain text'],
    ]);
  });

  it('reports a code fence once even when its code has blank lines, then goes on checking', () => {
    const problems = problemsOf(parseArticleFile(FILE, article(FRONT, 'Text.\n\n```js\nconst a = 1;\n\n# not a heading\n```\n\n# Real heading')));
    expect(problems.map((p) => [p.line, p.message.slice(0, 40)])).toEqual([
      [8, '"```js" starts a Markdown code block, wh'],
      [14, '"# Real heading" is a Markdown heading; '],
    ]);
  });

  it('reports a table', () => {
    expect(only(article(FRONT, 'Text.\n\n| a | b |\n|---|---|\n| 1 | 2 |'))).toMatchObject({ line: 8, message: expect.stringContaining('a Markdown table is not article text') });
  });

  it('reports a paragraph of only punctuation or symbols', () => {
    expect(only(article(FRONT, 'Text.\n\n• • • — ★'))).toMatchObject({ line: 8, message: 'paragraph "• • • — ★" has no words, only punctuation or symbols; delete it' });
  });

  it('reports an invisible control character with its line and column', () => {
    expect(only(article(FRONT, 'Text.\n\nA bell\u0007 here.'))).toMatchObject({ line: 8, message: 'contains an invisible control character (U+0007 at column 7); delete it' });
  });

  it('reports a binary file once, at its first NUL byte', () => {
    expect(only(`---\n${FRONT}\n---\nab\0cd\0\0`)).toMatchObject({ line: 5, message: expect.stringContaining('looks like a binary file') });
  });

  it('reports text that was not saved as UTF-8', () => {
    expect(only(article(FRONT, 'Text.\n\nCaf\uFFFD au lait.'))).toMatchObject({ line: 8, message: expect.stringContaining('not saved as UTF-8') });
  });
});

describe('parseArticleFile reports every problem at once', () => {
  it('lists problems from the name, the fields and the text together, each with its line', () => {
    const content = article('titel: Oops\npublished: 2025-02-29\nurl: nowhere', '# Heading\n\nGood text.\n\n---\n\n<p>html</p>');
    const problems = problemsOf(parseArticleFile('knowledge/Bad Name.md', content));
    expect(problems.map((p) => [p.line, p.field, p.message.split(/[;:(]/)[0]])).toEqual([
      [undefined, undefined, 'file name "Bad Name.md" is not a valid slug '],
      [1, 'title', 'title is missing'],
      [2, 'titel', 'unknown field "titel"'],
      [3, 'published', 'published'],
      [4, 'url', 'url'],
      [7, undefined, '"# Heading" is a Markdown heading'],
      [11, undefined, '"---" is a Markdown horizontal rule'],
      [13, undefined, '"<p>html</p>" is HTML, which is not supported in articles'],
    ]);
    expect(problems.every((p) => p.file === 'knowledge/Bad Name.md')).toBe(true);
  });
});
