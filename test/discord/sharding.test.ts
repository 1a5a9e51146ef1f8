/**
 * `npm start` with SHARD_COUNT=2, as child processes: the manager starts two shard processes
 * running the same gateway code; each identifies as its shard and answers the interactions
 * Discord routes to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { nodeFlagsWithoutLoaders, spawnWaves } from '../../src/transports/discord/sharding.ts';
import { toCommandDefinitions } from '../../src/transports/discord/definitions.ts';
import { FakeDiscord } from '../fake-discord/server.ts';
import { fakeEnv } from './helpers.ts';
import { startBot, type RunningBot } from './processes.ts';

let fake: FakeDiscord;
let bot: RunningBot;

beforeAll(async () => {
  fake = await FakeDiscord.start({ guildCount: 2, maxConcurrency: 16 });
  fake.seedCommands(toCommandDefinitions(COMMANDS));
  bot = startBot(fakeEnv(fake, { BOT_MODE: 'gateway', SHARD_COUNT: '2' }));
  await Promise.race([fake.gateway.waitForShards(2), bot.waitForLog(() => false)]);
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('two shards', () => {
  it('identify as shard [0, 2] and shard [1, 2], each with only the Guilds intent', () => {
    const shards = fake.gateway.identifies.map((i) => i.shard).sort((a, b) => a[0] - b[0]);
    expect(shards).toEqual([[0, 2], [1, 2]]);
    expect(fake.gateway.identifies.every((i) => i.intents === 1)).toBe(true);
  });

  it('each answer the interaction Discord routes to them', async () => {
    const [first, second] = fake.guilds;
    expect(fake.gateway.sessionForGuild(first!.id).shard[0]).toBe(0);
    expect(fake.gateway.sessionForGuild(second!.id).shard[0]).toBe(1);
    const [a, b] = await Promise.all([fake.slash('help', {}, { guild: first! }), fake.slash('articles', {}, { guild: second! })]);
    expect(a.response.type).toBe(4);
    expect(b.response.type).toBe(4);
    await bot.waitForLog((l) => l.event === 'interaction' && l.interaction === a.id && l.shard === 0);
    await bot.waitForLog((l) => l.event === 'interaction' && l.interaction === b.id && l.shard === 1);
    expect(fake.violations).toEqual([]);
  });

  it('stop together: SIGTERM to the manager ends both shard connections', async () => {
    expect(await bot.stop()).toBe(0);
    await fake.gateway.waitForNoConnections();
  });
});

describe('spawnWaves', () => {
  it('starts one shard per identify window when Discord allows one identify at a time', () => {
    expect(spawnWaves(3, 1)).toEqual([[0], [1], [2]]);
  });

  it('starts max_concurrency shards together, each in its own identify bucket', () => {
    expect(spawnWaves(5, 2)).toEqual([[0, 1], [2, 3], [4]]);
    expect(spawnWaves(2, 16)).toEqual([[0, 1]]);
  });
});

describe('nodeFlagsWithoutLoaders', () => {
  it("keeps the parent's own Node flags for its shards and drops module loaders, with their values", () => {
    const execArgv = ['--v8-pool-size=1', '--import', 'file:///x/tsx/loader.mjs', '--require=./preflight.cjs', '-r', 'dotenv/config', '--max-old-space-size=512'];
    expect(nodeFlagsWithoutLoaders(execArgv)).toEqual(['--v8-pool-size=1', '--max-old-space-size=512']);
  });
});
