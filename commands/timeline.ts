import type { Command } from '../src/command.ts';
import { sortKey } from '../src/knowledge/timeline/order.ts';
import type { TimelineEvent } from '../src/knowledge/types.ts';
import type { TimelineItem, TimelineReply } from '../src/reply/types.ts';
import { ARTICLE_OPTION, PRIVATE_OPTION, articleChoices, resolveArticle, sourcesFor } from './options.ts';

/**
 * Merges the timelines of several articles with the extractor's own policy (`sortKey`: a month
 * sorts at its start, before the days inside it); events placed `after` an anchor follow it, and
 * the sort is stable, so ties keep each article's reading order.
 */
export function compareEvents(a: TimelineItem, b: TimelineItem): number {
  const ka = sortKey(a.date);
  const kb = sortKey(b.date);
  return (
    (ka === kb ? 0 : ka < kb ? -1 : 1) ||
    Number(a.after !== undefined) - Number(b.after !== undefined) ||
    a.citation.article.localeCompare(b.citation.article) ||
    a.citation.paragraph - b.citation.paragraph
  );
}

function toItem(slug: string, event: TimelineEvent): TimelineItem {
  const item: TimelineItem = {
    date: event.date,
    precision: event.precision,
    written: event.written,
    text: event.text,
    citation: { article: slug, paragraph: event.paragraph },
    expected: event.expected,
  };
  if (event.after) item.after = event.after;
  return item;
}

export const timeline = {
  name: 'timeline',
  description: "The article's events in date order, relative dates resolved",
  example: '/timeline',
  options: [ARTICLE_OPTION, PRIVATE_OPTION],
  execute(library, options) {
    const article = resolveArticle(library, options);
    const events = (article ? [article] : library.kb.articles)
      .flatMap((a) => a.events.map((e) => toItem(a.slug, e)))
      .sort(compareEvents);
    const reply: TimelineReply = {
      command: 'timeline',
      status: events.length > 0 ? 'answered' : 'not_found',
      events,
      sources: sourcesFor(library, events.map((e) => e.citation.article)),
    };
    if (events.length === 0) reply.message = 'No dated events were found.';
    return reply;
  },
  autocomplete(library, option, typed) {
    return option === 'article' ? articleChoices(library, typed) : [];
  },
} satisfies Command;
