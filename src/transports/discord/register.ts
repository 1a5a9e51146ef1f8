/**
 * `npm run register`: sends the command definitions to Discord. To one server when
 * DISCORD_GUILD_ID is set (instant, for testing), else globally (every server the bot is in).
 * It is a separate step, never done at start-up: Discord rate-limits registration, and
 * definitions only change when the commands do.
 */
import { COMMANDS } from '../../../commands/index.ts';
import type { Config } from '../../config.ts';
import { Routes } from 'discord.js';
import { toCommandDefinitions } from './definitions.ts';
import { createRest, explainDiscordError } from './rest.ts';

export interface Registration {
  scope: 'guild' | 'global';
  guildId?: string;
  names: string[];
}

export class RegistrationError extends Error {
  override name = 'RegistrationError';
}

export async function registerCommands(config: Config): Promise<Registration> {
  const missing = [!config.token && 'DISCORD_TOKEN', !config.applicationId && 'DISCORD_APPLICATION_ID'].filter(Boolean);
  if (!config.token || !config.applicationId) {
    throw new RegistrationError(`Registering commands needs ${missing.join(' and ')} (see .env.example and README, "Setting up on Discord").`);
  }
  const body = toCommandDefinitions(COMMANDS);
  const route = config.guildId ? Routes.applicationGuildCommands(config.applicationId, config.guildId) : Routes.applicationCommands(config.applicationId);
  let registered: { name: string }[];
  try {
    registered = (await createRest(config, config.token).put(route, { body })) as { name: string }[];
  } catch (error) {
    throw new RegistrationError(explainDiscordError(error, config, 'registering commands'));
  }
  const names = Array.isArray(registered) ? registered.map((c) => c.name) : body.map((c) => c.name);
  return config.guildId ? { scope: 'guild', guildId: config.guildId, names } : { scope: 'global', names };
}
