/**
 * Discord's REST API for the one-off calls outside the gateway client (registering commands,
 * asking for the shard count, editing deferred HTTP-mode replies), and failures explained as
 * sentences that say what to do. Messages never include the token or a request URL (interaction
 * URLs carry the interaction's token).
 */
import { DiscordAPIError, HTTPError, REST, Routes } from 'discord.js';
import type { Config } from '../../config.ts';
import { describeError } from '../../log.ts';

/** REST on DISCORD_API_URL (version 10, so requests go to `${DISCORD_API_URL}/v10/...`). */
export function createRest(config: Pick<Config, 'apiUrl'>, token?: string): REST {
  const rest = new REST({ version: '10', api: config.apiUrl, timeout: 10_000 });
  return token ? rest.setToken(token) : rest;
}

/** What GET /gateway/bot tells a bot about itself: the shard count Discord recommends, and how many shards may identify at once. */
export interface GatewayInfo {
  url: string;
  shards: number;
  maxConcurrency: number;
}

interface GatewayBotResponse {
  url: string;
  shards: number;
  session_start_limit?: { max_concurrency?: number };
}

export async function fetchGatewayInfo(rest: REST): Promise<GatewayInfo> {
  const body = (await rest.get(Routes.gatewayBot())) as GatewayBotResponse;
  return { url: body.url, shards: Math.max(1, body.shards), maxConcurrency: Math.max(1, body.session_start_limit?.max_concurrency ?? 1) };
}

/** Explains a failed Discord request for a person at a terminal. `doing` is e.g. "registering commands". */
export function explainDiscordError(error: unknown, config: Pick<Config, 'apiUrl' | 'applicationId' | 'guildId'>, doing: string): string {
  const status = error instanceof DiscordAPIError || error instanceof HTTPError ? error.status : undefined;
  const detail = error instanceof DiscordAPIError ? ` Discord said: ${error.message.split('\n').slice(0, 5).join('; ')}` : '';
  const guild = config.guildId ? ` or the server DISCORD_GUILD_ID=${config.guildId}` : '';
  switch (status) {
    case 401:
      return `Discord rejected DISCORD_TOKEN while ${doing} (401 Unauthorized). Copy the bot token again from the Developer Portal (your application → Bot → Reset Token) into .env.`;
    case 403:
      return `Discord refused access while ${doing} (403 Forbidden).${detail} Check that DISCORD_TOKEN belongs to application ${config.applicationId ?? '(DISCORD_APPLICATION_ID)'}${config.guildId ? `, and that the bot was invited to server ${config.guildId} with the "bot applications.commands" scopes (see README, "Setting up on Discord")` : ''}.`;
    case 404:
      return `Discord does not know application ${config.applicationId ?? '(unset)'}${guild} (404 Not Found) while ${doing}.${detail} Check DISCORD_APPLICATION_ID (Developer Portal → General Information → Application ID)${config.guildId ? ' and DISCORD_GUILD_ID' : ''}.`;
    case 400:
      return `Discord refused the request while ${doing} (400 Bad Request).${detail}`;
    case 429:
      return `Discord is rate limiting this bot while ${doing} (429 Too Many Requests). Wait a minute and try again.`;
    case undefined:
      return `Could not reach Discord at ${config.apiUrl} while ${doing}: ${describeError(error)}. Check the network and DISCORD_API_URL.`;
    default:
      return status >= 500
        ? `Discord had a server error while ${doing} (${status}). Try again in a minute.`
        : `Discord answered ${status} while ${doing}.${detail}`;
  }
}
