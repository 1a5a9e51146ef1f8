/**
 * The local console: the bot without Discord. Interactive on a terminal (prompt, readable
 * answers); when input is piped it answers each line in order and exits. `--json` prints one
 * JSON reply per input line: the public contract other tools read.
 */
import readline from 'node:readline';
import { runCommand, errorReply } from '../dispatch.ts';
import type { Runtime } from '../runtime.ts';
import { renderText } from '../reply/text.ts';
import type { Reply } from '../reply/types.ts';
import { parseConsoleLine } from './console-line.ts';

export interface ConsoleOptions {
  json: boolean;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  interactive?: boolean;
}

const QUIT = new Set(['/quit', '/exit', '/q']);

export function answerLine(runtime: Runtime, line: string): Reply {
  const parsed = parseConsoleLine(line);
  if (!parsed.ok) return errorReply(parsed.name, parsed.message);
  return runCommand(runtime.getLibrary(), parsed.name, parsed.options, runtime.logger);
}

export async function runConsole(runtime: Runtime, options: ConsoleOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = options.interactive ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = readline.createInterface({ input, ...(interactive ? { output, terminal: true } : {}), crlfDelay: Infinity });
  const write = (text: string) => output.write(`${text}\n`);

  if (interactive) {
    const articles = runtime.getLibrary().kb.articles;
    write(`Loaded ${articles.length} article${articles.length === 1 ? '' : 's'} from ${runtime.config.knowledgeDir}. Type /help for the commands, /quit to leave.`);
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (interactive && QUIT.has(line.trim().toLowerCase())) break;
    if (interactive && !line.trim()) {
      rl.prompt();
      continue;
    }
    const reply = answerLine(runtime, line);
    write(options.json ? JSON.stringify(reply) : `${renderText(reply)}\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
}
