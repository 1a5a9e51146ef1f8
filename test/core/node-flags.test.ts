/**
 * The Node flags the bot answers under are written in package.json's scripts (Node reads them
 * before any of our code runs) and in scripts/build.mjs (for the benchmark and the tsx fallback):
 * the two must not drift apart, or the benchmark would time a bot nobody runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from '../../scripts/build.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('Node flags', () => {
  it.each(['start', 'console'])('npm %s starts Node with every flag of NODE_FLAGS, before the script', (name) => {
    const words = (scripts[name] ?? '').split(/\s+/);
    expect(words[0]).toBe('node');
    const script = words.indexOf('scripts/run.mjs');
    expect(script).toBeGreaterThan(0);
    expect(words.slice(1, script)).toEqual(NODE_FLAGS);
  });
});
