/**
 * The transport's own behaviour, end to end through the gateway, with the command core replaced
 * where a test needs a reply the seed cannot give (an answer with buttons, a huge reply, a slow or
 * failing command). Everything else (the client, handler, renderer, fake Discord) is real.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { runCommand } from '../../src/dispatch.ts';
import { toCommandDefinitions } from '../../src/transports/discord/definitions.ts';
import { startGateway, type GatewayBot } from '../../src/transports/discord/gateway.ts';
import { SOMETHING_WENT_WRONG, type CommandRunner } from '../../src/transports/discord/handler.ts';
import { FakeDiscord, messageText } from '../fake-discord/server.ts';
import { ANSWERED_ASK, hugeAsk } from './fixtures.ts';
import { fakeRuntime, type RecordedLogger } from './helpers.ts';

/** `/ask` questions that stand for situations: "fixture …", "huge", "slow …", "boom …". */
const run: CommandRunner = async (library, name, options, logger) => {
  const question = String(options.question ?? '');
  if (name === 'ask' && question === 'fixture') return { ...ANSWERED_ASK, ...(options.private ? { private: true } : {}) };
  if (name === 'ask' && question === 'huge') return hugeAsk();
  if (name === 'ask' && question.startsWith('slow')) {
    await sleep(250); // stands for a command that takes longer than the deferral threshold
    if (question.includes('boom')) throw new Error('exploded after deferral');
  }
  if (name === 'ask' && question.startsWith('boom')) throw new Error('exploded');
  return runCommand(library, name, options, logger);
};

let fake: FakeDiscord;
let bot: GatewayBot;
let logger: RecordedLogger;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  fake.seedCommands([...toCommandDefinitions(COMMANDS), { type: 1, name: 'weather', description: 'A command the bot does not know', options: [] }]);
  const runtime = await fakeRuntime(fake);
  logger = runtime.logger;
  bot = await startGateway(runtime, { handler: { run, deferAfterMs: 100 } });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

afterEach(() => {
  expect(fake.violations).toEqual([]);
});

describe('buttons', () => {
  it('Show ¶6 under an answer shows the whole of ¶6, privately', async () => {
    const answer = await fake.slash('ask', { question: 'fixture' });
    const outcome = await fake.click(answer.message, 'para:trump-xi-call:6');
    expect(outcome.response.type).toBe(4);
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.message?.embeds?.[0]?.description).toBe(
      "Taiwan remains a central pressure point. Earlier this month, Taiwan's foreign ministry announced it had received formal notification that the Trump administration approved a US$330 million arms package that includes fighter jet components. Beijing sharply protested the authorization, saying it \"grossly violated\" the one-China principle. Chinese foreign ministry spokesperson Lin Jian said, \"China deplores and opposes that.\"",
    );
  });

  it('explains privately when a button is one the bot no longer knows', async () => {
    const old = { components: [{ type: 1, components: [{ type: 2, style: 2, label: 'Old', custom_id: 'vote:yes' }] }] };
    const outcome = await fake.click(old, 'vote:yes');
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.message?.content).toBe('This button no longer works; run the command again.');
  });
});

describe('limits', () => {
  it('delivers a reply far beyond every limit, cut to fit with a visible ellipsis', async () => {
    const outcome = await fake.slash('ask', { question: 'huge' });
    expect(outcome.response.type).toBe(4);
    expect(messageText(outcome.message)).toContain('…');
    // afterEach: Discord (the fake) refused nothing.
  });
});

describe('slow commands', () => {
  it('defers a command that is not done in time, then edits the answer in', async () => {
    const outcome = await fake.slash('ask', { question: 'slow but fine' });
    expect(outcome.deferred).toBe(true);
    expect(outcome.response.data?.flags ?? 0).toBe(0);
    expect(outcome.firstResponseMs).toBeLessThan(1000);
    expect(outcome.message?.allowed_mentions).toEqual({ parse: [] });
    expect(messageText(outcome.message)).toContain('The article does not say.');
  });

  it('defers privately when the user asked for a private answer', async () => {
    const outcome = await fake.slash('ask', { question: 'slow and private', private: true });
    expect(outcome.deferred).toBe(true);
    expect(outcome.response.data?.flags).toBe(64);
    expect(outcome.ephemeral).toBe(true);
  });
});

describe('the error boundary', () => {
  it('answers a failing command with a private apology and logs command and interaction id, not the question', async () => {
    const outcome = await fake.slash('ask', { question: 'boom with words nobody should log' });
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.message?.content).toBe(SOMETHING_WENT_WRONG);
    const line = logger.lines.find((l) => l.event === 'interaction_failed' && l.interaction === outcome.id);
    expect(line).toMatchObject({ level: 'error', command: 'ask', interaction: outcome.id, error: 'Error: exploded' });
    expect(logger.text()).not.toContain('nobody should log');
    expect(logger.text()).not.toContain(fake.token);
  });

  it('replaces the public "thinking…" of a command that fails after deferral with a private apology', async () => {
    const outcome = await fake.slash('ask', { question: 'slow boom' });
    expect(outcome.deferred).toBe(true);
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.message?.content).toBe(SOMETHING_WENT_WRONG);
  });

  it('answers a command it does not know with a private list of the ones it does', async () => {
    const outcome = await fake.slash('weather');
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.message?.content).toBe('Unknown command "/weather". Try one of: /ask, /quote, /timeline, /articles, /help.');
  });

  it('keeps serving after failures', async () => {
    expect((await fake.slash('help')).response.type).toBe(4);
  });
});
