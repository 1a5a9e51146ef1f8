/**
 * Start-up: read the settings and the knowledge folder, then hand a Library to the transport the
 * settings pick. With no Discord credentials this is the local console, so anyone can try the bot.
 */
import dotenv from 'dotenv';
import { parseArgs, USAGE } from './cli.ts';
import { ConfigError, loadConfig, type BotMode } from './config.ts';
import { loadKnowledge } from './knowledge/load.ts';
import { buildLibrary } from './library.ts';
import { createLogger, describeError } from './log.ts';
import type { Runtime } from './runtime.ts';

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const cli = parseArgs(process.argv.slice(2));
  if (cli.help) {
    console.log(USAGE);
    return;
  }
  const overrides: { mode?: BotMode; knowledgeDir?: string } = {};
  if (cli.console || cli.json) overrides.mode = 'console';
  if (cli.knowledgeDir) overrides.knowledgeDir = cli.knowledgeDir;
  const config = loadConfig(process.env, overrides);
  const logger = createLogger(config.logLevel);

  const { kb, problems } = await loadKnowledge(config.knowledgeDir);
  if (problems.length > 0) {
    throw new ConfigError(problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`));
  }
  let library = buildLibrary(kb);
  const runtime: Runtime = { config, logger, getLibrary: () => library };

  switch (config.mode) {
    case 'console': {
      const { runConsole } = await import('./transports/console.ts');
      if (!cli.console && !cli.json && process.stdin.isTTY) {
        console.log('No DISCORD_TOKEN is set, so this is the local console (see README to connect Discord).');
      }
      await runConsole(runtime, { json: cli.json });
      return;
    }
    default:
      throw new ConfigError([`BOT_MODE ${config.mode} is not available yet`]);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`The bot stopped: ${describeError(error)}\n`);
  }
  process.exitCode = 1;
});
