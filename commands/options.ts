/** Options several commands share, and the helpers that read them. */
import Fuse from 'fuse.js';
import type { Choice, OptionSpec, OptionValues } from '../src/command.ts';
import { UserError } from '../src/errors.ts';
import type { Article } from '../src/knowledge/types.ts';
import type { Library } from '../src/library.ts';
import type { SourceInfo } from '../src/reply/types.ts';

/** Discord's limit for one autocomplete choice's label and value. */
export const MAX_CHOICE_LENGTH = 100;
export const MAX_CHOICES = 25;

export const PRIVATE_OPTION: OptionSpec = {
  name: 'private',
  description: 'Show the answer only to you',
  type: 'boolean',
};

export const ARTICLE_OPTION: OptionSpec = {
  name: 'article',
  description: 'Only this article (default: all of them)',
  type: 'string',
  autocomplete: true,
  maxLength: 100,
};

export function truncateLabel(text: string, max = MAX_CHOICE_LENGTH): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The article an `article` option names: its slug, or failing that the closest title. */
export function resolveArticle(library: Library, options: OptionValues): Article | undefined {
  const wanted = options.article;
  if (typeof wanted !== 'string' || !wanted) return undefined;
  const exact = library.kb.bySlug.get(wanted.toLowerCase());
  if (exact) return exact;
  const [best] = new Fuse(library.kb.articles, { keys: ['slug', 'title'], ignoreLocation: true, threshold: 0.35 }).search(wanted);
  if (best) return best.item;
  const known = library.kb.articles.slice(0, 10).map((a) => a.slug).join(', ');
  throw new UserError(`There is no article "${wanted}". Known articles: ${known || 'none'} (see /articles).`);
}

/** Autocomplete for the `article` option: readable titles, slugs as values. */
export function articleChoices(library: Library, typed: string): Choice[] {
  const articles = library.kb.articles;
  const hits = typed.trim()
    ? new Fuse(articles, { keys: ['slug', 'title'], ignoreLocation: true, threshold: 0.4 }).search(typed).map((h) => h.item)
    : [...articles].sort((a, b) => b.published.localeCompare(a.published));
  return hits.slice(0, MAX_CHOICES).map((a) => ({ name: truncateLabel(`${a.title} (${a.published})`), value: a.slug }));
}

/** Source info for the articles a reply cites, in order of first citation. */
export function sourcesFor(library: Library, slugs: Iterable<string>): SourceInfo[] {
  const seen = new Set<string>();
  const sources: SourceInfo[] = [];
  for (const slug of slugs) {
    const article = library.kb.bySlug.get(slug);
    if (!article || seen.has(slug)) continue;
    seen.add(slug);
    sources.push({ slug, title: article.title, published: article.published });
  }
  return sources;
}
