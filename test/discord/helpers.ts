/** Shared set-up for the Discord tests: the seed knowledge, a runtime pointed at the fake, a log recorder. */
import path from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildLibrary, type Library } from '../../src/library.ts';
import type { Logger, LogFields } from '../../src/log.ts';
import type { Runtime } from '../../src/runtime.ts';
import type { FakeDiscord } from '../fake-discord/server.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEED_KNOWLEDGE = path.join(ROOT, 'knowledge');

let seed: Promise<Library> | undefined;
/** The seed article's library, built once per test file. */
export function seedLibrary(): Promise<Library> {
  seed ??= loadKnowledge(SEED_KNOWLEDGE).then(({ kb, problems }) => {
    if (problems.length) throw new Error(`seed knowledge has problems: ${JSON.stringify(problems)}`);
    return buildLibrary(kb);
  });
  return seed;
}

export interface RecordedLogger extends Logger {
  lines: ({ level: string; event: string } & LogFields)[];
  text(): string;
}

export function recordingLogger(): RecordedLogger {
  const lines: RecordedLogger['lines'] = [];
  const at = (level: string) => (event: string, fields: LogFields = {}) => void lines.push({ level, event, ...fields });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), text: () => lines.map((l) => JSON.stringify(l)).join('\n') };
}

/** Environment that points the bot at the fake. */
export function fakeEnv(fake: FakeDiscord, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR: SEED_KNOWLEDGE,
    LOG_LEVEL: 'info',
    ...extra,
  };
}

export async function fakeRuntime(fake: FakeDiscord, env: Record<string, string> = {}, library?: Library): Promise<Runtime & { logger: RecordedLogger }> {
  const lib = library ?? (await seedLibrary());
  return { config: loadConfig(fakeEnv(fake, env)), logger: recordingLogger(), getLibrary: () => lib };
}
