/**
 * End to end through the gateway: the real bot (discord.js client, shared handler, real command
 * core on the seed article) against the fake Discord, as a user in a server would use it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerCommands } from '../../src/transports/discord/register.ts';
import { startGateway, type GatewayBot } from '../../src/transports/discord/gateway.ts';
import { FakeDiscord, buttonIds, messageText } from '../fake-discord/server.ts';
import { fakeRuntime, type RecordedLogger } from './helpers.ts';

let fake: FakeDiscord;
let bot: GatewayBot;
let logger: RecordedLogger;

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 250 });
  const runtime = await fakeRuntime(fake, { DISCORD_GUILD_ID: fake.guilds[0]!.id });
  logger = runtime.logger;
  await registerCommands(runtime.config);
  bot = await startGateway(runtime);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

afterEach(() => {
  expect(fake.violations).toEqual([]);
  expect(fake.unhandled).toEqual([]);
});

describe('logging in', () => {
  it('identifies once with only the Guilds intent, as one shard, and reports ready', () => {
    expect(fake.gateway.identifies).toEqual([{ shard: [0, 1], intents: 1, properties: expect.any(Object) }]);
    expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'gateway_ready', shards: '0', guilds: 1 }));
  });

  it('refuses to start with a token Discord rejects, naming the setting and not the token', async () => {
    const wrong = `${'w'.repeat(26)}.nope.nope`;
    const runtime = await fakeRuntime(fake, { DISCORD_TOKEN: wrong });
    const failure = await startGateway(runtime).then(() => undefined, (error: Error) => error);
    expect(failure?.message).toMatch(/DISCORD_TOKEN: Discord rejected it \(401\)/);
    expect(failure?.message).not.toContain(wrong);
  });

  it('keeps the connection alive with heartbeats the gateway acknowledges', async () => {
    const before = fake.gateway.heartbeats;
    await new Promise((resolve) => fake.gateway.once('heartbeat', resolve));
    expect(fake.gateway.heartbeats).toBeGreaterThan(before);
  });
});

describe('commands', () => {
  it('/ask who protested the arms sale answers with the verbatim sentence from ¶6 and a Show ¶6 button', async () => {
    const outcome = await fake.slash('ask', { question: 'who protested the arms sale' });
    expect(outcome.response.type).toBe(4);
    expect(messageText(outcome.message)).toContain('Beijing sharply protested the authorization');
    expect(messageText(outcome.message)).toContain('¶6');
    expect(buttonIds(outcome.message)).toContain('para:trump-xi-call:6');
  });

  it('/quote lin-jian quotes "China deplores and opposes that." with ¶6', async () => {
    const outcome = await fake.slash('quote', { speaker: 'lin-jian' });
    expect(outcome.message?.embeds?.[0]?.title).toMatch(/^Lin Jian/);
    expect(messageText(outcome.message)).toContain('“China deplores and opposes that.”\n**¶6**');
  });

  // The call took place on Monday 24 November 2025 (¶1).
  it('/timeline lists dated events with their dates and paragraphs', async () => {
    const outcome = await fake.slash('timeline');
    expect(messageText(outcome.message)).toMatch(/\*\*2025-11-24\*\* \(Monday\)[^\n]*\*\*¶1\*\*/);
  });

  it('/help lists every public command with an example', async () => {
    const outcome = await fake.slash('help');
    const names = outcome.message?.embeds?.[0]?.fields?.map((f: { name: string }) => f.name);
    expect(names).toEqual(['/ask', '/quote', '/timeline', '/articles', '/help']);
    expect(outcome.ephemeral).toBe(false);
  });

  it('/articles names the seed article with its date', async () => {
    const outcome = await fake.slash('articles');
    expect(messageText(outcome.message)).toContain('**Trump and Xi discuss Taiwan, trade and Ukraine in phone call** — 2025-11-24');
  });

  it('answers privately (ephemeral) when private is true', async () => {
    const outcome = await fake.slash('articles', { private: true });
    expect(outcome.response.type).toBe(4);
    expect(outcome.ephemeral).toBe(true);
  });

  it('answers a mention-laden question without pinging anyone', async () => {
    const outcome = await fake.slash('ask', { question: 'who protested the arms sale @everyone <@&123456789012345678>' });
    expect(outcome.response.data?.allowed_mentions).toEqual({ parse: [] });
    expect(messageText(outcome.message)).not.toMatch(/(^|[^\\])<@&/);
    // afterEach: the fake recorded no 'pings' violation.
  });

  it('tells the user privately what was wrong with their input', async () => {
    const outcome = await fake.slash('ask', { question: '   ' });
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.message?.content).toBe('question is empty: try /ask who protested the arms sale');
  });
});

describe('autocomplete', () => {
  it('offers article titles as labels and slugs as values', async () => {
    const outcome = await fake.autocomplete('timeline', 'article', 'trump');
    expect(outcome.response.type).toBe(8);
    expect(outcome.choices).toEqual([{ name: 'Trump and Xi discuss Taiwan, trade and Ukraine in phone call (2025-11-24)', value: 'trump-xi-call' }]);
  });

  // The speaker directory is built from the quotes extracted from the article.
  it('offers Lin Jian for "lin", with a readable label and the id as value', async () => {
    const outcome = await fake.autocomplete('quote', 'speaker', 'lin');
    expect(outcome.choices?.[0]).toEqual({ name: expect.stringMatching(/^Lin Jian — \d+ quotes?/), value: 'lin-jian' });
  });
});

describe('buttons', () => {
  // The button comes from the /ask answer.
  it('Show ¶6 under an answer shows the whole paragraph, privately', async () => {
    const answer = await fake.slash('ask', { question: 'who protested the arms sale' });
    const outcome = await fake.click(answer.message, 'para:trump-xi-call:6');
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.message?.embeds?.[0]?.title).toBe('¶6 — Trump and Xi discuss Taiwan, trade and Ukraine in phone call');
    expect(outcome.message?.embeds?.[0]?.description).toMatch(/^Taiwan remains a central pressure point\..*China deplores and opposes that\."$/);
  });
});

describe('reconnecting', () => {
  it('resumes on the resume_gateway_url after op 7 and keeps answering', async () => {
    const session = await fake.gateway.reconnect(0);
    expect(session.resumes).toBe(1);
    expect(session.via).toBe('/resume');
    const outcome = await fake.slash('help');
    expect(outcome.response.type).toBe(4);
    expect(fake.gateway.identifies).toHaveLength(1);
  });

  it('answers an interaction sent while it was reconnecting, replayed on resume', async () => {
    const resumed = fake.gateway.reconnect(0);
    const outcome = fake.slash('articles');
    await resumed;
    expect((await outcome).firstResponseMs).toBeLessThan(3000);
  });
});
