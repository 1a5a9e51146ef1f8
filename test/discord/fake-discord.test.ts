/** The fake Discord must catch what real Discord refuses, or the "no violations" checks prove nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fake-discord/server.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ deadlineMs: 300 });
});
afterAll(() => fake.close());

const ok = { allowed_mentions: { parse: [] } };

async function callback(id: string, token: string, body: unknown) {
  const res = await fetch(`${fake.apiUrl}/v10/interactions/${id}/${token}/callback`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return { status: res.status, body: res.status === 204 ? undefined : await res.json() };
}

const rulesBroken = (id: string) => fake.violations.filter((v) => v.interaction === id).map((v) => v.rule);

describe('the fake Discord', () => {
  it('refuses a second initial response with 400 (code 40060) and records it', async () => {
    const { id, token } = fake.track();
    expect((await callback(id, token, { type: 4, data: { content: 'hi', ...ok } })).status).toBe(204);
    expect(await callback(id, token, { type: 4, data: { content: 'again', ...ok } })).toEqual({ status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } });
    expect(rulesBroken(id)).toEqual(['double_ack']);
  });

  it('refuses content over 2,000 code points with Discord\'s Invalid Form Body', async () => {
    const { id, token } = fake.track();
    const answer = await callback(id, token, { type: 4, data: { content: '😀'.repeat(2001), ...ok } });
    expect(answer).toEqual({ status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: { data: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }] } } } } });
    expect(rulesBroken(id)).toEqual(['limits']);
  });

  it('counts 2,000 emoji as 2,000, not 4,000 UTF-16 units', async () => {
    const { id, token } = fake.track();
    expect((await callback(id, token, { type: 4, data: { content: '😀'.repeat(2000), ...ok } })).status).toBe(204);
  });

  it('refuses embeds over 6,000 in total and a sixth row of buttons', async () => {
    const { id, token } = fake.track();
    const embeds = [{ description: 'd'.repeat(4000) }, { description: 'd'.repeat(2001) }];
    const row = { type: 1, components: [{ type: 2, style: 2, label: 'x', custom_id: 'x' }] };
    const rows = Array.from({ length: 6 }, (_, i) => ({ ...row, components: [{ ...row.components[0], custom_id: `x${i}` }] }));
    const answer = await callback(id, token, { type: 4, data: { embeds, components: rows, ...ok } });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('MAX_EMBED_SIZE_EXCEEDED');
    expect(JSON.stringify(answer.body)).toContain('"components":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH"');
  });

  it('records a message that could ping, and one without allowed_mentions', async () => {
    const first = fake.track();
    await callback(first.id, first.token, { type: 4, data: { content: '@everyone', allowed_mentions: { parse: ['everyone'] } } });
    const second = fake.track();
    await callback(second.id, second.token, { type: 4, data: { content: 'hello' } });
    expect(rulesBroken(first.id)).toEqual(['pings']);
    expect(rulesBroken(second.id)).toEqual(['pings']);
  });

  it('refuses more than 25 autocomplete choices or labels over 100 characters', async () => {
    const { id, token } = fake.track(4);
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: i === 0 ? 'n'.repeat(101) : `n${i}`, value: `v${i}` }));
    const answer = await callback(id, token, { type: 8, data: { choices } });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('Must be 25 or fewer in length.');
    expect(JSON.stringify(answer.body)).toContain('Must be 100 or fewer in length.');
  });

  it('answers a response after the deadline with Unknown interaction and records it', async () => {
    const { id, token, outcome } = fake.track();
    await expect(outcome).rejects.toThrow(/no response within 300 ms/);
    expect(await callback(id, token, { type: 4, data: { content: 'late', ...ok } })).toEqual({ status: 404, body: { message: 'Unknown interaction', code: 10062 } });
    expect(rulesBroken(id)).toEqual(['no_response', 'deadline']);
  });

  it('requires the bot token for registration', async () => {
    const res = await fetch(`${fake.apiUrl}/v10/applications/${fake.applicationId}/commands`, { method: 'PUT', body: '[]', headers: { authorization: 'Bot wrong' } });
    expect(res.status).toBe(401);
  });
});
