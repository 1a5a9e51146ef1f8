import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeStore, isArticleFileName } from '../../src/knowledge/store.ts';

const valid = (title: string, body = 'Some text. More text.'): string => `---\ntitle: "${title}"\npublished: 2025-11-24\n---\n\n${body}\n`;
const INVALID = '---\ntitle: Broken\npublished: 2025-13-01\n---\n\nText.\n';

let dir: string;
const write = (name: string, content: string): void => writeFileSync(path.join(dir, name), content);
const titles = (store: KnowledgeStore): string[] => store.knowledgeBase.articles.map((a) => `${a.slug}: ${a.title}`);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'knowledge-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('KnowledgeStore.reloadFile', () => {
  it('adds a new valid file and reports the knowledge base changed', async () => {
    const store = new KnowledgeStore(dir);
    await store.loadAll();
    write('new-story.md', valid('New'));
    const update = await store.reloadFile('new-story.md');
    expect(update).toEqual({ file: path.join(dir, 'new-story.md'), changed: true, problems: [] });
    expect(titles(store)).toEqual(['new-story: New']);
  });

  it('keeps serving the last good version of a file edited to be invalid, and says so', async () => {
    write('story.md', valid('Good'));
    const store = new KnowledgeStore(dir);
    await store.loadAll();
    const before = store.knowledgeBase;
    write('story.md', INVALID);
    const update = await store.reloadFile('story.md');
    expect(update.changed).toBe(false);
    expect(update.problems.map((p) => p.message)).toEqual([
      'published: "2025-13-01" is not a date (there is no month 13); write it as YYYY-MM-DD, e.g. 2025-11-24',
      'the last valid version of this file is still served until these problems are fixed',
    ]);
    expect(store.knowledgeBase).toBe(before);
    expect(titles(store)).toEqual(['story: Good']);
    expect(store.problems).toHaveLength(2);
  });

  it('serves the fixed version and clears the problems once the file is valid again', async () => {
    write('story.md', INVALID);
    const store = new KnowledgeStore(dir);
    expect((await store.loadAll()).kb.articles).toEqual([]);
    write('story.md', valid('Fixed'));
    expect((await store.reloadFile(path.join(dir, 'story.md'))).changed).toBe(true);
    expect(titles(store)).toEqual(['story: Fixed']);
    expect(store.problems).toEqual([]);
  });

  it('serves nothing for a new file that was never valid', async () => {
    const store = new KnowledgeStore(dir);
    await store.loadAll();
    write('bad.md', INVALID);
    const update = await store.reloadFile('bad.md');
    expect(update.problems).toHaveLength(1);
    expect(store.knowledgeBase.articles).toEqual([]);
  });

  it('removes a file that has been deleted', async () => {
    write('story.md', valid('Gone soon'));
    const store = new KnowledgeStore(dir);
    await store.loadAll();
    unlinkSync(path.join(dir, 'story.md'));
    expect((await store.reloadFile('story.md')).changed).toBe(true);
    expect(store.knowledgeBase.articles).toEqual([]);
  });

  it('does nothing when the content did not change, keeping the same knowledge base object', async () => {
    write('story.md', valid('Same'));
    const store = new KnowledgeStore(dir);
    await store.loadAll();
    const before = store.knowledgeBase;
    expect((await store.reloadFile('story.md')).changed).toBe(false);
    expect(store.knowledgeBase).toBe(before);
  });

  it('ignores files that are not articles', async () => {
    const store = new KnowledgeStore(dir);
    write('README.md', 'not an article');
    write('notes.txt', 'nope');
    expect(await store.reloadFile('README.md')).toMatchObject({ changed: false, problems: [] });
    expect(await store.reloadFile('notes.txt')).toMatchObject({ changed: false, problems: [] });
    expect(store.knowledgeBase.articles).toEqual([]);
  });
});

describe('KnowledgeStore.removeFile', () => {
  it('stops serving the article and forgets its problems', async () => {
    write('a.md', valid('A'));
    write('b.md', valid('B'));
    const store = new KnowledgeStore(dir);
    await store.loadAll();
    write('b.md', INVALID);
    await store.reloadFile('b.md');
    expect(store.removeFile('b.md').changed).toBe(true);
    expect(titles(store)).toEqual(['a: A']);
    expect(store.problems).toEqual([]);
    expect(store.removeFile('b.md').changed).toBe(false);
  });
});

describe('KnowledgeStore.loadAll', () => {
  it('drops articles whose files were deleted since the last load', async () => {
    write('a.md', valid('A'));
    write('b.md', valid('B'));
    const store = new KnowledgeStore(dir);
    await store.loadAll();
    unlinkSync(path.join(dir, 'b.md'));
    expect((await store.loadAll()).kb.articles.map((a) => a.slug)).toEqual(['a']);
  });

  it('keeps the last good articles when the folder disappears, and reports it', async () => {
    write('a.md', valid('A'));
    const store = new KnowledgeStore(dir);
    await store.loadAll();
    rmSync(dir, { recursive: true });
    const { kb, problems } = await store.loadAll();
    expect(kb.articles.map((a) => a.slug)).toEqual(['a']);
    expect(problems.map((p) => p.message)).toEqual([`knowledge folder ${dir} does not exist; set KNOWLEDGE_DIR or pass --knowledge DIR`]);
  });

  it('reports a file too large to be an article instead of reading it', async () => {
    write('huge.md', valid('Huge', 'x'.repeat(5000)));
    const { problems } = await new KnowledgeStore(dir, { maxFileBytes: 1000 }).loadAll();
    expect(problems.map((p) => p.message)).toEqual(['the file is 5 KB; files over 1 KB are not read — is it really one article?']);
  });
});

describe('isArticleFileName', () => {
  it.each([
    ['story.md', true],
    ['Story.MD', true],
    ['README.md', false],
    ['readme.MD', false],
    ['.story.md.swp', false],
    ['.#story.md', false],
    ['story.md~', false],
    ['story.txt', false],
    ['4913', false],
  ])('%s → %s', (name, expected) => {
    expect(isArticleFileName(name)).toBe(expected);
  });

  it('ignores subfolders even when named like an article', async () => {
    mkdirSync(path.join(dir, 'drafts.md'));
    write('a.md', valid('A'));
    const { kb, problems } = await new KnowledgeStore(dir).loadAll();
    expect(kb.articles.map((a) => a.slug)).toEqual(['a']);
    expect(problems).toEqual([]);
  });
});
