import { describe, expect, it } from 'vitest';
import { EPHEMERAL, NEAREST_LABEL, escapeMarkdown, renderChoices, renderDiscord, type DiscordMessage } from '../../src/reply/discord.ts';
import { codePoints } from '../../src/reply/limits.ts';
import type { Reply, TimelineReply } from '../../src/reply/types.ts';
import { checkChoices, checkMessage, pingProblem } from '../fake-discord/rules.ts';
import { ANSWERED_ASK, NOT_FOUND_ASK, QUOTES, SOURCE, TIMELINE, hugeAsk } from './fixtures.ts';

const description = (m: DiscordMessage) => m.embeds?.[0]?.description ?? '';
const ids = (m: DiscordMessage) => (m.components ?? []).flatMap((r) => r.components.map((b) => b.custom_id));

/** The fake Discord's own (independent) rules: what Discord would refuse or what would ping. */
function discordProblems(message: DiscordMessage): string[] {
  const problems = checkMessage(message).map((e) => `${e.path.join('.')}: ${e.message}`);
  const ping = pingProblem(message);
  return ping ? [...problems, ping] : problems;
}

describe('renderDiscord', () => {
  it('shows the verbatim answer with its ¶N, the title in the footer and a Show ¶N button', () => {
    const m = renderDiscord(ANSWERED_ASK);
    expect(description(m)).toContain('Beijing sharply protested the authorization, saying it "grossly violated" the one-China principle.');
    expect(description(m)).toContain('**¶6**');
    expect(m.embeds?.[0]?.footer?.text).toBe(`${SOURCE.title} · 2025-11-24`);
    expect(m.components?.[0]?.components[0]).toMatchObject({ type: 2, label: 'Show ¶6', custom_id: 'para:trump-xi-call:6' });
    expect(discordProblems(m)).toEqual([]);
  });

  it('says the article does not say, and labels the nearest passages as not answers', () => {
    const text = description(renderDiscord(NOT_FOUND_ASK));
    expect(text.startsWith('**The article does not say.**')).toBe(true);
    expect(text).toContain(NEAREST_LABEL);
    expect(text.indexOf(NEAREST_LABEL)).toBeLessThan(text.indexOf('Russia'));
  });

  it('shows direct quotes before reported speech, marking partial quotes and via chains', () => {
    const m = renderDiscord(QUOTES);
    const text = description(m);
    expect(m.embeds?.[0]?.title).toBe('Lin Jian — Chinese foreign ministry spokesperson');
    expect(text).toContain('“China deplores and opposes that.”');
    expect(text).toMatch(/“grossly violated”\n\*\*¶6\*\* · partial quote · via Beijing/);
    expect(text.indexOf('Direct quotes')).toBeLessThan(text.indexOf('Reported speech'));
    expect(text.indexOf('Reported speech')).toBeLessThan(text.indexOf('reiterated'));
    expect(ids(m)).toEqual(['para:trump-xi-call:6', 'para:trump-xi-call:8']);
  });

  it('gives each timeline event its date, written form, text and ¶N, and marks expected ones', () => {
    const text = description(renderDiscord(TIMELINE));
    const lines = text.split('\n');
    expect(lines[0]).toBe('**2025-10-30** (Oct. 30) — a meeting between Trump and Xi in Busan on Oct. 30 **¶5**');
    expect(lines[1]).toBe('**after 2025-10-30** (Since then; after Oct. 30, ¶5) — China has resumed purchasing U.S. soybeans **¶5**');
    expect(lines[3]).toBe('**2026-04** (in April) · *expected* — Trump plans to visit Beijing in April **¶7**');
  });

  it('makes private replies ephemeral and errors always private, in plain content', () => {
    expect(renderDiscord({ ...ANSWERED_ASK, private: true }).flags).toBe(EPHEMERAL);
    expect(renderDiscord(ANSWERED_ASK).flags).toBeUndefined();
    const error = renderDiscord({ command: 'ask', status: 'error', message: 'question is empty: try /ask who' });
    expect(error).toEqual({ content: 'question is empty: try /ask who', allowed_mentions: { parse: [] }, flags: EPHEMERAL });
  });

  it('keeps a reply far beyond every limit within them, cut with a visible ellipsis', () => {
    const m = renderDiscord(hugeAsk());
    expect(discordProblems(m)).toEqual([]);
    expect(description(m)).toMatch(/\*… and \d+ more answers not shown\.\*$/);
    expect(m.components?.length).toBeLessThanOrEqual(5);
    // A slug too long for a 100-character button id gets no button rather than a broken one.
    expect(ids(m).every((id) => codePoints(id) <= 100)).toBe(true);
  });

  it('keeps a timeline of hundreds of events within the limits and says how many are not shown', () => {
    const many: TimelineReply = { ...TIMELINE, events: Array.from({ length: 400 }, (_, i) => ({ ...TIMELINE.events[0]!, citation: { article: 'trump-xi-call', paragraph: i + 1 } })) };
    const m = renderDiscord(many);
    expect(discordProblems(m)).toEqual([]);
    expect(description(m)).toMatch(/\*… and \d+ more events not shown\.\*$/);
    expect(ids(m)).toHaveLength(25);
  });

  it('renders every reply kind with allowed_mentions that ping no one', () => {
    const replies: Reply[] = [
      ANSWERED_ASK, NOT_FOUND_ASK, QUOTES, TIMELINE,
      { command: 'quote', status: 'not_found', query: 'smith', speaker: null, quotes: [], statements: [], suggestions: [{ id: 'john-smith', name: 'John Smith' }], message: 'Several speakers match "smith"; say which one.' },
      { command: 'help', status: 'answered', commands: [{ name: 'ask', description: 'Ask', example: '/ask who' }] },
      { command: 'articles', status: 'answered', articles: [{ slug: 'trump-xi-call', title: SOURCE.title, published: '2025-11-24', paragraphs: 8, quotes: 3, events: 4 }] },
      { command: 'paragraph', status: 'answered', paragraph: { text: 'Para text.', citation: { article: 'trump-xi-call', paragraph: 6 } }, sources: [SOURCE] },
      { command: 'timeline', status: 'not_found', events: [], message: 'No dated events were found.' },
    ];
    for (const reply of replies) expect(discordProblems(renderDiscord(reply)), reply.command).toEqual([]);
  });

  it('escapes markdown so verbatim text shows as written', () => {
    expect(escapeMarkdown('a *b* _c_ <@&1> `d`')).toBe('a \\*b\\* \\_c\\_ \\<@&1\\> \\`d\\`');
  });
});

describe('renderChoices', () => {
  it('keeps at most 25 choices, cuts long labels and drops values too long to cut', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ name: `Speaker ${i} ${'x'.repeat(120)}`, value: i === 0 ? 'v'.repeat(101) : `id-${i}` }));
    const out = renderChoices(choices);
    expect(out).toHaveLength(25);
    expect(out[0]?.value).toBe('id-1');
    expect(checkChoices({ choices: out })).toEqual([]);
  });
});
