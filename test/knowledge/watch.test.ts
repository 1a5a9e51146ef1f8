import { mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeStore } from '../../src/knowledge/store.ts';
import type { KnowledgeBase, KnowledgeProblem } from '../../src/knowledge/types.ts';
import { watchKnowledge, type KnowledgeWatcher } from '../../src/knowledge/watch.ts';

const valid = (title: string): string => `---\ntitle: "${title}"\npublished: 2025-11-24\n---\n\nSome text.\n`;
const INVALID = '---\ntitle: Broken\npublished: 2025-13-01\n---\n\nText.\n';
const DEBOUNCE_MS = 40;

let dir: string;
let store: KnowledgeStore;
let watcher: KnowledgeWatcher | undefined;
let changes: { kb: KnowledgeBase; files: string[] }[];
let problems: KnowledgeProblem[][];

const write = (name: string, content: string): void => writeFileSync(path.join(dir, name), content);
const served = (): string[] => store.knowledgeBase.articles.map((a) => `${a.slug}: ${a.title}`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

async function startWatching(): Promise<void> {
  await store.loadAll();
  watcher = watchKnowledge(dir, store, { onChange: (kb, files) => changes.push({ kb, files }), onProblems: (list) => problems.push(list) }, { debounceMs: DEBOUNCE_MS });
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'knowledge-watch-'));
  store = new KnowledgeStore(dir);
  changes = [];
  problems = [];
});
afterEach(() => {
  watcher?.close();
  watcher = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('watchKnowledge', () => {
  it('picks up an added file, reports an invalid edit while serving the old version, and drops a deleted file', async () => {
    await startWatching();
    const file = path.join(dir, 'story.md');

    write('story.md', valid('First'));
    await until(() => changes.length === 1, 'the new file');
    expect(changes[0]?.files).toEqual([file]);
    expect(changes[0]?.kb.articles.map((a) => a.title)).toEqual(['First']);

    write('story.md', INVALID);
    await until(() => problems.length === 1, 'the problem report');
    expect(problems[0]?.map((p) => [p.file, p.line])).toEqual([
      [file, 3],
      [file, undefined],
    ]);
    expect(served()).toEqual(['story: First']);
    expect(changes).toHaveLength(1);

    unlinkSync(file);
    await until(() => changes.length === 2, 'the deletion');
    expect(changes[1]).toEqual({ kb: store.knowledgeBase, files: [file] });
    expect(served()).toEqual([]);
  });

  it('picks up a file an editor saves by renaming a temporary file over it', async () => {
    write('story.md', valid('Old'));
    await startWatching();
    write('.story.md.tmp', valid('New'));
    renameSync(path.join(dir, '.story.md.tmp'), path.join(dir, 'story.md'));
    await until(() => served()[0] === 'story: New', 'the renamed file');
    expect(changes.map((c) => c.files)).toEqual([[path.join(dir, 'story.md')]]);
  });

  it('applies a burst of writes as one change', async () => {
    await startWatching();
    for (let i = 1; i <= 5; i++) write('story.md', valid(`Version ${i}`));
    write('other.md', valid('Other'));
    await until(() => changes.length > 0, 'the burst');
    await sleep(DEBOUNCE_MS * 4);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.files.map((f) => path.basename(f)).sort()).toEqual(['other.md', 'story.md']);
    expect(served()).toEqual(['other: Other', 'story: Version 5']);
  });

  it('ignores files that are not articles', async () => {
    await startWatching();
    write('notes.txt', 'hello');
    write('README.md', '# About');
    write('.story.md.swp', 'swap');
    await sleep(DEBOUNCE_MS * 5);
    expect(changes).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('reports nothing after it is closed', async () => {
    await startWatching();
    watcher?.close();
    write('story.md', valid('Late'));
    await sleep(DEBOUNCE_MS * 5);
    expect(changes).toEqual([]);
  });

  it('keeps watching when a handler throws', async () => {
    await store.loadAll();
    let calls = 0;
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => {
      warnings.push(warning.message);
    };
    process.on('warning', onWarning);
    try {
      watcher = watchKnowledge(dir, store, { onChange: () => { calls++; throw new Error('handler bug'); }, onProblems: () => undefined }, { debounceMs: DEBOUNCE_MS });
      write('a.md', valid('A'));
      await until(() => calls === 1, 'the first change');
      write('b.md', valid('B'));
      await until(() => calls === 2, 'the second change');
      await until(() => warnings.length >= 1, 'the warning');
      expect(warnings[0]).toContain('handler bug');
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('reports a folder it cannot watch instead of throwing', () => {
    const reported: KnowledgeProblem[] = [];
    const missing = path.join(dir, 'missing');
    watcher = watchKnowledge(missing, store, { onChange: () => undefined, onProblems: (list) => reported.push(...list) });
    expect(reported.map((p) => p.message)).toEqual([`cannot watch knowledge folder ${missing} (ENOENT); changes need a restart to be picked up`]);
  });
});
