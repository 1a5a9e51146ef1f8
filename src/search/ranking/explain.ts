/**
 * Says in a few words why a passage was chosen (or, for the nearest passages, what it lacks):
 * `matched "approved" for "approval"`, `typo "protestd" → "protested"`, `synonym "weapons" ~ "arms"`,
 * `answers "who": Beijing`.
 */
import type { QuestionPlan } from '../analysis/question.ts';
import type { ExpandedTerm } from './expand.ts';
import { unstatedDetail } from './answer-span.ts';
import { locate, type ScoredPassage } from './score.ts';

const MAX_REASONS = 6;

export function explain(passage: ScoredPassage, plan: QuestionPlan, terms: ExpandedTerm[]): string[] {
  const reasons: string[] = [];
  const written = (stem: string): string | undefined => {
    for (const unit of passage.units) {
      const token = unit.tokens.find((t) => t.stem === stem || t.norm === stem);
      if (token) return unit.paragraph.text.slice(unit.start + token.start, unit.start + token.end);
    }
    return undefined;
  };
  // The word as written at a passage position.
  const writtenAt = (position: number | undefined): string | undefined => {
    const at = position === undefined ? undefined : locate(passage.units, position);
    return at && at.unit.paragraph.text.slice(at.unit.start + at.token.start, at.unit.start + at.token.end);
  };
  passage.hits.forEach((hit, t) => {
    const term = terms[t];
    // A word typed twice is explained once.
    if (!hit || !term || term.term.emphasis === 0) return;
    // A related word is shown where this term matched: "discussed" ~ "touched", not the "call" it left to "conversation".
    const at = passage.positions[t] ?? [];
    const own = hit.alternative.kind === 'synonym' || hit.alternative.kind === 'news-synonym' ? writtenAt(at.find((p) => locate(passage.units, p)?.token.stem === hit.alternative.stem) ?? at[0]) : undefined;
    const found = own ?? written(hit.alternative.stem) ?? hit.alternative.via;
    const typed = term.term.typed;
    switch (hit.alternative.kind) {
      case 'word':
        reasons.push(found.toLowerCase() === typed.toLowerCase() ? `matched "${found}"` : `matched "${found}" for "${typed}"`);
        break;
      case 'typo':
        reasons.push(`typo "${typed}" → "${found}"`);
        break;
      case 'alias':
        reasons.push(`"${typed}" ~ "${found}" (same country)`);
        break;
      case 'region':
        reasons.push(`"${found}" is in "${typed}"`);
        break;
      case 'name':
        reasons.push(`"${typed}" ~ "${found}" (same name)`);
        break;
      case 'office': {
        // The country and the office match the one name: said once.
        const reason = `"${found}" is the ${hit.alternative.phrase}`;
        if (!reasons.includes(reason)) reasons.push(reason);
        break;
      }
      case 'compound':
        // Both words of the expression match the one word: said once.
        if (!reasons.includes(`synonym "${hit.alternative.phrase}" ~ "${found}"`)) reasons.push(`synonym "${hit.alternative.phrase}" ~ "${found}"`);
        break;
      case 'opposite':
        reasons.push(`says "${found}", not "${typed}"`);
        break;
      default:
        reasons.push(`synonym "${typed}" ~ "${found}"`);
    }
  });
  passage.opposite.forEach((word, t) => {
    if (word) reasons.push(`says "${word}", the opposite of "${terms[t]?.term.typed}"`);
  });
  for (const phrase of passage.splitPhrases) {
    reasons.push(`"${phrase.members.map((t) => terms[t]?.term.typed).join(' ')}" only far apart`);
  }
  // A place or number the article never gives is why nothing answers (see answer-span.ts).
  const unstated = plan.yesNo ? [] : terms.filter((term) => unstatedDetail(term) !== null);
  if (passage.answer) reasons.unshift(`answers "${plan.cue}": ${passage.answer.text}${passage.answer.refersTo ? ` (${passage.answer.refersTo})` : ''}`);
  // (First: it is why the reply is not_found, and the words it matched would crowd it out.)
  else if (passage.withheld) reasons.unshift('says the article does not give this');
  else if (passage.lacksKind && unstated.length) reasons.push(`the article never gives ${unstated.map((t) => `"${t.term.typed}"`).join(', ')}`);
  else if (passage.lacksKind) reasons.push(plan.cue ? `nothing that answers "${plan.cue}"` : 'does not say so');
  // Credit without a match: a title the text gives the named person otherwise (see phrases.ts).
  const retitled = (t: number) => !passage.hits[t] && (passage.credit[t] ?? 0) > 0;
  for (const [t, term] of terms.entries()) if (retitled(t)) reasons.push(`title "${term.term.typed}" differs from the text's`);
  // A word the answer's own sentence lacks may still be in its paragraph, which the citation shows.
  const inParagraph = terms.filter((_, t) => !passage.hits[t] && !retitled(t) && (passage.paragraphCredit[t] ?? 0) > 0).map((t) => `"${t.term.typed}"`);
  const missing = terms.filter((term, t) => term.term.emphasis > 0 && !passage.hits[t] && !((passage.paragraphCredit[t] ?? 0) > 0) && !(passage.lacksKind && unstated.includes(term))).map((t) => `"${t.term.typed}"`);
  if (inParagraph.length) reasons.push(`${inParagraph.join(', ')} elsewhere in the paragraph`);
  if (missing.length) reasons.push(`no match for ${missing.join(', ')}`);
  return reasons.slice(0, MAX_REASONS);
}
