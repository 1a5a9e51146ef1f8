/** Command-line flags for `npm start` / `npm run console`. */
import { ConfigError } from './config.ts';

export interface CliOptions {
  console: boolean;
  json: boolean;
  knowledgeDir?: string;
  help: boolean;
}

export const USAGE = `Usage: npm start            run the bot (Discord when DISCORD_TOKEN is set, else the local console)
       npm run console [-- --json] [-- --knowledge DIR]
Options:
  --console          always start the local console
  --json             console: print one JSON object per input line
  --knowledge DIR    the article folder (default: KNOWLEDGE_DIR or knowledge/)`;

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { console: false, json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--console') options.console = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--knowledge' || arg?.startsWith('--knowledge=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) throw new ConfigError(['--knowledge: needs a folder, e.g. --knowledge knowledge/']);
      options.knowledgeDir = value;
    } else throw new ConfigError([`${arg}: unknown option\n${USAGE}`]);
  }
  return options;
}
