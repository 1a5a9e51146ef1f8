/**
 * Renders a Reply as a Discord message payload: one embed with the verbatim text and its ¶N
 * citations, the article's title in the footer, and a "Show ¶N" button per cited paragraph.
 * Every payload carries `allowed_mentions: { parse: [] }` (nothing the bot echoes can ping anyone)
 * and stays inside Discord's limits by cutting with a visible "…", never by failing.
 */
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from 'discord.js';
import type { Choice } from '../command.ts';
import type { Citation } from '../knowledge/types.ts';
import * as L from './limits.ts';
import type { ArticlesReply, AskAnswer, AskReply, HelpReply, ParagraphReply, QuoteItem, QuoteReply, Reply, SourceInfo, TimelineItem, TimelineReply } from './types.ts';

/** Message flag: only the person who asked sees the message. */
export const EPHEMERAL = 1 << 6;
export const NEAREST_LABEL = 'Nearest passages (not answers)';
/** Button ids: `para:<article slug>:<paragraph number>`. */
export const PARAGRAPH_BUTTON_PREFIX = 'para:';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

export interface DiscordMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  allowed_mentions: { parse: [] };
  flags?: number;
}

const COLOR = { answered: 0x5865f2, not_found: 0x99aab5 } as const;
/** One item of a list (a quote, an event) never takes more than this, so others still show. */
const MAX_ITEM = 700;

/** Backslash-escapes Discord markdown, so verbatim text shows exactly as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~`|<>[\]]/g, '\\$&').replace(/^([#>-])/gm, '\\$1');
}

/** One line of verbatim text inside a list: whitespace collapsed, escaped, kept to a fair size. */
const inline = (text: string, max = MAX_ITEM) => escapeMarkdown(L.truncate(text.replace(/\s+/g, ' ').trim(), max));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const more = (noun: string) => (n: number) => `*… and ${n} more ${n === 1 ? noun : `${noun}s`} not shown.*`;

function citationLabel(citation: Citation, multi: boolean): string {
  return multi ? `¶${citation.paragraph} (${citation.article})` : `¶${citation.paragraph}`;
}

function footerFor(sources: readonly SourceInfo[] | undefined): string | undefined {
  if (!sources?.length) return undefined;
  const list = sources.map((s) => `${s.title} · ${s.published}`);
  return L.truncate(list.length === 1 ? (list[0] ?? '') : `Sources: ${list.join(' | ')}`, L.MAX_FOOTER);
}

export function paragraphButtonId(citation: Citation): string {
  return `${PARAGRAPH_BUTTON_PREFIX}${citation.article}:${citation.paragraph}`;
}

/** "Show ¶N" buttons, one per distinct cited paragraph, five to a row, at most five rows. */
export function paragraphButtons(citations: readonly Citation[], multi: boolean): ButtonRow[] {
  const seen = new Set<string>();
  const buttons: APIButtonComponentWithCustomId[] = [];
  for (const citation of citations) {
    const id = paragraphButtonId(citation);
    // A slug too long for a button id cannot be shown by a button; the citation still is in the text.
    if (seen.has(id) || L.codePoints(id) > L.MAX_CUSTOM_ID) continue;
    seen.add(id);
    buttons.push({ type: 2, style: 2, custom_id: id, label: L.truncate(`Show ${citationLabel(citation, multi)}`, L.MAX_BUTTON_LABEL) });
    if (buttons.length === L.MAX_ACTION_ROWS * L.MAX_BUTTONS_PER_ROW) break;
  }
  const rows: ButtonRow[] = [];
  for (let i = 0; i < buttons.length; i += L.MAX_BUTTONS_PER_ROW) rows.push({ type: 1, components: buttons.slice(i, i + L.MAX_BUTTONS_PER_ROW) });
  return rows;
}

interface Draft {
  title?: string;
  /** Builds the description for the room left once title and footer are counted. */
  body: (room: number) => string;
  fields?: { name: string; value: string }[];
  citations: Citation[];
  color: number;
}

function isMulti(reply: Reply): boolean {
  return (reply.sources?.length ?? 0) > 1;
}

function askDraft(reply: AskReply): Draft {
  const multi = isMulti(reply);
  const item = (a: AskAnswer) => {
    const why = a.why.length ? `\n*Why: ${inline(a.why.join(' · '), 200)}*` : '';
    return `> ${inline(a.text)}\n**${citationLabel(a.citation, multi)}**${why}`;
  };
  const found = reply.status === 'answered';
  const shown = found ? reply.answers : reply.nearest;
  return {
    title: L.truncate(escapeMarkdown(reply.question), L.MAX_EMBED_TITLE),
    color: COLOR[found ? 'answered' : 'not_found'],
    citations: shown.map((a) => a.citation),
    body: (room) => {
      if (found) return L.joinWithin(shown.map(item), room, more('answer'), '\n\n');
      const head = `**${escapeMarkdown(reply.message ?? 'The article does not say.')}**`;
      if (!shown.length) return L.truncate(head, room);
      const label = `\n\n__${NEAREST_LABEL}__\n`;
      return head + label + L.joinWithin(shown.map(item), room - L.codePoints(head + label), more('passage'), '\n\n');
    },
  };
}

function quoteLine(q: QuoteItem, multi: boolean, marks: boolean): string {
  const notes = [`**${citationLabel(q.citation, multi)}**`];
  if (marks && q.partial) notes.push('partial quote');
  if (q.via?.length) notes.push(`via ${q.via.map((v) => inline(v, 100)).join(' → ')}`);
  return `> ${marks ? `“${inline(q.text)}”` : inline(q.text)}\n${notes.join(' · ')}`;
}

function quoteDraft(reply: QuoteReply): Draft {
  const multi = isMulti(reply);
  if (!reply.speaker) {
    const names = reply.suggestions.map((s) => `**${escapeMarkdown(s.name)}** (\`${s.id}\`)`);
    return {
      color: COLOR.not_found,
      citations: [],
      body: (room) => L.truncate(`${escapeMarkdown(reply.message ?? 'No such speaker is quoted.')}${names.length ? `\nDid you mean: ${names.join(', ')}?` : ''}`, room),
    };
  }
  const { speaker } = reply;
  const direct = reply.quotes.map((q) => quoteLine(q, multi, true));
  const reported = reply.statements.map((q) => quoteLine(q, multi, false));
  const DIRECT = '**Direct quotes**\n';
  const REPORTED = '\n\n**Reported speech** (the article’s words, not the speaker’s)\n';
  return {
    title: L.truncate(escapeMarkdown(speaker.role ? `${speaker.name} — ${speaker.role}` : speaker.name), L.MAX_EMBED_TITLE),
    color: COLOR.answered,
    citations: [...reply.quotes, ...reply.statements].map((q) => q.citation),
    body: (room) => {
      const directText = direct.length ? direct.join('\n\n') : '*None: the article only reports what they said.*';
      const fixed = L.codePoints(DIRECT) + (reported.length ? L.codePoints(REPORTED) : 0);
      const [forDirect = 0, forReported = 0] = L.shareRoom(room - fixed, [L.codePoints(directText), L.codePoints(reported.join('\n\n'))]);
      const directPart = direct.length ? L.joinWithin(direct, forDirect, more('quote'), '\n\n') : L.truncate(directText, forDirect);
      return DIRECT + directPart + (reported.length ? REPORTED + L.joinWithin(reported, forReported, more('statement'), '\n\n') : '');
    },
  };
}

function eventLine(e: TimelineItem, multi: boolean): string {
  const when = e.after ? `after ${e.date}` : e.date;
  const written = e.after ? `${e.written}; after ${e.after.written}, ¶${e.after.paragraph}` : e.written;
  const expected = e.expected ? ' · *expected*' : '';
  return `**${when}** (${inline(written, 100)})${expected} — ${inline(e.text, 400)} **${citationLabel(e.citation, multi)}**`;
}

function timelineDraft(reply: TimelineReply): Draft {
  const multi = isMulti(reply);
  const only = reply.sources?.length === 1 ? reply.sources[0] : undefined;
  return {
    title: L.truncate(only ? `Timeline — ${escapeMarkdown(only.title)}` : 'Timeline', L.MAX_EMBED_TITLE),
    color: COLOR[reply.events.length ? 'answered' : 'not_found'],
    citations: reply.events.map((e) => e.citation),
    body: (room) =>
      reply.events.length
        ? L.joinWithin(reply.events.map((e) => eventLine(e, multi)), room, more('event'))
        : L.truncate(escapeMarkdown(reply.message ?? 'No dated events were found.'), room),
  };
}

function helpDraft(reply: HelpReply): Draft {
  return {
    title: 'What I can do',
    color: COLOR.answered,
    citations: [],
    body: () => 'Every answer quotes the article word for word and cites its paragraph as ¶N. Add `private: True` to any command to see the answer on your own.',
    fields: reply.commands.map((c) => ({ name: `/${c.name}`, value: `${escapeMarkdown(c.description)}\nExample: \`${c.example.replace(/`/g, "'")}\`` })),
  };
}

function articlesDraft(reply: ArticlesReply): Draft {
  const line = (a: ArticlesReply['articles'][number]) =>
    `**${inline(a.title, 300)}** — ${a.published}\n\`${a.slug}\` · ${plural(a.paragraphs, 'paragraph')} · ${plural(a.quotes, 'quote')} · ${plural(a.events, 'event')}`;
  return {
    title: 'Articles I know',
    color: COLOR[reply.articles.length ? 'answered' : 'not_found'],
    citations: [],
    body: (room) =>
      reply.articles.length ? L.joinWithin(reply.articles.map(line), room, more('article'), '\n\n') : L.truncate(escapeMarkdown(reply.message ?? 'No articles yet.'), room),
  };
}

function paragraphDraft(reply: ParagraphReply): Draft {
  const found = reply.paragraph;
  const source = reply.sources?.[0];
  return {
    title: L.truncate(escapeMarkdown(found ? `¶${found.citation.paragraph}${source ? ` — ${source.title}` : ''}` : 'No such paragraph'), L.MAX_EMBED_TITLE),
    color: COLOR[found ? 'answered' : 'not_found'],
    citations: [],
    body: (room) => L.truncate(escapeMarkdown(found ? found.text : (reply.message ?? 'There is no such paragraph.')), room),
  };
}

function draftFor(reply: Exclude<Reply, { status: 'error' }>): Draft {
  switch (reply.command) {
    case 'ask': return askDraft(reply);
    case 'quote': return quoteDraft(reply);
    case 'timeline': return timelineDraft(reply);
    case 'help': return helpDraft(reply);
    case 'articles': return articlesDraft(reply);
    case 'paragraph': return paragraphDraft(reply);
    default: {
      // A command added later without a renderer still shows its message rather than nothing.
      const other = reply as Reply;
      return { color: COLOR.not_found, citations: [], body: (room) => L.truncate(escapeMarkdown(other.message ?? 'Done.'), room) };
    }
  }
}

/** A private plain-text message: how errors (user mistakes and failures alike) are shown. */
export function errorMessage(message: string): DiscordMessage {
  return { content: L.truncate(message, L.MAX_CONTENT), allowed_mentions: { parse: [] }, flags: EPHEMERAL };
}

export function renderDiscord(reply: Reply): DiscordMessage {
  if (reply.status === 'error') return errorMessage(reply.message ?? 'Something went wrong.');
  const draft = draftFor(reply);
  const footer = footerFor(reply.sources);
  const fields = (draft.fields ?? []).slice(0, L.MAX_EMBED_FIELDS).map((f) => ({ name: L.truncate(f.name, L.MAX_FIELD_NAME), value: L.truncate(f.value, L.MAX_FIELD_VALUE) }));
  const fixed = L.codePoints(draft.title ?? '') + L.codePoints(footer ?? '') + fields.reduce((n, f) => n + L.codePoints(f.name) + L.codePoints(f.value), 0);
  const description = draft.body(Math.min(L.MAX_EMBED_DESCRIPTION, L.MAX_EMBEDS_TOTAL - fixed));
  const embed: APIEmbed = { color: draft.color };
  if (draft.title) embed.title = draft.title;
  if (description) embed.description = description;
  if (fields.length) embed.fields = fields;
  if (footer) embed.footer = { text: footer };
  const message: DiscordMessage = { embeds: [embed], allowed_mentions: { parse: [] } };
  const rows = paragraphButtons(draft.citations, isMulti(reply));
  if (rows.length) message.components = rows;
  if (reply.private) message.flags = EPHEMERAL;
  // A last guard: whatever a renderer above got wrong, what leaves here is within every limit.
  return clampMessage(message);
}

/** Keeps any message within Discord's limits: content, embeds, and five rows of five buttons. */
export function clampMessage(message: DiscordMessage): DiscordMessage {
  const out: DiscordMessage = { ...message, allowed_mentions: { parse: [] } };
  if (out.content !== undefined) out.content = L.truncate(out.content, L.MAX_CONTENT);
  if (out.embeds) out.embeds = L.clampEmbeds(out.embeds);
  if (out.components) {
    out.components = out.components.slice(0, L.MAX_ACTION_ROWS).map((row) => ({
      ...row,
      components: row.components.slice(0, L.MAX_BUTTONS_PER_ROW).map((b) => ({ ...b, ...(b.label ? { label: L.truncate(b.label, L.MAX_BUTTON_LABEL) } : {}) })),
    }));
  }
  return out;
}

/**
 * Autocomplete choices as Discord takes them: at most 25, labels cut to 100 code points. A value
 * longer than 100 cannot be cut without changing what it means, so such a choice is left out.
 */
export function renderChoices(choices: readonly Choice[]): Choice[] {
  return choices
    .filter((c) => c.value && L.codePoints(c.value) <= L.MAX_CHOICE_VALUE && c.name.trim())
    .slice(0, L.MAX_AUTOCOMPLETE_CHOICES)
    .map((c) => ({ name: L.truncate(c.name, L.MAX_CHOICE_NAME), value: c.value }));
}
