/**
 * Start-up as users run it: `npm run console` is `node scripts/run.mjs --console`, which runs the
 * bundle in dist/ (built when stale) and reads extractions from the cache in node_modules/.cache.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const QUESTION = '/ask who protested the arms sale\n';
const BLOCKED_PACKAGES = /finding (quotes|dated events) failed \(Error: blocked (compromise|chrono-node)/;

let tmp: string;
let blocker: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], input: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(command, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn' } }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

/** The console as `npm run console -- --json` starts it, optionally unable to import some packages. */
const console_ = (knowledge: string, options: { blockExtractorPackages?: boolean } = {}): Promise<Run> =>
  run(process.execPath, [...(options.blockExtractorPackages ? ['--import', blocker] : []), 'scripts/run.mjs', '--console', '--json', '--knowledge', knowledge], QUESTION);

function knowledgeFolder(name: string, extra = ''): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  copyFileSync(path.join(ROOT, 'knowledge/trump-xi-call.md'), path.join(dir, 'trump-xi-call.md'));
  if (extra) writeFileSync(path.join(dir, 'extra.md'), `---\ntitle: Extra\npublished: 2025-11-24\n---\n\n${extra}\n`);
  return dir;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'startup-'));
  // A module hook that makes `compromise` and `chrono-node` impossible to import: a start that
  // needs the extractors then reports them failing, one that does not runs as usual.
  const hook = `export async function resolve(specifier, context, next) {
    if (/^(compromise|chrono-node)(\\/|$)/.test(specifier)) throw new Error('blocked ' + specifier);
    return next(specifier, context);
  }`;
  blocker = path.join(tmp, 'block-extractor-packages.mjs');
  writeFileSync(blocker, `import { register } from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});\n`);
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

// Sequential: each case starts Node processes, and parallel starts on a small machine slow each other down.
describe('start-up', { timeout: 120_000 }, () => {
  it('answers the same through npm run console as from source with tsx', async () => {
    const dir = knowledgeFolder('same');
    const bundled = await console_(dir);
    const source = await run(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/main.ts', '--json', '--knowledge', dir], QUESTION);
    expect(bundled.stderr).toBe('');
    expect(bundled.code).toBe(0);
    expect(JSON.parse(bundled.stdout)).toMatchObject({ command: 'ask', status: 'answered' });
    expect(bundled.stdout).toBe(source.stdout);
  });

  it('does not import compromise or chrono-node when every article is in the extraction cache', async () => {
    const dir = knowledgeFolder('warm');
    await console_(dir); // fills the cache
    const warm = await console_(dir, { blockExtractorPackages: true });
    expect(warm.stderr).not.toMatch(BLOCKED_PACKAGES);
    expect(warm.code).toBe(0);
    expect(JSON.parse(warm.stdout)).toMatchObject({ status: 'answered', answers: [{ citation: { article: 'trump-xi-call' } }] });
  });

  it('imports the extractors for an article the cache has not seen (and reports it when they cannot load)', async () => {
    const unseen = `Dr. Ada Quill said on ${new Date().toISOString()} that "nothing like this was cached before."`;
    const cold = await console_(knowledgeFolder('cold', unseen), { blockExtractorPackages: true });
    expect(cold.stderr).toMatch(BLOCKED_PACKAGES);
    expect(cold.code).toBe(0);
  });
});
