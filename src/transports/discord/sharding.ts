/**
 * Gateway mode across shards: discord.js's ShardingManager runs each shard as a child process
 * executing the same start-up (src/main.ts), which sees SHARDING_MANAGER and starts one gateway
 * client for the shard it was given. Each child loads the knowledge itself; shards share nothing.
 *
 * The shard count and identify concurrency come from GET /gateway/bot on DISCORD_API_URL: asking
 * ShardingManager for `auto` would call discord.com directly, whatever DISCORD_API_URL says.
 */
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ShardingManager } from 'discord.js';
import type { Runtime } from '../../runtime.ts';
import { describeError } from '../../log.ts';
import { createRest, explainDiscordError, fetchGatewayInfo } from './rest.ts';

/** Discord allows `max_concurrency` identifies per 5 seconds; 5.5 s leaves a margin. */
export const IDENTIFY_WINDOW_MS = 5500;
const SHARD_READY_TIMEOUT_MS = 60_000;
const SOURCE_MAIN = fileURLToPath(new URL('../../main.ts', import.meta.url));

/**
 * Shards run the same entry this process runs: the bundle when started from dist/ (npm start),
 * src/main.ts under tsx otherwise. A bundled entry needs no loader; TypeScript needs tsx.
 */
function shardEntry(): { file: string; execArgv: string[] } {
  const running = process.argv[1];
  const flags = nodeFlagsWithoutLoaders(process.execArgv);
  if (running && /\.m?js$/.test(running)) return { file: running, execArgv: flags };
  return { file: SOURCE_MAIN, execArgv: [...flags, ...tsxLoader()] };
}

const LOADER_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/**
 * The Node flags this process started with (`--v8-pool-size=1` from npm start), which its shards
 * answer questions under too, without the module loaders: shardEntry picks the shard's loader.
 */
export function nodeFlagsWithoutLoaders(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i] ?? '';
    const name = flag.split('=')[0] ?? '';
    if (!LOADER_FLAGS.has(name)) kept.push(flag);
    else if (!flag.includes('=')) i++; // its value is the next argument
  }
  return kept;
}

/** True in a child process started by a ShardingManager (which sets this for its shards). */
export function isShardProcess(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SHARDING_MANAGER === 'true';
}

/**
 * Starts shards in waves of `max_concurrency`: shards of one wave fall in different identify
 * buckets (id % max_concurrency), so they may identify together; the next wave waits out the
 * 5-second window. Most bots (max_concurrency 1) start one shard per window; large bots and
 * small shard counts start at once.
 */
export function spawnWaves(total: number, maxConcurrency: number): number[][] {
  const size = Math.max(1, maxConcurrency);
  const waves: number[][] = [];
  for (let first = 0; first < total; first += size) waves.push(Array.from({ length: Math.min(size, total - first) }, (_, i) => first + i));
  return waves;
}

/** Children run TypeScript too: give them the tsx loader, found from here so the cwd does not matter. */
function tsxLoader(): string[] {
  return ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
}

export async function runShardingManager(runtime: Runtime, argv: readonly string[]): Promise<void> {
  const { config, logger } = runtime;
  if (!config.token) throw new Error('Sharding needs DISCORD_TOKEN');
  const info = await fetchGatewayInfo(createRest(config, config.token)).catch((error: unknown) => {
    throw new Error(explainDiscordError(error, config, 'asking Discord for the shard count'));
  });
  const total = config.shardCount === 'auto' || config.shardCount === undefined ? info.shards : config.shardCount;

  const entry = shardEntry();
  const manager = new ShardingManager(entry.file, {
    token: config.token,
    totalShards: total,
    mode: 'process',
    respawn: true,
    execArgv: entry.execArgv,
    shardArgs: [...argv],
  });
  manager.on('shardCreate', (shard) => {
    logger.info('shard_spawned', { shard: shard.id, total });
    shard.on('death', (child) => logger.warn('shard_died', { shard: shard.id, exitCode: 'exitCode' in child ? child.exitCode : null }));
    shard.on('error', (error) => logger.error('shard_error', { shard: shard.id, error: describeError(error) }));
  });

  const stopped = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  // kill() also stops the manager from respawning the shard.
  const stopAll = () => {
    for (const shard of manager.shards.values()) shard.kill();
  };

  logger.info('sharding', { total, recommended: info.shards, maxConcurrency: info.maxConcurrency });
  try {
    // Like ShardingManager.spawn (which starts one shard at a time), the window counts from
    // the start of the previous wave: a shard identifies only after its process has started.
    let waveStarted = 0;
    for (const [index, wave] of spawnWaves(total, info.maxConcurrency).entries()) {
      if (index > 0) await sleep(Math.max(0, IDENTIFY_WINDOW_MS - (Date.now() - waveStarted)));
      waveStarted = Date.now();
      await Promise.race([Promise.all(wave.map((id) => manager.createShard(id).spawn(SHARD_READY_TIMEOUT_MS))), stopped]);
      logger.debug('shard_wave_ready', { wave: index, shards: wave.join(','), ms: Date.now() - waveStarted });
    }
  } catch (error) {
    stopAll();
    throw new Error(`A shard did not start: ${describeError(error)}`);
  }
  logger.info('shards_ready', { total });
  const signal = await stopped;
  logger.info('stopping', { signal, shards: manager.shards.size });
  stopAll();
}
