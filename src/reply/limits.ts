/**
 * Discord's message limits as named constants, and the cutting that keeps text inside them.
 * Discord counts code points (not UTF-16 units), so "😀" is 1 and every helper here counts the same
 * way. Text that is too long is cut at a sentence end, else a word end, else a grapheme, and always
 * ends with a visible "…", so a reader can tell something was left out; nothing here ever throws.
 */

export const MAX_CONTENT = 2000;
export const MAX_EMBEDS = 10;
export const MAX_EMBED_TITLE = 256;
export const MAX_EMBED_DESCRIPTION = 4096;
export const MAX_EMBED_FIELDS = 25;
export const MAX_FIELD_NAME = 256;
export const MAX_FIELD_VALUE = 1024;
export const MAX_FOOTER = 2048;
export const MAX_AUTHOR_NAME = 256;
/** Title, description, field names and values, footer and author name, summed over all embeds. */
export const MAX_EMBEDS_TOTAL = 6000;
export const MAX_ACTION_ROWS = 5;
export const MAX_BUTTONS_PER_ROW = 5;
export const MAX_BUTTON_LABEL = 80;
export const MAX_CUSTOM_ID = 100;
export const MAX_AUTOCOMPLETE_CHOICES = 25;
export const MAX_CHOICE_NAME = 100;
export const MAX_CHOICE_VALUE = 100;
export const MAX_COMMAND_DESCRIPTION = 100;
/** The first response to an interaction must reach Discord within this many milliseconds. */
export const INTERACTION_DEADLINE_MS = 3000;

export const ELLIPSIS = '…';

/** Length as Discord counts it: in code points. */
export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The longest prefix of at most `max` code points. */
function codePointPrefix(text: string, max: number): string {
  let units = 0;
  let n = 0;
  for (const ch of text) {
    if (n === max) break;
    units += ch.length;
    n++;
  }
  return text.slice(0, units);
}

/**
 * The longest prefix of whole graphemes that is at most `max` code points. Only the grapheme
 * across the cut can be split, so only a small window around it is segmented (segmenting long
 * texts whole is slow).
 */
function graphemePrefix(text: string, max: number): string {
  const prefix = codePointPrefix(text, max);
  if (prefix.length === text.length) return prefix;
  // Between two characters below U+0300 (Latin, no combining marks) there is always a boundary.
  if ((text.codePointAt(prefix.length) ?? 0) < 0x300 && (prefix.codePointAt(prefix.length - 1) ?? 0) < 0x300) return prefix;
  const start = Math.max(0, prefix.length - 32);
  let boundary = start;
  for (const { index } of graphemes.segment(text.slice(start, prefix.length + 32))) {
    if (start + index > prefix.length) break;
    boundary = start + index;
  }
  return text.slice(0, boundary);
}

// A sentence ends with . ! ? or … , maybe followed by closing quotes or brackets, then a space.
const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s)/gu;
// Below this share of the room, cutting at a boundary would throw away too much: cut harder instead.
const MIN_KEEP = 0.5;

/**
 * `text` unchanged when it fits in `max` code points; otherwise cut at the last sentence end, else
 * the last word end, that keeps at least half the room, and marked with "…".
 */
export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  if (codePoints(text) <= max) return text;
  if (max === 1) return ELLIPSIS;
  const room = graphemePrefix(text, max - 1);
  const roomLength = codePoints(room);

  // A whole sentence needs "<sentence> …": one code point for the space, one for the ellipsis.
  const sentenceRoom = graphemePrefix(room, Math.max(0, max - 2));
  let sentenceEnd = -1;
  for (const match of sentenceRoom.matchAll(SENTENCE_END)) sentenceEnd = match.index + match[0].length;
  if (sentenceEnd > 0 && codePoints(sentenceRoom.slice(0, sentenceEnd)) >= roomLength * MIN_KEEP) {
    return `${sentenceRoom.slice(0, sentenceEnd)} ${ELLIPSIS}`;
  }

  // Include the next character: if it is a space, `room` ends on a whole word.
  const next = String.fromCodePoint(text.codePointAt(room.length) ?? 0x20);
  const withNext = room + next;
  const lastSpace = withNext.search(/\s\S*$/u);
  if (lastSpace > 0 && codePoints(withNext.slice(0, lastSpace)) >= roomLength * MIN_KEEP) {
    const words = withNext.slice(0, lastSpace).replace(/[\s,;:–—-]+$/u, '');
    if (words) return `${words}${ELLIPSIS}`;
  }
  return `${room.trimEnd()}${ELLIPSIS}`;
}

/**
 * Joins whole items within `max` code points. Items that do not fit are left out and counted in a
 * closing note (`more(n)`), so the reader knows how many are missing; if not even the first item
 * fits beside the note, the first item is truncated instead.
 */
export function joinWithin(items: readonly string[], max: number, more: (left: number) => string, separator = '\n'): string {
  const whole = items.join(separator);
  if (codePoints(whole) <= max) return whole;
  const sep = codePoints(separator);
  let best = 0;
  let used = 0;
  for (let k = 1; k < items.length; k++) {
    used += (k > 1 ? sep : 0) + codePoints(items[k - 1] ?? '');
    if (used + sep + codePoints(more(items.length - k)) > max) break;
    best = k;
  }
  if (best > 0) return `${items.slice(0, best).join(separator)}${separator}${more(items.length - best)}`;
  const first = items[0] ?? '';
  if (items.length === 1) return truncate(first, max);
  const note = `${separator}${more(items.length - 1)}`;
  const room = max - codePoints(note);
  return room > 0 ? `${truncate(first, room)}${note}` : truncate(more(items.length), max);
}

/**
 * Splits `room` between parts that need `needs` each: every part gets what it needs when it all
 * fits; otherwise room is shared fairly (no part gets more than it needs, the rest is divided
 * evenly), so one long part cannot crowd the others out.
 */
export function shareRoom(room: number, needs: readonly number[]): number[] {
  const shares = needs.map(() => 0);
  let left = Math.max(0, room);
  let open = needs.map((_, i) => i);
  while (open.length > 0 && left > 0) {
    const each = Math.floor(left / open.length);
    if (each === 0) break;
    const stillOpen: number[] = [];
    for (const i of open) {
      const want = (needs[i] ?? 0) - (shares[i] ?? 0);
      const give = Math.min(want, each);
      shares[i] = (shares[i] ?? 0) + give;
      left -= give;
      if (want > give) stillOpen.push(i);
    }
    open = stillOpen;
  }
  return shares;
}

/** The parts of an embed Discord counts; structural, so this module needs no Discord types. */
export interface CountedEmbed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  author?: { name: string };
}

function embedSize(e: CountedEmbed): number {
  const fields = (e.fields ?? []).reduce((n, f) => n + codePoints(f.name) + codePoints(f.value), 0);
  return codePoints(e.title ?? '') + codePoints(e.description ?? '') + fields + codePoints(e.footer?.text ?? '') + codePoints(e.author?.name ?? '');
}

/**
 * Brings embeds inside every per-part limit and the shared 6,000 budget: at most 10 embeds and 25
 * fields each; when over budget the last descriptions shrink first, then trailing fields go.
 */
export function clampEmbeds<T extends CountedEmbed>(embeds: readonly T[]): T[] {
  const out = embeds.slice(0, MAX_EMBEDS).map((e) => {
    const c: T = { ...e };
    if (c.title !== undefined) c.title = truncate(c.title, MAX_EMBED_TITLE);
    if (c.description !== undefined) c.description = truncate(c.description, MAX_EMBED_DESCRIPTION);
    if (c.fields) c.fields = c.fields.slice(0, MAX_EMBED_FIELDS).map((f) => ({ ...f, name: truncate(f.name, MAX_FIELD_NAME), value: truncate(f.value, MAX_FIELD_VALUE) }));
    if (c.footer) c.footer = { ...c.footer, text: truncate(c.footer.text, MAX_FOOTER) };
    if (c.author) c.author = { ...c.author, name: truncate(c.author.name, MAX_AUTHOR_NAME) };
    return c;
  });
  let over = out.reduce((n, e) => n + embedSize(e), 0) - MAX_EMBEDS_TOTAL;
  for (let i = out.length - 1; i >= 0 && over > 0; i--) {
    const e = out[i];
    if (!e) continue;
    if (e.description) {
      const before = embedSize(e);
      e.description = truncate(e.description, Math.max(1, codePoints(e.description) - over));
      over -= before - embedSize(e);
    }
    while (over > 0 && e.fields?.length) {
      const before = embedSize(e);
      e.fields = e.fields.slice(0, -1);
      over -= before - embedSize(e);
    }
  }
  return out;
}
