/**
 * Renders a Reply as plain text for the local console: the verbatim answer first, its citation
 * as ¶N after it, and anything that is not an answer (nearest passages) labelled as such.
 */
import type { Citation } from '../knowledge/types.ts';
import type { AskReply, QuoteItem, QuoteReply, Reply, TimelineReply } from './types.ts';

/** `¶6`, or `trump-xi-call ¶6` when the reply draws on several articles. */
export function formatCitation(citation: Citation, manyArticles: boolean): string {
  return manyArticles ? `${citation.article} ¶${citation.paragraph}` : `¶${citation.paragraph}`;
}

function manyArticles(reply: Reply): boolean {
  return (reply.sources?.length ?? 0) > 1;
}

function footer(reply: Reply): string[] {
  const sources = reply.sources ?? [];
  if (sources.length === 0) return [];
  return ['', ...sources.map((s) => `  — ${s.title} (${s.published})${sources.length > 1 ? ` [${s.slug}]` : ''}`)];
}

function renderAsk(reply: AskReply): string[] {
  const many = manyArticles(reply);
  if (reply.status === 'answered') {
    return reply.answers.flatMap((a, i) => [
      `${i === 0 ? '' : '\n'}“${a.text}” (${formatCitation(a.citation, many)})`,
      ...(a.why.length ? [`  why: ${a.why.join('; ')}`] : []),
    ]);
  }
  const lines = [reply.message ?? 'The article does not say.'];
  if (reply.nearest.length) {
    lines.push('', 'Nearest passages (not answers):');
    for (const n of reply.nearest) lines.push(`  · “${n.text}” (${formatCitation(n.citation, many)})`);
  }
  return lines;
}

function quoteLine(q: QuoteItem, many: boolean): string {
  const via = q.via?.length ? ` — via ${q.via.join(' → ')}` : '';
  const partial = q.partial ? ' (partial)' : '';
  return `  “${q.text}” (${formatCitation(q.citation, many)})${partial}${via}`;
}

function renderQuote(reply: QuoteReply): string[] {
  const many = manyArticles(reply);
  if (!reply.speaker) {
    const lines = [reply.message ?? `No speaker called "${reply.query}" is quoted.`];
    if (reply.suggestions.length) lines.push(`Did you mean: ${reply.suggestions.map((s) => `${s.name} (${s.id})`).join(', ')}?`);
    return lines;
  }
  const { name, role } = reply.speaker;
  const lines = [`${name}${role ? `, ${role}` : ''}:`];
  if (reply.quotes.length) lines.push(...reply.quotes.map((q) => quoteLine(q, many)));
  else lines.push('  (no direct quotations)');
  if (reply.statements.length) {
    lines.push('', 'Reported speech:', ...reply.statements.map((s) => quoteLine(s, many)));
  }
  return lines;
}

function renderTimeline(reply: TimelineReply): string[] {
  if (!reply.events.length) return [reply.message ?? 'No dated events were found.'];
  const many = manyArticles(reply);
  const width = Math.max(...reply.events.map((e) => e.date.length));
  return reply.events.map((e) => {
    const when = e.after ? `after ${e.date}` : e.date;
    const flags = [e.written && `“${e.written}”`, e.expected && 'expected'].filter(Boolean).join(', ');
    return `${when.padEnd(width + 6)} ${e.text} (${formatCitation(e.citation, many)})${flags ? `  [${flags}]` : ''}`;
  });
}

export function renderText(reply: Reply): string {
  if (reply.status === 'error') return `Error: ${reply.message ?? 'something went wrong.'}`;
  let lines: string[];
  switch (reply.command) {
    case 'ask':
      lines = renderAsk(reply as AskReply);
      break;
    case 'quote':
      lines = renderQuote(reply as QuoteReply);
      break;
    case 'timeline':
      lines = renderTimeline(reply as TimelineReply);
      break;
    case 'help':
      lines = ['Commands:', ...('commands' in reply ? reply.commands : []).map((c) => `  ${c.example.padEnd(36)} ${c.description}`)];
      lines.push('', 'Options: article:<slug> picks one article, e.g. /timeline article:trump-xi-call. /quit leaves.');
      return lines.join('\n');
    case 'articles':
      lines = 'articles' in reply ? reply.articles.map((a) => `  ${a.slug}  ${a.published}  ${a.title}  (${a.paragraphs} ¶, ${a.quotes} quotes, ${a.events} events)`) : [];
      if (!lines.length) lines = [reply.message ?? 'No articles.'];
      return lines.join('\n');
    case 'paragraph':
      lines = 'paragraph' in reply && reply.paragraph ? [`¶${reply.paragraph.citation.paragraph}  ${reply.paragraph.text}`] : [reply.message ?? 'No such paragraph.'];
      break;
    default:
      lines = [(reply as { message?: string }).message ?? ''];
  }
  return [...lines, ...footer(reply)].join('\n');
}
