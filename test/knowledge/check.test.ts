import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '../..');
const valid = (title: string, body: string): string => `---\ntitle: "${title}"\npublished: 2025-11-24\n---\n\n${body}\n`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npx tsx scripts/check.ts ARGS` from the repository root, as `npm run check` does. */
function check(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const childEnv = { ...process.env, KNOWLEDGE_DIR: undefined, ...env };
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'scripts/check.ts', ...args], { cwd: ROOT, env: childEnv }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let good: string;
let bad: string;

beforeAll(() => {
  good = mkdtempSync(path.join(tmpdir(), 'check-good-'));
  writeFileSync(path.join(good, 'beta.md'), valid('Beta', 'One. Two.\n\nThree.'));
  writeFileSync(path.join(good, 'alpha-story.md'), valid('Alpha', 'Only one sentence.'));
  writeFileSync(path.join(good, 'README.md'), 'Not an article.');
  bad = mkdtempSync(path.join(tmpdir(), 'check-bad-'));
  writeFileSync(path.join(bad, 'fine.md'), valid('Fine', 'Text.'));
  writeFileSync(path.join(bad, 'broken.md'), '---\ntitle: Broken\npublished: 2025-13-01\n---\n\n# Broken\n');
  writeFileSync(path.join(bad, 'Bad Name.md'), valid('Name', 'Text.'));
});
afterAll(() => {
  rmSync(good, { recursive: true, force: true });
  rmSync(bad, { recursive: true, force: true });
});

// Sequential on purpose: each run starts tsx (~2 s), and parallel starts on a small machine only slow each other down.
describe('scripts/check.ts', () => {
  it('prints one summary line per article and exits 0 for a valid folder given as an argument', async () => {
    const run = await check([good]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'alpha-story  1 paragraph, 1 sentence, 0 quotes, 0 speakers, 0 events',
      'beta         2 paragraphs, 3 sentences, 0 quotes, 0 speakers, 0 events',
    ]);
    expect(lines[2]).toMatch(new RegExp(`^2 articles in ${good}: all valid \\(\\d+\\.\\d\\d s\\)\\.$`));
  });

  it('accepts --knowledge DIR and --knowledge=DIR', async () => {
    const spaced = await check(['--knowledge', good]);
    const joined = await check([`--knowledge=${good}`]);
    expect([spaced.code, joined.code]).toEqual([0, 0]);
    expect(spaced.stdout).toContain('alpha-story');
    expect(joined.stdout).toContain('alpha-story');
  });

  it('reads the folder from KNOWLEDGE_DIR', async () => {
    const run = await check([], { KNOWLEDGE_DIR: good });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`2 articles in ${good}`);
  });

  it('defaults to the knowledge folder', async () => {
    const run = await check([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^trump-xi-call +8 paragraphs, 24 sentences, /m);
  });

  it('prints every problem with file and line and exits 1', async () => {
    const run = await check([bad]);
    expect(run.code).toBe(1);
    const broken = path.join(bad, 'broken.md');
    expect(run.stdout).toContain('4 problems in 2 files:');
    expect(run.stdout).toContain(`${path.join(bad, 'Bad Name.md')}: file name "Bad Name.md" is not a valid slug`);
    expect(run.stdout).toContain(`${broken}:3: published: "2025-13-01" is not a date (there is no month 13); write it as YYYY-MM-DD, e.g. 2025-11-24`);
    expect(run.stdout).toContain(`${broken}:6: "# Broken" repeats the title as a Markdown heading`);
    expect(run.stdout).toContain(`${broken}:4: the article has no paragraphs of text after the front matter`);
    expect(run.stdout).not.toContain('fine');
  });

  it('reports a missing folder and exits 1', async () => {
    const missing = path.join(good, 'missing');
    const run = await check([missing]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`knowledge folder ${missing} does not exist; set KNOWLEDGE_DIR or pass --knowledge DIR`);
  });

  it('rejects an unknown option with the usage and exit code 2', async () => {
    const run = await check(['--verbose']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--verbose: unknown option');
    expect(run.stderr).toContain('Usage: npm run check');
  });

  it('rejects two folders', async () => {
    const run = await check([good, '--knowledge', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`give one knowledge folder, not both ${good} and ${bad}`);
  });
});
