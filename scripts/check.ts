/**
 * `npm run check`: validates the knowledge folder, as CI and authors run it before the bot does.
 * Prints every problem and exits 1, or one line per article and exits 0 (2 for a bad command line).
 *
 *   npm run check [-- DIR | --knowledge DIR]     (default: $KNOWLEDGE_DIR, else knowledge)
 */
import { loadKnowledge } from '../src/knowledge/load.ts';
import { formatProblems } from '../src/knowledge/problems.ts';
import type { Article } from '../src/knowledge/types.ts';

const USAGE = `Usage: npm run check [-- DIR | --knowledge DIR]
Checks every article in the knowledge folder (default: $KNOWLEDGE_DIR, else knowledge).`;

type Args = { dir: string } | { help: true } | { error: string };

function parseCheckArgs(argv: string[], env: NodeJS.ProcessEnv): Args {
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    let value: string | undefined;
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--knowledge') value = argv[++i];
    else if (arg.startsWith('--knowledge=')) value = arg.slice('--knowledge='.length);
    else if (arg.startsWith('-')) return { error: `${arg}: unknown option` };
    else value = arg;
    if (!value) return { error: '--knowledge needs a folder, e.g. --knowledge knowledge' };
    if (dir !== undefined) return { error: `give one knowledge folder, not both ${dir} and ${value}` };
    dir = value;
  }
  return { dir: dir ?? (env.KNOWLEDGE_DIR?.trim() || 'knowledge') };
}

function summaryLines(articles: Article[]): string[] {
  const width = Math.max(...articles.map((a) => a.slug.length));
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return articles.map((a) => {
    const sentences = a.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
    const parts = [count(a.paragraphs.length, 'paragraph'), count(sentences, 'sentence'), count(a.quotes.length, 'quote'), count(a.speakers.length, 'speaker'), count(a.events.length, 'event')];
    return `${a.slug.padEnd(width)}  ${parts.join(', ')}`;
  });
}

async function main(): Promise<number> {
  const args = parseCheckArgs(process.argv.slice(2), process.env);
  if ('help' in args) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in args) {
    console.error(`${args.error}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const { kb, problems } = await loadKnowledge(args.dir);
  if (problems.length > 0) {
    console.log(formatProblems(problems));
    console.log('Fix them and run the check again; the bot serves only valid articles.');
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(summaryLines(kb.articles).join('\n'));
  console.log(`${kb.articles.length} article${kb.articles.length === 1 ? '' : 's'} in ${args.dir}: all valid (${seconds} s).`);
  return 0;
}

process.exitCode = await main();
