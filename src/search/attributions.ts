/**
 * Who says what, per sentence, from the knowledge base's quote table: direct quotes and reported
 * statements with their speakers. "What did Lin Jian say" then looks for Lin Jian's words, found
 * through his name, surname, aliases or role ("the Chinese spokesperson"), instead of for any
 * sentence that merely mentions him.
 */
import type { Article } from '../knowledge/types.ts';
import type { SentenceUnit } from './passages.ts';
import type { ExpandedTerm } from './ranking/expand.ts';
import { isSeatOfGovernment, namesAPlace } from './lexicon/places.ts';
import { isTitle } from './lexicon/titles.ts';
import { isStopWord } from './text/stopwords.ts';
import { tokenize } from './text/tokenize.ts';

export interface Attribution {
  /** `article-slug/speaker-id`. */
  speaker: string;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  text: string;
}

export interface AttributionTable {
  /** Attributions per unit id. */
  byUnit: Map<number, Attribution[]>;
  /** Speakers (`article-slug/speaker-id`) by the stems of their names, aliases and roles. */
  speakersByStem: Map<string, Set<string>>;
  /** Slugs of articles that have a quote table at all. */
  articlesWithSpeakers: Set<string>;
  /** Speakers named as two parties together ("U.S. and Chinese officials"). */
  jointSpeakers: Set<string>;
}

export function buildAttributions(units: SentenceUnit[]): AttributionTable {
  const table: AttributionTable = { byUnit: new Map(), speakersByStem: new Map(), articlesWithSpeakers: new Set(), jointSpeakers: new Set() };
  const articles = new Set<Article>(units.map((u) => u.article));
  for (const article of articles) {
    if (!article.speakers?.length) continue;
    table.articlesWithSpeakers.add(article.slug);
    for (const speaker of article.speakers) {
      const key = `${article.slug}/${speaker.id}`;
      if (/\s(?:and|&)\s/i.test(speaker.name)) table.jointSpeakers.add(key);
      for (const name of [speaker.name, ...(speaker.aliases ?? []), speaker.role ?? '']) {
        for (const token of tokenize(name)) {
          if (isStopWord(token.norm)) continue;
          (table.speakersByStem.get(token.stem) ?? table.speakersByStem.set(token.stem, new Set()).get(token.stem)!).add(key);
        }
      }
    }
  }
  for (const unit of units) {
    const article = unit.article;
    if (!table.articlesWithSpeakers.has(article.slug)) continue;
    const found: Attribution[] = [];
    const add = (speakerId: string, paragraphStart: number, text: string) => {
      // Keep the part inside this sentence: quotes and statements may run over several.
      const start = Math.max(paragraphStart, unit.start);
      const end = Math.min(paragraphStart + text.length, unit.end);
      if (end <= start) return;
      const inside = unit.paragraph.text.slice(start, end);
      found.push({ speaker: `${article.slug}/${speakerId}`, start: start - unit.start, end: end - unit.start, text: inside });
    };
    for (const quote of article.quotes ?? []) {
      if (quote.paragraph === unit.paragraph.number && unit.paragraph.text.slice(quote.start, quote.start + quote.text.length) === quote.text) {
        add(quote.speakerId, quote.start, quote.text);
      }
    }
    for (const statement of article.statements ?? []) {
      if (statement.paragraph !== unit.paragraph.number) continue;
      const at = unit.paragraph.text.indexOf(statement.text);
      if (at >= 0) add(statement.speakerId, at, statement.text);
    }
    if (found.length) table.byUnit.set(unit.id, found);
  }
  return table;
}

/**
 * Speakers (`slug/id`) whose name, alias or role contains one of the question's speaker words (or
 * a synonym of it). A name among those words (`isName`) narrows them, and so does a country: "the Taiwanese president" is not
 * "Chinese President" Xi, though "president" names him.
 */
export function namedSpeakers(terms: ExpandedTerm[], table: AttributionTable, isName: (word: string) => boolean = () => false): Set<string> {
  const matchedBy = (term: ExpandedTerm) => {
    const found = new Set<string>();
    // (Not the country for a seat of government the article names itself: "what did the White
    // House say" is not the "U.S. and Chinese officials" of another sentence.)
    const seatOnly = isSeatOfGovernment(term.term.norm) && !term.unknown;
    for (const stem of [term.term.stem, ...term.alternatives.filter((a) => !(seatOnly && a.kind === 'alias')).map((a) => a.stem)]) {
      for (const speaker of table.speakersByStem.get(stem) ?? []) found.add(speaker);
    }
    return found;
  };
  const countries = terms.filter((t) => namesAPlace(t.term.norm));
  const others = terms.filter((t) => !namesAPlace(t.term.norm));
  let found = new Set((others.length ? others : countries).flatMap((t) => [...matchedBy(t)]));
  // A name the question gives narrows them too: "President Trump" is not "President Xi", though
  // "president" names Xi. (A name no quoted speaker has leaves none: Trump is quoted nowhere.)
  for (const name of others.filter((t) => !isTitle(t.term.norm) && isName(t.term.norm))) {
    const holders = matchedBy(name);
    found = new Set([...found].filter((speaker) => holders.has(speaker)));
  }
  // …and so does every title: "Japan's defense minister" is not Prime Minister Takaichi.
  for (const title of others.filter((t) => isTitle(t.term.norm))) {
    const holders = matchedBy(title);
    found = new Set([...found].filter((speaker) => holders.has(speaker)));
  }
  if (others.length === 0 || countries.length === 0) return withoutJoint(found, table);
  const ofCountry = new Set(countries.flatMap((t) => [...matchedBy(t)]));
  return withoutJoint(new Set([...found].filter((speaker) => ofCountry.has(speaker))), table);
}

/**
 * "U.S. and Chinese officials" speak for China only jointly, in the account of an event both
 * sides gave: when China also speaks alone, "what did China say" means those words.
 */
function withoutJoint(found: Set<string>, table: AttributionTable): Set<string> {
  const joint = [...found].filter((speaker) => table.jointSpeakers.has(speaker));
  return joint.length > 0 && joint.length < found.size ? new Set([...found].filter((speaker) => !table.jointSpeakers.has(speaker))) : found;
}
