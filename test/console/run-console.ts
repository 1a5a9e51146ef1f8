/** Runs the real console as a child process, the way users and scripts do. */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

export interface ConsoleRun {
  code: number | null;
  stdout: string;
  stderr: string;
  lines: string[];
}

export function runConsole(args: string[], input: string, env: Record<string, string> = {}): Promise<ConsoleRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['src/main.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, lines: stdout.split('\n').filter(Boolean) }));
    child.stdin.end(input);
  });
}

export function jsonLines(run: ConsoleRun): Record<string, any>[] {
  return run.lines.map((line) => JSON.parse(line) as Record<string, any>);
}
