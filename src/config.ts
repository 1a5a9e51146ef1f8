/**
 * Every setting, parsed once with zod. A missing or invalid setting stops start-up with one
 * readable message listing every problem. The token is never printed: it only lives in `config`.
 */
import { z } from 'zod';

export const BOT_MODES = ['gateway', 'http', 'console'] as const;
export type BotMode = (typeof BOT_MODES)[number];
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

// Real ids are 17–20 digits; any digits are accepted so test servers with short ids work too.
const snowflake = z.string().trim().regex(/^\d{1,25}$/, 'must be a Discord id (digits only, as Developer Mode → Copy ID gives it)');
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const EnvSchema = z.object({
  // Only the shape is checked here: Discord itself says whether the token is right (401), and a
  // message that echoed it would leak it.
  DISCORD_TOKEN: optional(z.string().trim().regex(/^\S+$/, 'must not contain spaces (copy it again from Bot → Reset Token)')),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_PUBLIC_KEY: optional(z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be the 64 hex characters shown as "Public Key" in the Developer Portal')),
  DISCORD_API_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' }).default('https://discord.com/api')),
  PORT: z.preprocess(blankToUndefined, z.coerce.number({ error: 'must be a number' }).int().min(1).max(65535).default(3000)),
  BOT_MODE: optional(z.enum(BOT_MODES, { error: `must be one of ${BOT_MODES.join(', ')}` })),
  KNOWLEDGE_DIR: z.preprocess(blankToUndefined, z.string().default('knowledge')),
  LOG_LEVEL: z.preprocess(blankToUndefined, z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info')),
  SHARD_COUNT: optional(z.union([z.literal('auto'), z.coerce.number({ error: 'must be a number or "auto"' }).int().min(1).max(1000)])),
});

export interface Config {
  mode: BotMode;
  token?: string;
  applicationId?: string;
  guildId?: string;
  publicKey?: string;
  /** REST base without a trailing slash, e.g. `https://discord.com/api`. */
  apiUrl: string;
  port: number;
  knowledgeDir: string;
  logLevel: LogLevel;
  shardCount?: number | 'auto';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The settings are not usable:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting.`);
    this.name = 'ConfigError';
  }
}

/** What the mode needs beyond the basic shape: checked together so every gap is listed at once. */
const REQUIRED_BY_MODE: Record<BotMode, (keyof z.infer<typeof EnvSchema>)[]> = {
  gateway: ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'],
  http: ['DISCORD_APPLICATION_ID', 'DISCORD_PUBLIC_KEY'],
  console: [],
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: { mode?: BotMode; knowledgeDir?: string } = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const mode: BotMode = overrides.mode ?? e.BOT_MODE ?? (e.DISCORD_TOKEN ? 'gateway' : 'console');
  const missing = REQUIRED_BY_MODE[mode].filter((key) => e[key] === undefined);
  if (missing.length > 0) {
    throw new ConfigError(missing.map((key) => `${key}: is required when BOT_MODE is ${mode}`));
  }
  const config: Config = {
    mode,
    apiUrl: e.DISCORD_API_URL.replace(/\/+$/, ''),
    port: e.PORT,
    knowledgeDir: overrides.knowledgeDir ?? e.KNOWLEDGE_DIR,
    logLevel: e.LOG_LEVEL,
  };
  if (e.DISCORD_TOKEN) config.token = e.DISCORD_TOKEN;
  if (e.DISCORD_APPLICATION_ID) config.applicationId = e.DISCORD_APPLICATION_ID;
  if (e.DISCORD_GUILD_ID) config.guildId = e.DISCORD_GUILD_ID;
  if (e.DISCORD_PUBLIC_KEY) config.publicKey = e.DISCORD_PUBLIC_KEY;
  if (e.SHARD_COUNT !== undefined) config.shardCount = e.SHARD_COUNT;
  return config;
}
