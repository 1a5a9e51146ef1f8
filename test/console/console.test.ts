import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, runConsole } from './run-console.ts';

describe('console in batch mode with --json', () => {
  it('answers each line in order with one JSON object, then exits 0', async () => {
    const input = ['/ask who protested the arms sale', '/quote lin-jian', '/timeline', '/quote xi-jinping', '/ask', '/frobnicate now'].join('\n') + '\n';
    const run = await runConsole(['--console', '--json'], input);
    expect(run.code).toBe(0);
    const [ask, lin, timeline, xi, empty, unknown] = jsonLines(run);
    expect(run.lines).toHaveLength(6);

    expect(ask).toMatchObject({ command: 'ask', status: 'answered' });
    expect(ask?.answers[0].citation).toEqual({ article: 'trump-xi-call', paragraph: 6 });
    expect(ask?.answers[0].text).toMatch(/^Beijing sharply protested the authorization/);

    expect(lin).toMatchObject({ command: 'quote', status: 'answered', speaker: { id: 'lin-jian', name: 'Lin Jian' } });
    expect(lin?.quotes.map((q: any) => [q.text, q.citation.paragraph])).toEqual([['China deplores and opposes that.', 6]]);

    const dates = timeline?.events.map((e: any) => `${e.date} ¶${e.citation.paragraph}`);
    expect(dates).toContain('2025-10-30 ¶5');
    expect(dates).toContain('2025-11-24 ¶1');
    expect(dates.indexOf('2025-10-30 ¶5')).toBeLessThan(dates.indexOf('2025-11-24 ¶1'));
    const sorted = [...timeline!.events].map((e: any) => e.date);
    expect(sorted).toEqual([...sorted].sort());

    expect(xi?.speaker.id).toBe('xi-jinping');
    expect(xi?.quotes.map((q: any) => q.citation.paragraph)).toEqual([2, 2, 4, 5, 5, 8]);

    expect(empty).toMatchObject({ command: 'ask', status: 'error', message: expect.any(String) });
    expect(unknown).toMatchObject({ status: 'error', message: expect.stringMatching(/frobnicate/) });
  });

  it('answers hostile lines with errors and keeps going', async () => {
    const input = ['   ', `/ask ${'x'.repeat(10_000)}`, '/ask who\u0001 is it', '/ask (((*+?[', '/help'].join('\n') + '\n';
    const run = await runConsole(['--json'], input);
    expect(run.code).toBe(0);
    const replies = jsonLines(run);
    expect(replies.map((r) => r.status)).toEqual(['error', 'error', 'error', expect.stringMatching(/answered|not_found/), 'answered']);
    for (const reply of replies.slice(0, 3)) expect(reply.message).toMatch(/\w/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack traces
  });

  it('prints readable answers with ¶ citations without --json', async () => {
    const run = await runConsole(['--console'], '/ask who protested the arms sale\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Beijing sharply protested[\s\S]*\(¶6\)/);
  });

  it('reads another folder with --knowledge and stops with file and line on a malformed article', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-'));
    await writeFile(path.join(dir, 'broken.md'), '---\ntitle: Broken\npublished: 2025-13-45\n---\n\nText.\n');
    const run = await runConsole(['--json', '--knowledge', dir], '/help\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.md:3/);
    expect(run.stderr).toMatch(/published/);
  });

  it('uses KNOWLEDGE_DIR when no flag is given', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-'));
    await writeFile(path.join(dir, 'tiny.md'), '---\ntitle: Tiny\npublished: 2024-01-02\n---\n\nThe mayor opened the bridge on Tuesday.\n');
    const run = await runConsole(['--json'], '/articles\n', { KNOWLEDGE_DIR: dir });
    expect(jsonLines(run)[0]?.articles).toEqual([expect.objectContaining({ slug: 'tiny', title: 'Tiny', paragraphs: 1 })]);
  });
});
