import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const TOKEN = 'x'.repeat(24) + '.abcdef.' + 'y'.repeat(27);
const APP = '123456789012345678';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('starts the console when no token is set', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('console');
    expect(config.knowledgeDir).toBe('knowledge');
    expect(config.apiUrl).toBe('https://discord.com/api');
  });

  it('picks the gateway when a token is set', () => {
    expect(loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP }).mode).toBe('gateway');
  });

  it('lists every problem at once, naming each setting', () => {
    const problems = problemsOf({ DISCORD_APPLICATION_ID: 'abc', PORT: 'eighty', BOT_MODE: 'telegraph', LOG_LEVEL: 'loud' });
    expect(problems.join('\n')).toMatch(/DISCORD_APPLICATION_ID/);
    expect(problems.join('\n')).toMatch(/PORT/);
    expect(problems.join('\n')).toMatch(/BOT_MODE/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL/);
    expect(problems).toHaveLength(4);
  });

  it('names the settings a mode needs when they are missing', () => {
    expect(problemsOf({ BOT_MODE: 'http' })).toEqual([
      'DISCORD_APPLICATION_ID: is required when BOT_MODE is http',
      'DISCORD_PUBLIC_KEY: is required when BOT_MODE is http',
    ]);
  });

  it('never puts the token into an error message', () => {
    const secret = 'has a space but-secret';
    const problems = problemsOf({ DISCORD_TOKEN: secret });
    expect(problems.join('\n')).toMatch(/DISCORD_TOKEN/);
    expect(problems.join('\n')).not.toContain(secret);
  });

  it('treats blank settings as unset and trims a trailing slash off the API URL', () => {
    const config = loadConfig({ DISCORD_TOKEN: '', PORT: '', DISCORD_API_URL: 'http://127.0.0.1:9999/api/' });
    expect(config.mode).toBe('console');
    expect(config.port).toBe(3000);
    expect(config.apiUrl).toBe('http://127.0.0.1:9999/api');
  });

  it('accepts SHARD_COUNT as a number or auto', () => {
    expect(loadConfig({ SHARD_COUNT: '2' }).shardCount).toBe(2);
    expect(loadConfig({ SHARD_COUNT: 'auto' }).shardCount).toBe('auto');
    expect(problemsOf({ SHARD_COUNT: 'many' })[0]).toMatch(/SHARD_COUNT/);
  });
});
