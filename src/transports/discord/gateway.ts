/**
 * Gateway mode: a discord.js client holds the WebSocket to Discord (login, heartbeats, resume,
 * reconnects, rate-limited REST) and hands every INTERACTION_CREATE to the shared handler.
 *
 * The handler reads the raw gateway payload (`client.ws` forwards every dispatch as JSON), the
 * same JSON HTTP mode receives, so one parser and one responder serve both modes; discord.js's
 * own Interaction objects are not needed. Only the Guilds intent is asked for: slash commands
 * need no message content and no member lists.
 */
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits } from 'discord.js';
import { ConfigError } from '../../config.ts';
import { describeError } from '../../log.ts';
import type { Runtime } from '../../runtime.ts';
import { createInteractionHandler, type HandlerOptions } from './handler.ts';
import { parseInteraction } from './interaction.ts';
import { restResponder } from './responder.ts';
import { isShardProcess } from './sharding.ts';

export interface GatewayBot {
  client: Client;
  stop(): Promise<void>;
}

export interface GatewayOptions {
  /** Handler settings to override (tests: a slow command, a short deferral). */
  handler?: Partial<Omit<HandlerOptions, 'getLibrary' | 'logger'>>;
}

/** Logs in and resolves once the client is ready (every shard it runs has connected). */
export async function startGateway(runtime: Runtime, options: GatewayOptions = {}): Promise<GatewayBot> {
  const { config, logger } = runtime;
  if (!config.token) throw new Error('Gateway mode needs DISCORD_TOKEN');
  // discord.js reads SHARD_COUNT from the environment itself (where a shard's manager puts it)
  // and takes a blank one (which our settings allow: "unset") for 0 shards.
  if (!isShardProcess() && process.env.SHARD_COUNT?.trim() === '') delete process.env.SHARD_COUNT;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // DISCORD_API_URL moves REST and, through GET /gateway/bot, the gateway too.
    rest: { api: config.apiUrl },
    // A second guard beside the renderer's own: nothing this client sends can ping.
    allowedMentions: { parse: [] },
  });
  const handle = createInteractionHandler({ ...options.handler, getLibrary: runtime.getLibrary, logger });

  client.ws.on(GatewayDispatchEvents.InteractionCreate, (raw: unknown, shard: number) => {
    const receivedAt = Date.now();
    const parsed = parseInteraction(raw);
    if (!parsed.ok) {
      logger.warn('interaction_unreadable', { shard, problem: parsed.problem });
      return;
    }
    const responder = restResponder(client.rest, parsed.interaction);
    handle(parsed.interaction, responder, { receivedAt, shard }).catch((error: unknown) => {
      logger.error('interaction_failed', { interaction: parsed.interaction.id, shard, error: describeError(error) });
    });
  });

  client.on(Events.Error, (error) => logger.error('client_error', { error: describeError(error) }));
  client.on(Events.ShardError, (error, shard) => logger.error('shard_error', { shard, error: describeError(error) }));
  // While stopping, closing the connection looks like a disconnect; only real ones are logged.
  let stopping = false;
  client.on(Events.ShardDisconnect, (event, shard) => !stopping && logger.warn('shard_disconnected', { shard, code: event.code }));
  client.on(Events.ShardReconnecting, (shard) => !stopping && logger.info('shard_reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => logger.info('shard_resumed', { shard, replayed }));
  client.on(Events.Warn, (message) => logger.warn('client_warning', { message }));

  const ready = new Promise<void>((resolve) => {
    client.once(Events.ClientReady, (c) => {
      const shards = [...c.ws.shards.keys()];
      logger.info('gateway_ready', { user: c.user.id, shards: shards.join(','), shardCount: c.options.shardCount, guilds: c.guilds.cache.size });
      resolve();
    });
  });
  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy();
    throw loginProblem(error, config.apiUrl);
  }
  await ready;
  return {
    client,
    stop: () => {
      stopping = true;
      return client.destroy();
    },
  };
}

/** A login failure as a sentence that says what to do; never includes the token. */
function loginProblem(error: unknown, apiUrl: string): Error {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (code === 'TokenInvalid') return new ConfigError(['DISCORD_TOKEN: Discord rejected it (401). Copy the bot token again from the Developer Portal (your application → Bot → Reset Token).']);
  if (code === 'DisallowedIntents') return new Error('Discord refused the requested intents. This bot only needs the Guilds intent; check the Developer Portal → Bot settings.');
  return new Error(`Could not connect to Discord at ${apiUrl}: ${describeError(error)}`);
}

/** `npm start` in gateway mode: serves until SIGINT/SIGTERM (or until its sharding manager goes away), then resolves. */
export async function runGateway(runtime: Runtime): Promise<void> {
  const { logger } = runtime;
  // The handler already catches everything it starts; this is for anything that slips past
  // (discord.js's own processing of a payload, say), which must not end the process.
  process.on('unhandledRejection', (reason) => logger.error('unhandled_rejection', { error: describeError(reason) }));
  const bot = await startGateway(runtime);
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
    // A shard whose manager died must not live on as an orphan holding a gateway session.
    if (process.send) process.once('disconnect', () => resolve('manager_gone'));
  });
  logger.info('stopping', { signal });
  await bot.stop();
  // A shard's channel to its manager would keep the process alive.
  if (process.connected) process.disconnect();
}
