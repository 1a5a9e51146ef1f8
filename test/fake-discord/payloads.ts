/**
 * Realistic Discord objects (as the v10 API sends them in late 2025), so the bot meets the same
 * shapes as in production, including fields it does not use (`entitlements`,
 * `authorizing_integration_owners`, `app_permissions`, collectibles, …).
 */

export const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A snowflake for a moment; ids made for the same millisecond still differ. */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return String(((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment);
}

/** The shard Discord routes a guild's events to. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  bot?: boolean;
}

export function userObject(user: FakeUser): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.global_name,
    avatar: null,
    ...(user.bot ? { bot: true } : {}),
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    collectibles: null,
    display_name_styles: null,
    primary_guild: null,
    clan: null,
  };
}

export interface FakeGuild {
  id: string;
  name: string;
  channelId: string;
  ownerId: string;
}

export const PERMISSIONS_ALL_TEXT = '2248473465835073';

export function channelObject(guild: FakeGuild): Record<string, unknown> {
  return {
    id: guild.channelId,
    type: 0,
    guild_id: guild.id,
    name: 'general',
    position: 0,
    flags: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    rate_limit_per_user: 0,
    last_message_id: null,
    permission_overwrites: [],
  };
}

export function memberObject(user: FakeUser, joinedAt: string): Record<string, unknown> {
  return {
    user: userObject(user),
    roles: [],
    nick: null,
    avatar: null,
    banner: null,
    premium_since: null,
    joined_at: joinedAt,
    pending: false,
    flags: 0,
    mute: false,
    deaf: false,
    communication_disabled_until: null,
    unusual_dm_activity_until: null,
  };
}

export function guildCreate(guild: FakeGuild, bot: FakeUser, joinedAt: string): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    region: 'deprecated',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    system_channel_id: guild.channelId,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    application_id: null,
    vanity_url_code: null,
    max_members: 25000000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    features: [],
    roles: [
      { id: guild.id, name: '@everyone', color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null }, hoist: false, icon: null, unicode_emoji: null, position: 0, permissions: '2222085186637376', managed: false, mentionable: false, flags: 0 },
    ],
    emojis: [],
    stickers: [],
    soundboard_sounds: [],
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    lazy: true,
    voice_states: [],
    members: [memberObject(bot, joinedAt)],
    channels: [channelObject(guild)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    embedded_activities: [],
    activity_instances: [],
    incidents_data: null,
    version: Date.now(),
    home_header: null,
    latest_onboarding_question_id: null,
    hub_type: null,
    inventory_settings: null,
  };
}

export interface InteractionInput {
  id: string;
  applicationId: string;
  token: string;
  type: 2 | 3 | 4;
  data: Record<string, unknown>;
  guild: FakeGuild;
  user: FakeUser;
  /** For component interactions: the message the button is on. */
  message?: Record<string, unknown>;
}

export function interactionObject(input: InteractionInput): Record<string, unknown> {
  const joinedAt = new Date(Date.now() - 86_400_000).toISOString();
  return {
    id: input.id,
    application_id: input.applicationId,
    type: input.type,
    data: input.data,
    guild_id: input.guild.id,
    guild: { id: input.guild.id, locale: 'en-US', features: [] },
    channel_id: input.guild.channelId,
    channel: { ...channelObject(input.guild), permissions: PERMISSIONS_ALL_TEXT },
    member: { ...memberObject(input.user, joinedAt), permissions: PERMISSIONS_ALL_TEXT },
    token: input.token,
    version: 1,
    app_permissions: PERMISSIONS_ALL_TEXT,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    entitlement_sku_ids: [],
    authorizing_integration_owners: { '0': input.guild.id },
    context: 0,
    attachment_size_limit: 10485760,
    ...(input.message ? { message: input.message } : {}),
  };
}
