/**
 * Finds speakers by the names people type: full name, surname, slug or a near miss.
 * Ranking is exact → whole word → prefix → fuzzy (fuse.js, which is at its best on short names).
 */
import Fuse from 'fuse.js';
import type { KnowledgeBase, SpeakerKind } from '../knowledge/types.ts';

export interface SpeakerEntry {
  id: string;
  name: string;
  role?: string;
  kind: SpeakerKind;
  aliases: string[];
  /** Slugs of the articles that quote or report this speaker. */
  articles: string[];
  quoteCount: number;
  statementCount: number;
}

export interface SpeakerMatch {
  entry: SpeakerEntry;
  /** 0 exact, 1 whole word, 2 prefix, 3 fuzzy. */
  rank: 0 | 1 | 2 | 3;
}

export interface SpeakerDirectory {
  all(): SpeakerEntry[];
  get(id: string): SpeakerEntry | undefined;
  /** Best matches first, at most `limit`. Never throws, whatever is typed. */
  search(typed: string, options?: { article?: string; limit?: number }): SpeakerMatch[];
}

/**
 * Lowercase, accents and punctuation removed, `-` and `_` as spaces, dotted initials joined and a
 * leading article dropped: `Lin-Jian` → `lin jian`, `the U.S. Department` → `us department`.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\b(\p{L})\.(?=\p{L}\b)/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|a|an) /, '');
}

const ACRONYM_SKIP = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', '&']);

/** `U.S. Department of Agriculture` → `usda`: what people type for a body the article names in full. */
export function acronymOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  if (words.length < 2) return undefined;
  // Dotted initials (`U.S.`) give all their letters; any other word its first letter.
  const letters = words.map((w) => (/^(\p{L}\.)+$/u.test(w) ? w.replace(/\./g, '') : w.charAt(0))).join('');
  const acronym = normalizeName(letters).replace(/ /g, '');
  return acronym.length >= 2 ? acronym : undefined;
}

export function buildSpeakerDirectory(kb: KnowledgeBase): SpeakerDirectory {
  const byId = new Map<string, SpeakerEntry>();
  for (const article of kb.articles) {
    for (const speaker of article.speakers) {
      const quoteCount = article.quotes.filter((q) => q.speakerId === speaker.id).length;
      const statementCount = article.statements.filter((s) => s.speakerId === speaker.id).length;
      if (quoteCount + statementCount === 0) continue;
      let entry = byId.get(speaker.id);
      if (!entry) {
        entry = { id: speaker.id, name: speaker.name, kind: speaker.kind, aliases: [], articles: [], quoteCount: 0, statementCount: 0 };
        if (speaker.role) entry.role = speaker.role;
        byId.set(speaker.id, entry);
      }
      entry.aliases = [...new Set([...entry.aliases, ...speaker.aliases])];
      entry.articles.push(article.slug);
      entry.quoteCount += quoteCount;
      entry.statementCount += statementCount;
    }
  }
  const entries = [...byId.values()].sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
  const keyed = entries.map((entry) => {
    const names = [entry.name, entry.id, ...entry.aliases].map(normalizeName).filter(Boolean);
    const acronym = entry.kind === 'person' ? undefined : acronymOf(entry.name);
    return { entry, names: acronym && !names.includes(acronym) ? [...names, acronym] : names };
  });
  const fuse = new Fuse(keyed, { keys: ['names'], includeScore: true, ignoreLocation: true, threshold: 0.4 });

  function search(typed: string, options: { article?: string; limit?: number } = {}): SpeakerMatch[] {
    const limit = options.limit ?? 25;
    const inScope = (e: SpeakerEntry) => !options.article || e.articles.includes(options.article);
    const query = normalizeName(String(typed ?? '').slice(0, 200));
    if (!query) return entries.filter(inScope).slice(0, limit).map((entry) => ({ entry, rank: 3 as const }));

    const ranked = new Map<string, SpeakerMatch>();
    const add = (entry: SpeakerEntry, rank: SpeakerMatch['rank']) => {
      if (inScope(entry) && !ranked.has(entry.id)) ranked.set(entry.id, { entry, rank });
    };
    const queryWords = query.split(' ');
    for (const { entry, names } of keyed) if (names.includes(query)) add(entry, 0);
    for (const { entry, names } of keyed) {
      const words = new Set(names.flatMap((n) => n.split(' ')));
      if (queryWords.every((w) => words.has(w))) add(entry, 1);
    }
    for (const { entry, names } of keyed) {
      if (names.some((n) => n.startsWith(query) || n.split(' ').some((w) => w.startsWith(query)))) add(entry, 2);
    }
    for (const hit of fuse.search(query)) add(hit.item.entry, 3);
    return [...ranked.values()].slice(0, limit);
  }

  return { all: () => entries, get: (id) => byId.get(id), search };
}
