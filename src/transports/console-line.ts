/**
 * Reads one console line into a command call, with the same `name:value` option syntax Discord
 * shows: `/ask who protested the arms sale article:trump-xi-call private:true`.
 * Text before the first option goes to the command's first text option (`question`, `speaker`…).
 */
import { findCommand } from '../../commands/index.ts';
import type { OptionValues } from '../command.ts';
import { FALSE_WORDS, TRUE_WORDS } from '../dispatch.ts';


export type ParsedLine =
  | { ok: true; name: string; options: OptionValues }
  | { ok: false; name: string; message: string };

export function parseConsoleLine(line: string): ParsedLine {
  const trimmed = line.trim();
  if (!trimmed) return { ok: false, name: 'unknown', message: 'Empty line: type a command such as /ask who protested the arms sale, or /help.' };
  if (!trimmed.startsWith('/')) {
    // A bare question is the most common thing to type: treat it as /ask.
    return parseConsoleLine(`/ask ${trimmed}`);
  }
  const match = /^\/(\S*)\s*([\s\S]*)$/.exec(trimmed);
  const name = (match?.[1] ?? '').toLowerCase();
  const rest = match?.[2] ?? '';
  const command = findCommand(name);
  if (!command) return { ok: true, name, options: {} }; // dispatch answers unknown commands with the list

  const names = command.options.map((o) => o.name);
  const marker = new RegExp(`(?:^|\\s)(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}):`, 'g');
  const options: Record<string, string> = {};
  const target = command.options.find((o) => o.type === 'string' && o.required) ?? command.options.find((o) => o.type === 'string');
  const valueAt = (list: RegExpMatchArray[], i: number) => rest.slice((list[i]!.index ?? 0) + list[i]![0].length, list[i + 1]?.index ?? rest.length).trim();
  // A marker that cannot be an option is prose: "private: is that so" (a space, and no true or
  // false, follows; "private:maybe" stays an option, for dispatch to say what it must be), and,
  // after the question is already typed, "Quick question: who…".
  let marks = names.length ? [...rest.matchAll(marker)] : [];
  const prose = (list: RegExpMatchArray[], i: number) => /\s/.test(rest[(list[i]!.index ?? 0) + list[i]![0].length] ?? '') && !TRUE_WORDS.test(valueAt(list, i)) && !FALSE_WORDS.test(valueAt(list, i));
  marks = marks.filter((m, i, all) => command.options.find((o) => o.name === m[1])?.type !== 'boolean' || !prose(all, i));
  if (marks[0] && rest.slice(0, marks[0].index).trim()) marks = marks.filter((m) => m[1] !== target?.name);
  const free = (marks[0] ? rest.slice(0, marks[0].index) : rest).trim();
  marks.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = marks[i + 1]?.index ?? rest.length;
    options[m[1] as string] = rest.slice(start, end).trim();
  });
  if (free) {
    if (!target) return { ok: false, name, message: `/${name} takes no text${names.length ? `; its options are ${names.map((n) => `${n}:`).join(' ')}` : ''}.` };
    // (Never given twice: after text, "question:" is prose, above.)
    options[target.name] = free;
  }
  return { ok: true, name, options };
}
