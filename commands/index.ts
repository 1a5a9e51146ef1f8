/** The command registry: every command the bot knows, in the order /help lists them. */
import type { Command } from '../src/command.ts';
import { articles } from './articles.ts';
import { ask } from './ask.ts';
import { createHelp } from './help.ts';
import { paragraph } from './paragraph.ts';
import { quote } from './quote.ts';
import { timeline } from './timeline.ts';

export const COMMANDS: readonly Command[] = [ask, quote, timeline, articles, createHelp(() => COMMANDS), paragraph];

export function findCommand(name: string): Command | undefined {
  const wanted = name.toLowerCase();
  return COMMANDS.find((c) => c.name === wanted);
}
