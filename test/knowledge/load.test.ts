import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Extractors } from '../../src/knowledge/store.ts';
import type { Quote } from '../../src/knowledge/types.ts';

const valid = (title: string, body = 'Some text. More text.'): string => `---\ntitle: "${title}"\npublished: 2025-11-24\n---\n\n${body}\n`;
const NO_EXTRACTION: Extractors = { extractQuotes: () => ({ speakers: [], quotes: [], statements: [] }), extractEvents: () => [] };

let dir: string;
const write = (name: string, content: string): void => writeFileSync(path.join(dir, name), content);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'knowledge-load-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('loadKnowledge', () => {
  it('reads every article, sorted by slug, with a bySlug map', async () => {
    write('zebra.md', valid('Zebra'));
    write('apple.md', valid('Apple'));
    const { kb, problems } = await loadKnowledge(dir);
    expect(problems).toEqual([]);
    expect(kb.articles.map((a) => a.slug)).toEqual(['apple', 'zebra']);
    expect(kb.bySlug.get('zebra')?.title).toBe('Zebra');
    expect(kb.articles[0]).toMatchObject({ file: path.join(dir, 'apple.md'), published: '2025-11-24', speakers: [], quotes: [], statements: [], events: [] });
    expect(kb.articles[0]?.paragraphs[0]?.sentences.map((s) => s.text)).toEqual(['Some text.', 'More text.']);
  });

  it('reads the repository knowledge folder without problems', async () => {
    const { kb, problems } = await loadKnowledge(path.join(import.meta.dirname, '../../knowledge'));
    expect(problems).toEqual([]);
    expect(kb.bySlug.get('trump-xi-call')?.paragraphs).toHaveLength(8);
  });

  it('ignores README.md in any case, dotfiles and other file types', async () => {
    write('story.md', valid('Story'));
    write('README.md', '# About this folder');
    write('readme.MD', 'also ignored');
    write('.story.md.swp', 'swap');
    write('notes.txt', 'notes');
    const { kb, problems } = await loadKnowledge(dir);
    expect(kb.articles.map((a) => a.slug)).toEqual(['story']);
    expect(problems).toEqual([]);
  });

  it('serves the valid articles and reports every problem of the invalid ones, in file order', async () => {
    write('good.md', valid('Good'));
    write('b-bad.md', '---\ntitle: ""\npublished: soon\n---\n\nText.\n');
    write('a-bad.md', 'no front matter\n');
    const { kb, problems } = await loadKnowledge(dir);
    expect(kb.articles.map((a) => a.slug)).toEqual(['good']);
    expect(problems.map((p) => [path.basename(p.file), p.line, p.field])).toEqual([
      ['a-bad.md', 1, undefined],
      ['b-bad.md', 2, 'title'],
      ['b-bad.md', 3, 'published'],
    ]);
  });

  it('reports a missing folder with what to do', async () => {
    const missing = path.join(dir, 'nope');
    const { kb, problems } = await loadKnowledge(missing);
    expect(kb.articles).toEqual([]);
    expect(problems).toEqual([{ file: missing, message: `knowledge folder ${missing} does not exist; set KNOWLEDGE_DIR or pass --knowledge DIR` }]);
  });

  it('shows a relative folder path with ./ in the message', async () => {
    const { problems } = await loadKnowledge('surely-not-a-folder-here');
    expect(problems[0]?.message).toBe('knowledge folder ./surely-not-a-folder-here does not exist; set KNOWLEDGE_DIR or pass --knowledge DIR');
  });

  it('reports a file given where a folder is expected', async () => {
    write('story.md', valid('Story'));
    const { problems } = await loadKnowledge(path.join(dir, 'story.md'));
    expect(problems[0]?.message).toMatch(/is a file, not a folder; set KNOWLEDGE_DIR or pass --knowledge DIR/);
  });

  it('reports a folder without articles', async () => {
    write('README.md', 'only a readme');
    const { problems } = await loadKnowledge(dir);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/has no articles; add one Markdown file per article/)]);
  });
});

describe('loadKnowledge guards the extractors', () => {
  it('reports a throwing quote extractor for that file and still serves the article with its events', async () => {
    write('story.md', valid('Story', 'Boom here.'));
    write('calm.md', valid('Calm', 'Nothing here.'));
    const extractors: Extractors = {
      extractQuotes: (paragraphs) => {
        if (paragraphs.some((p) => p.text.includes('Boom'))) throw new TypeError('cannot read properties of undefined');
        return { speakers: [], quotes: [{ speakerId: 'x', text: 'Nothing', paragraph: 1, partial: true, start: 0 } satisfies Quote], statements: [] };
      },
      extractEvents: (_paragraphs, published) => [{ date: published, precision: 'day', written: 'today', text: 'x', paragraph: 1, expected: false }],
    };
    const { kb, problems } = await loadKnowledge(dir, { extractors });
    expect(problems).toEqual([
      {
        file: path.join(dir, 'story.md'),
        message: 'finding quotes failed (TypeError: cannot read properties of undefined); the article is served without them — this is a bug in the extractor, please report it with this file',
        severity: 'warning',
      },
    ]);
    expect(kb.bySlug.get('story')).toMatchObject({ quotes: [], speakers: [], statements: [], events: [{ date: '2025-11-24' }] });
    expect(kb.bySlug.get('calm')?.quotes).toHaveLength(1);
  });

  it('reports a throwing event extractor', async () => {
    write('story.md', valid('Story'));
    const { kb, problems } = await loadKnowledge(dir, { extractors: { extractEvents: () => { throw new Error('bad date'); } } });
    expect(problems[0]?.message).toMatch(/^finding dated events failed \(Error: bad date\)/);
    expect(kb.bySlug.get('story')?.events).toEqual([]);
  });
});

describe('loadKnowledge speed', () => {
  it('reads 1,000 articles of 8 paragraphs well within a second (extractors aside)', async () => {
    const seed = readFileSync(path.join(import.meta.dirname, '../../knowledge/trump-xi-call.md'), 'utf8');
    for (let i = 0; i < 1000; i++) write(`article-${i}.md`, seed);
    await loadKnowledge(dir, { extractors: NO_EXTRACTION }); // warm up the JIT and the file cache
    const started = performance.now();
    const { kb, problems } = await loadKnowledge(dir, { extractors: NO_EXTRACTION });
    const ms = performance.now() - started;
    expect(problems).toEqual([]);
    expect(kb.articles).toHaveLength(1000);
    // Typically ~300 ms on 2 cores; the bound leaves room for a busy machine.
    expect(ms).toBeLessThan(1500);
  });
});
