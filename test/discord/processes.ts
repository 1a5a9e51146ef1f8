/** Running the bot's entry points as child processes, the way `npm start` and `npm run register` do. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers.ts';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Every setting named, blank when unset, so a developer's own .env cannot leak into a test. */
const BLANK_SETTINGS = Object.fromEntries(
  ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_PUBLIC_KEY', 'DISCORD_API_URL', 'BOT_MODE', 'SHARD_COUNT', 'PORT', 'KNOWLEDGE_DIR', 'LOG_LEVEL'].map((k) => [k, '']),
);

function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...BLANK_SETTINGS, ...env };
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript file to completion (killed after `timeoutMs`). */
export function runTs(file: string, env: Record<string, string>, timeoutMs = 20_000): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, path.join(ROOT, file)], { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface RunningBot {
  child: ChildProcess;
  /** Structured log lines (JSON on stderr) seen so far. */
  logs: Record<string, unknown>[];
  stderr(): string;
  /** Resolves with the first log line (seen or to come) that matches; rejects if the bot exits first. */
  waitForLog(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  /** SIGTERM, then SIGKILL if it has not exited in 5 s; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the bot the way `npm start` does (scripts/run.mjs: the bundle in dist/) and collects its logs. */
export function startBot(env: Record<string, string>): RunningBot {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/run.mjs')], { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: Record<string, unknown>[] = [];
  const waiters = new Set<{ match: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }>();
  let text = '';
  let pending = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    text += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        for (const waiter of waiters) {
          if (waiter.match(entry)) {
            waiters.delete(waiter);
            waiter.resolve(entry);
          }
        }
      } catch {
        // Not a log line (a warning printed by Node, say): kept in stderr() only.
      }
    }
  });
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    logs,
    stderr: () => text,
    waitForLog(match) {
      const seen = logs.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiters.add({ match, resolve });
        void exited.then((code) => reject(new Error(`The bot exited (${code}) first:\n${text}`)));
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        const code = await exited;
        clearTimeout(timer);
        return code;
      }
      return exited;
    },
  };
}
