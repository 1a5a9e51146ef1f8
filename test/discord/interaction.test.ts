import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { toCommandDefinitions } from '../../src/transports/discord/definitions.ts';
import { parseButtonId, parseInteraction } from '../../src/transports/discord/interaction.ts';
import { checkSignature, publicKeyFromHex } from '../../src/transports/discord/signature.ts';
import { checkCommands } from '../fake-discord/rules.ts';
import { createSigner, signature } from '../fake-discord/signing.ts';

const base = { id: '1', application_id: '2', token: 'tok' };

describe('parseInteraction', () => {
  it('reads a slash command with its options and the private flag', () => {
    const parsed = parseInteraction({ ...base, type: 2, data: { name: 'ask', options: [{ name: 'question', type: 3, value: 'who' }, { name: 'private', type: 5, value: true }] } });
    expect(parsed).toEqual({ ok: true, interaction: { id: '1', applicationId: '2', token: 'tok', kind: 'command', command: 'ask', options: { question: 'who', private: true }, private: true } });
  });

  it('reads autocomplete: the focused option apart from the others', () => {
    const parsed = parseInteraction({ ...base, type: 4, data: { name: 'quote', options: [{ name: 'speaker', type: 3, value: 'lin', focused: true }, { name: 'article', type: 3, value: 'x' }] } });
    expect(parsed.ok && parsed.interaction).toMatchObject({ kind: 'autocomplete', command: 'quote', option: 'speaker', typed: 'lin', options: { article: 'x' } });
  });

  it('turns a Show ¶N button into a private paragraph command', () => {
    const parsed = parseInteraction({ ...base, type: 3, data: { custom_id: 'para:trump-xi-call:6', component_type: 2 } });
    expect(parsed.ok && parsed.interaction).toMatchObject({ kind: 'button', command: 'paragraph', options: { number: '6', article: 'trump-xi-call', private: true } });
  });

  it('serves payloads without optional fields such as entitlements', () => {
    expect(parseInteraction({ ...base, type: 2, data: { name: 'help' } }).ok).toBe(true);
  });

  it('says which field is wrong in an unreadable payload', () => {
    expect(parseInteraction({ type: 2 })).toEqual({ ok: false, problem: 'id: Invalid input: expected string, received undefined' });
    expect(parseInteraction('nonsense').ok).toBe(false);
  });

  it('rejects button ids it did not make', () => {
    expect(parseButtonId('para:slug:six')).toBeUndefined();
    expect(parseButtonId('other:thing')).toBeUndefined();
    expect(parseButtonId('para::6')).toBeUndefined();
  });
});

describe('toCommandDefinitions', () => {
  const defs = toCommandDefinitions(COMMANDS);
  const byName = new Map(defs.map((d) => [d.name, d]));

  it('registers every public command and no internal one', () => {
    expect(defs.map((d) => d.name).sort()).toEqual(['articles', 'ask', 'help', 'quote', 'timeline']);
  });

  it('gives /ask a required question, /quote a required autocompleted speaker, and every command a private boolean', () => {
    expect(byName.get('ask')?.options[0]).toMatchObject({ name: 'question', type: 3, required: true });
    expect(byName.get('quote')?.options[0]).toMatchObject({ name: 'speaker', type: 3, required: true, autocomplete: true });
    for (const d of defs) expect(d.options.find((o) => o.name === 'private'), d.name).toMatchObject({ type: 5 });
    expect(byName.get('timeline')?.options.some((o) => o.required)).toBe(false);
    expect(byName.get('ask')?.options.find((o) => o.name === 'article')).toMatchObject({ autocomplete: true });
  });

  it('passes Discord\'s own checks (names, descriptions ≤ 100, required options first)', () => {
    expect(checkCommands(defs)).toEqual([]);
  });
});

describe('checkSignature', () => {
  const signer = createSigner();
  const key = publicKeyFromHex(signer.publicKeyHex);
  const body = Buffer.from('{"type":1}');
  const now = 1_764_000_000;
  const ts = String(now);

  it('accepts Discord\'s signature over timestamp + body', () => {
    expect(checkSignature(key, signature(signer, ts, body.toString()), ts, body, now)).toEqual({ ok: true });
  });

  it('refuses a changed body, a missing header and a timestamp over five minutes off', () => {
    const sig = signature(signer, ts, body.toString());
    expect(checkSignature(key, sig, ts, Buffer.from('{"type":2}'), now)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkSignature(key, undefined, ts, body, now)).toEqual({ ok: false, reason: 'missing' });
    expect(checkSignature(key, sig, ts, body, now + 301)).toEqual({ ok: false, reason: 'stale' });
    expect(checkSignature(key, sig, ts, body, now - 301)).toEqual({ ok: false, reason: 'stale' });
    expect(checkSignature(key, 'zz', ts, body, now)).toEqual({ ok: false, reason: 'malformed' });
  });
});
