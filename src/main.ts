/**
 * Start-up: read the settings and the knowledge folder, then hand a Library to the transport the
 * settings pick. With no Discord credentials this is the local console, so anyone can try the bot.
 */
import dotenv from 'dotenv';
import { parseArgs, USAGE } from './cli.ts';
import { ConfigError, loadConfig, type BotMode } from './config.ts';
import { openLibrary } from './live-library.ts';
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
  // The console's user reads stdout and stderr on one screen: keep routine logs out of the way.
  const logger = createLogger(config.mode === 'console' && !process.env.LOG_LEVEL ? 'warn' : config.logLevel);

  // A batch console answers its input and exits; everything else runs until stopped and follows edits.
  const batch = config.mode === 'console' && !process.stdin.isTTY;
  const library = await openLibrary(config.knowledgeDir, logger, { watch: !batch });
  const runtime: Runtime = { config, logger, getLibrary: library.get };

  switch (config.mode) {
    case 'console': {
      const { runConsole } = await import('./transports/console.ts');
      if (!cli.console && !cli.json) {
        // Said on stderr when input is piped, so scripted output stays clean.
        const say = process.stdin.isTTY ? console.log : console.error;
        say('No DISCORD_TOKEN is set, so this is the local console (see README to connect Discord).');
      }
      await runConsole(runtime, { json: cli.json });
      library.close();
      return;
    }
    case 'gateway': {
      const { isShardProcess, runShardingManager } = await import('./transports/discord/sharding.ts');
      const sharded = config.shardCount === 'auto' || (config.shardCount ?? 1) > 1;
      try {
        // A shard child runs this same start-up; only the parent manages shards.
        if (sharded && !isShardProcess()) await runShardingManager(runtime, process.argv.slice(2));
        else await (await import('./transports/discord/gateway.ts')).runGateway(runtime);
      } finally {
        library.close();
      }
      return;
    }
    case 'http': {
      const { runInteractionsServer } = await import('./transports/discord/http.ts');
      try {
        await runInteractionsServer(runtime);
      } finally {
        library.close();
      }
      return;
    }
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`The bot stopped: ${describeError(error)}\n`);
  }
  // Exit now: a knowledge watcher or a half-started client must not keep a failed start-up alive.
  process.exit(1);
});
