import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskExtractionCache } from '../../src/knowledge/extraction-cache.ts';
import { extractorVersion } from '../../src/knowledge/extractor-version.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KnowledgeStore, type Extractors } from '../../src/knowledge/store.ts';

const article = (body: string): string => `---\ntitle: "Story"\npublished: 2025-11-24\n---\n\n${body}\n`;
const BODY = '"We will not back down," said Jane Doe, the mayor. The vote is on Monday.';

let tmp: string;
let knowledge: string;
let cacheRoot: string;
let calls: number;

/** Extractors that count their calls and return data that fits any paragraph (quote = first 5 characters). */
const counting: Extractors = {
  extractQuotes: (paragraphs) => {
    calls++;
    const first = paragraphs[0];
    if (!first) return { speakers: [], quotes: [], statements: [] };
    return {
      speakers: [{ id: 'jane-doe', name: 'Jane Doe', kind: 'person', aliases: ['Doe'] }],
      quotes: [{ speakerId: 'jane-doe', text: first.text.slice(0, 5), paragraph: 1, partial: false, start: 0 }],
      statements: [],
    };
  },
  extractEvents: (paragraphs, published) => {
    const first = paragraphs[0];
    return first ? [{ date: published, precision: 'day', written: first.text.slice(0, 3), text: first.text, paragraph: 1, expected: false }] : [];
  },
};

const write = (body: string): void => writeFileSync(path.join(knowledge, 'story.md'), article(body));
const load = (cache: DiskExtractionCache, extractors: Partial<Extractors> = counting) => loadKnowledge(knowledge, { extractors, cache });
const entryFiles = (cache: DiskExtractionCache): string[] => readdirSync(cache.dir).map((name) => path.join(cache.dir, name));

beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'extraction-cache-'));
  knowledge = path.join(tmp, 'knowledge');
  cacheRoot = path.join(tmp, 'cache');
  mkdirSync(knowledge);
  calls = 0;
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('the extraction cache', () => {
  it('serves a second start from the cache without running the extractors, with identical articles', async () => {
    write(BODY);
    const first = await load(new DiskExtractionCache(cacheRoot, 'v1'));
    const second = await load(new DiskExtractionCache(cacheRoot, 'v1'));
    expect(calls).toBe(1);
    expect(second.problems).toEqual([]);
    expect(second.kb.articles).toEqual(first.kb.articles);
  });

  it('extracts again when a paragraph text changes', async () => {
    write(BODY);
    await load(new DiskExtractionCache(cacheRoot, 'v1'));
    write(BODY.replace('Monday', 'Tuesday'));
    const { kb } = await load(new DiskExtractionCache(cacheRoot, 'v1'));
    expect(calls).toBe(2);
    expect(kb.bySlug.get('story')?.events[0]?.text).toContain('Tuesday');
  });

  it('extracts again when the publication date changes', async () => {
    write(BODY);
    await load(new DiskExtractionCache(cacheRoot, 'v1'));
    writeFileSync(path.join(knowledge, 'story.md'), article(BODY).replace('2025-11-24', '2025-11-25'));
    const { kb } = await load(new DiskExtractionCache(cacheRoot, 'v1'));
    expect(calls).toBe(2);
    expect(kb.bySlug.get('story')?.events[0]?.date).toBe('2025-11-25');
  });

  it('extracts again under another extractor version and drops the old version’s entries', async () => {
    write(BODY);
    await load(new DiskExtractionCache(cacheRoot, 'v1'));
    await load(new DiskExtractionCache(cacheRoot, 'v2'));
    expect(calls).toBe(2);
    expect(readdirSync(cacheRoot)).toEqual(['v2']);
  });

  it('treats an unreadable entry as a miss and replaces it', async () => {
    write(BODY);
    const cache = new DiskExtractionCache(cacheRoot, 'v1');
    await load(cache);
    for (const file of entryFiles(cache)) writeFileSync(file, '{"key": "trunc');
    const { kb, problems } = await load(new DiskExtractionCache(cacheRoot, 'v1'));
    expect(calls).toBe(2);
    expect(problems).toEqual([]);
    expect(kb.bySlug.get('story')?.quotes[0]?.text).toBe('"We w');
    await load(new DiskExtractionCache(cacheRoot, 'v1'));
    expect(calls).toBe(2);
  });

  it('never serves an entry that does not fit the paragraphs (a quote that is not in the text)', async () => {
    write(BODY);
    const cache = new DiskExtractionCache(cacheRoot, 'v1');
    await load(cache);
    for (const file of entryFiles(cache)) writeFileSync(file, readFileSync(file, 'utf8').replace('"start":0', '"start":7'));
    const { kb } = await load(new DiskExtractionCache(cacheRoot, 'v1'));
    expect(calls).toBe(2);
    expect(kb.bySlug.get('story')?.quotes[0]).toMatchObject({ text: '"We w', start: 0 });
  });

  it('still loads everything when the cache folder cannot be created', async () => {
    write(BODY);
    writeFileSync(path.join(tmp, 'not-a-folder'), 'a file where the cache folder should be');
    const unwritable = (): DiskExtractionCache => new DiskExtractionCache(path.join(tmp, 'not-a-folder', 'cache'), 'v1');
    const first = await load(unwritable());
    const second = await load(unwritable());
    expect(first.problems).toEqual([]);
    expect(second.kb.bySlug.get('story')?.quotes).toHaveLength(1);
    expect(calls).toBe(2);
  });

  it('does not keep a failed extraction, so its warning shows again on the next start', async () => {
    write(BODY);
    const failing = { ...counting, extractEvents: (): never => { throw new Error('bad date'); } };
    await load(new DiskExtractionCache(cacheRoot, 'v1'), failing);
    const { problems } = await load(new DiskExtractionCache(cacheRoot, 'v1'), failing);
    expect(calls).toBe(2);
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it('is used when a file is reloaded after an edit', async () => {
    write(BODY);
    const cache = new DiskExtractionCache(cacheRoot, 'v1');
    const store = new KnowledgeStore(knowledge, { extractors: counting, cache });
    await store.loadAll();
    write(BODY.replace('Monday', 'Tuesday'));
    await store.reloadFile('story.md');
    write(BODY);
    expect((await store.reloadFile('story.md')).changed).toBe(true);
    expect(calls).toBe(2);
    expect(store.knowledgeBase.bySlug.get('story')?.events[0]?.text).toContain('Monday');
  });
});

describe('the extractor version', () => {
  const project = (): string => {
    const root = path.join(tmp, 'project');
    for (const folder of ['src/knowledge/quotes', 'src/knowledge/timeline']) mkdirSync(path.join(root, folder), { recursive: true });
    writeFileSync(path.join(root, 'src/knowledge/quotes/index.ts'), 'export const a = 1;\n');
    writeFileSync(path.join(root, 'src/knowledge/timeline/index.ts'), 'export const b = 1;\n');
    return root;
  };

  it('changes when any extractor source file changes, and only then', async () => {
    const root = project();
    const before = await extractorVersion(root);
    expect(await extractorVersion(root)).toBe(before);
    writeFileSync(path.join(root, 'src/knowledge/timeline/index.ts'), 'export const b = 2;\n');
    expect(await extractorVersion(root)).not.toBe(before);
  });

  it('changes when an extractor source file is added', async () => {
    const root = project();
    const before = await extractorVersion(root);
    writeFileSync(path.join(root, 'src/knowledge/quotes/names.ts'), 'export const c = 1;\n');
    expect(await extractorVersion(root)).not.toBe(before);
  });

  it('is unknown (so nothing is cached) when the extractor sources are not there', async () => {
    expect(await extractorVersion(tmp)).toBeUndefined();
  });
});

describe('the extraction cache with the real extractors', () => {
  it('gives the seed article exactly as extracting it does', async () => {
    const seed = readFileSync(path.join(import.meta.dirname, '../../knowledge/trump-xi-call.md'), 'utf8');
    writeFileSync(path.join(knowledge, 'trump-xi-call.md'), seed);
    const version = await extractorVersion(path.join(import.meta.dirname, '../..'));
    expect(version).toMatch(/^[0-9a-f]{24}$/);
    const fresh = await loadKnowledge(knowledge, { cache: false });
    await loadKnowledge(knowledge, { cache: new DiskExtractionCache(cacheRoot, version ?? '') });
    const cached = await loadKnowledge(knowledge, { cache: new DiskExtractionCache(cacheRoot, version ?? '') });
    expect(cached.kb.articles).toEqual(fresh.kb.articles);
    expect(fresh.kb.articles[0]?.quotes.length).toBeGreaterThan(0);
  });
});
