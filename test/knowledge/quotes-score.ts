/**
 * Scores extracted quotes and statements against gold annotations.
 * A quote matches a gold quote with the same paragraph and exactly the same text; a statement
 * matches when paragraph matches and one text contains the other (sentence splitters differ).
 */
import type { ExtractedQuotes } from '../../src/knowledge/quotes/index.ts';
import type { Gold } from './quotes-fixtures.ts';

export interface Score {
  gold: number;
  found: number;
  matched: number;
  rightSpeaker: number;
  /** Quotes only: matched with the right `partial` flag / the right `via`. */
  rightPartial: number;
  rightVia: number;
  misses: string[];
  extras: string[];
  wrongSpeaker: string[];
}

const empty = (): Score => ({ gold: 0, found: 0, matched: 0, rightSpeaker: 0, rightPartial: 0, rightVia: 0, misses: [], extras: [], wrongSpeaker: [] });

const sameVia = (a: string[] | undefined, b: string[] | undefined) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

export function scoreQuotes(slug: string, gold: Gold, got: ExtractedQuotes, into = empty()): Score {
  into.gold += gold.quotes.length;
  into.found += got.quotes.length;
  const used = new Set<number>();
  for (const g of gold.quotes) {
    const i = got.quotes.findIndex((q, k) => !used.has(k) && q.paragraph === g.paragraph && q.text === g.text);
    if (i < 0) {
      into.misses.push(`${slug} ¶${g.paragraph} ${g.speaker}: "${g.text}"`);
      continue;
    }
    used.add(i);
    const q = got.quotes[i]!;
    into.matched++;
    if (q.speakerId === g.speaker) into.rightSpeaker++;
    else into.wrongSpeaker.push(`${slug} ¶${g.paragraph} "${g.text}": want ${g.speaker}, got ${q.speakerId}`);
    if (q.partial === g.partial) into.rightPartial++;
    if (sameVia(q.via, g.via)) into.rightVia++;
  }
  got.quotes.forEach((q, k) => {
    if (!used.has(k)) into.extras.push(`${slug} ¶${q.paragraph} ${q.speakerId}: "${q.text}"`);
  });
  return into;
}

/**
 * The gold marks every reporting sentence; a sentence that carries the speaker's own quoted words
 * is direct speech (scored as quotes), so it is not expected as a statement.
 */
function reportedOnly(gold: Gold): Gold['statements'] {
  return gold.statements.filter((st) => !gold.quotes.some((q) => q.speaker === st.speaker && q.paragraph === st.paragraph && st.text.includes(q.text)));
}

export function scoreStatements(slug: string, gold: Gold, got: ExtractedQuotes, into = empty()): Score {
  const goldStatements = reportedOnly(gold);
  into.gold += goldStatements.length;
  into.found += got.statements.length;
  const used = new Set<number>();
  for (const g of goldStatements) {
    const overlaps = (text: string) => text.includes(g.text) || g.text.includes(text);
    const candidates = got.statements.map((s, k) => ({ s, k })).filter(({ s, k }) => !used.has(k) && s.paragraph === g.paragraph && overlaps(s.text));
    const pick = candidates.find(({ s }) => s.speakerId === g.speaker) ?? candidates[0];
    if (!pick) {
      into.misses.push(`${slug} ¶${g.paragraph} ${g.speaker}: ${g.text}`);
      continue;
    }
    used.add(pick.k);
    into.matched++;
    if (pick.s.speakerId === g.speaker) into.rightSpeaker++;
    else into.wrongSpeaker.push(`${slug} ¶${g.paragraph} want ${g.speaker}, got ${pick.s.speakerId}: ${g.text.slice(0, 60)}…`);
    if (sameVia(pick.s.via, g.via)) into.rightVia++;
  }
  got.statements.forEach((s, k) => {
    if (!used.has(k)) into.extras.push(`${slug} ¶${s.paragraph} ${s.speakerId}: ${s.text}`);
  });
  return into;
}

const pct = (n: number, d: number) => (d === 0 ? 100 : (100 * n) / d);

export function figures(score: Score) {
  return {
    recall: pct(score.matched, score.gold),
    precision: pct(score.matched, score.found),
    speakerAccuracy: pct(score.rightSpeaker, score.matched),
    partialAccuracy: pct(score.rightPartial, score.matched),
    viaAccuracy: pct(score.rightVia, score.matched),
  };
}

export function report(label: string, score: Score): string {
  const f = figures(score);
  const lines = [
    `${label}: recall ${f.recall.toFixed(1)}% (${score.matched}/${score.gold}), precision ${f.precision.toFixed(1)}% (${score.matched}/${score.found}), ` +
      `speaker ${f.speakerAccuracy.toFixed(1)}% (${score.rightSpeaker}/${score.matched}), via ${f.viaAccuracy.toFixed(1)}%` +
      (score.rightPartial > 0 ? `, partial flag ${f.partialAccuracy.toFixed(1)}%` : ''),
    ...score.misses.map((m) => `  missed   ${m}`),
    ...score.extras.map((m) => `  extra    ${m}`),
    ...score.wrongSpeaker.map((m) => `  speaker  ${m}`),
  ];
  return lines.join('\n');
}
