/**
 * HTTP interactions mode end to end: the bot's HTTP endpoint (in-process, on a random loopback
 * port) receives interactions signed as Discord signs them, and edits deferred replies through
 * the fake's webhook API.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { runCommand } from '../../src/dispatch.ts';
import { toCommandDefinitions } from '../../src/transports/discord/definitions.ts';
import type { CommandRunner } from '../../src/transports/discord/handler.ts';
import { startInteractionsServer, type InteractionsServer } from '../../src/transports/discord/http.ts';
import { FakeDiscord, messageText, type HttpTarget } from '../fake-discord/server.ts';
import { createSigner, signedHeaders } from '../fake-discord/signing.ts';
import { fakeRuntime } from './helpers.ts';

const run: CommandRunner = async (library, name, options, logger) => {
  if (options.question === 'slow') await sleep(250); // longer than the deferral threshold below
  return runCommand(library, name, options, logger);
};

let fake: FakeDiscord;
let server: InteractionsServer;
let target: HttpTarget;
const signer = createSigner();

beforeAll(async () => {
  fake = await FakeDiscord.start();
  fake.seedCommands(toCommandDefinitions(COMMANDS));
  const runtime = await fakeRuntime(fake, { BOT_MODE: 'http', DISCORD_PUBLIC_KEY: signer.publicKeyHex, DISCORD_TOKEN: '' });
  server = await startInteractionsServer(runtime, { port: 0, host: '127.0.0.1', handler: { run, deferAfterMs: 100 } });
  target = { url: `${server.url}/interactions`, signer };
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
});

afterEach(() => {
  expect(fake.violations).toEqual([]);
});

function post(body: string, headers: Record<string, string>) {
  return fetch(target.url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

describe('signed requests', () => {
  it('answers a signed PING with PONG', async () => {
    const body = JSON.stringify({ id: '1', application_id: fake.applicationId, token: 't', type: 1, version: 1 });
    const res = await post(body, signedHeaders(signer, body));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('answers a command inline (type 4) with the same renderer as gateway mode', async () => {
    const outcome = await fake.slash('articles', {}, { http: target });
    expect(outcome.response.type).toBe(4);
    expect(messageText(outcome.message)).toContain('trump-xi-call');
    expect(outcome.response.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers autocomplete inline (type 8)', async () => {
    const outcome = await fake.autocomplete('ask', 'article', 'xi', {}, { http: target });
    expect(outcome.response.type).toBe(8);
    expect(outcome.choices?.[0]?.value).toBe('trump-xi-call');
  });

  it('defers a slow command (type 5) and edits the answer in through the webhook', async () => {
    const outcome = await fake.slash('ask', { question: 'slow' }, { http: target });
    expect(outcome.deferred).toBe(true);
    expect(messageText(outcome.message)).toContain('slow');
  });
});

describe('refused requests', () => {
  const body = () => JSON.stringify(fake.payload('help'));

  it('refuses a tampered body with 401', async () => {
    const original = body();
    const headers = signedHeaders(signer, original);
    const res = await post(original.replace('"help"', '"articles"'), headers);
    expect(res.status).toBe(401);
  });

  it('refuses a signature by another key with 401', async () => {
    const b = body();
    expect((await post(b, signedHeaders(createSigner(), b))).status).toBe(401);
  });

  it('refuses a stale timestamp (over five minutes old) and one from the future with 401', async () => {
    const b = body();
    const now = Math.floor(Date.now() / 1000);
    expect((await post(b, signedHeaders(signer, b, String(now - 301)))).status).toBe(401);
    expect((await post(b, signedHeaders(signer, b, String(now + 301)))).status).toBe(401);
  });

  it('refuses a request without signature headers with 401', async () => {
    expect((await post(body(), {})).status).toBe(401);
  });

  it('refuses a body over 64 KiB with 413', async () => {
    const big = JSON.stringify({ padding: 'x'.repeat(70 * 1024) });
    expect((await post(big, signedHeaders(signer, big))).status).toBe(413);
  });

  it('refuses a signed body that is not an interaction with 400, saying what is missing', async () => {
    const b = JSON.stringify({ type: 2 });
    const res = await post(b, signedHeaders(signer, b));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'id: Invalid input: expected string, received undefined' });
  });
});

describe('other routes', () => {
  it('answers GET /healthz with 200', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers GET /interactions with 405 and unknown paths with 404', async () => {
    expect((await fetch(target.url)).status).toBe(405);
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
  });
});
