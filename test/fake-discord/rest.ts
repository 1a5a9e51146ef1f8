/**
 * The fake's REST API under /api/v10: what discord.js and the bot call, answered with Discord's
 * status codes and error bodies. Paths are decoded segment by segment (`@original` arrives
 * percent-encoded from some clients).
 */
import type { FakeGateway } from './gateway.ts';
import type { InteractionBook, RestAnswer } from './interactions.ts';
import { snowflake, userObject, type FakeGuild, type FakeUser } from './payloads.ts';
import { checkCommands, invalidFormBody } from './rules.ts';

export interface RestContext {
  token: string;
  applicationId: string;
  bot: FakeUser;
  guilds: FakeGuild[];
  gatewayUrl: string;
  recommendedShards: number;
  maxConcurrency: number;
  gateway: FakeGateway;
  book: InteractionBook;
  registrations: { scope: 'global' | 'guild'; guildId?: string; commands: any[] }[];
  commands: Map<string, any>;
}

const UNAUTHORIZED: RestAnswer = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
const NOT_FOUND: RestAnswer = { status: 404, body: { message: '404: Not Found', code: 0 } };

export function routeRest(ctx: RestContext, method: string, path: string[], authorization: string | undefined, body: any): RestAnswer | undefined {
  const authorized = authorization === `Bot ${ctx.token}`;
  const route = `${method} /${path.join('/')}`;
  const [a, b, c, d, e] = path;

  if (route === 'GET /gateway') return { status: 200, body: { url: ctx.gatewayUrl } };
  if (route === 'GET /gateway/bot') {
    if (!authorized) return UNAUTHORIZED;
    return { status: 200, body: { url: ctx.gatewayUrl, shards: ctx.recommendedShards, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: ctx.maxConcurrency } } };
  }
  if (route === 'GET /users/@me') return authorized ? { status: 200, body: userObject(ctx.bot) } : UNAUTHORIZED;
  if (route === 'GET /applications/@me') return authorized ? { status: 200, body: { id: ctx.applicationId, name: ctx.bot.username, bot: userObject(ctx.bot), flags: 565248 } } : UNAUTHORIZED;

  // PUT /applications/{app}/commands and /applications/{app}/guilds/{guild}/commands
  if (a === 'applications' && (method === 'PUT' || method === 'GET') && (c === 'commands' || (c === 'guilds' && e === 'commands'))) {
    if (!authorized) return UNAUTHORIZED;
    if (b !== ctx.applicationId) return { status: 403, body: { message: 'Missing Access', code: 50001 } };
    const guildId = c === 'guilds' ? d : undefined;
    if (guildId && !ctx.guilds.some((g) => g.id === guildId)) return { status: 403, body: { message: 'Missing Access', code: 50001 } };
    if (method === 'GET') return { status: 200, body: [...ctx.commands.values()] };
    const errors = checkCommands(body);
    if (errors.length) return { status: 400, body: invalidFormBody(errors) };
    const created = (body as any[]).map((command) => ({ id: snowflake(), application_id: ctx.applicationId, version: snowflake(), default_member_permissions: null, nsfw: false, contexts: null, integration_types: [0], ...(guildId ? { guild_id: guildId } : {}), ...command }));
    ctx.registrations.push({ scope: guildId ? 'guild' : 'global', ...(guildId ? { guildId } : {}), commands: created });
    ctx.commands.clear();
    for (const command of created) ctx.commands.set(command.name, command);
    return { status: 200, body: created };
  }

  // POST /interactions/{id}/{token}/callback: no bot token needed, the interaction token is the key.
  if (method === 'POST' && a === 'interactions' && b && c && d === 'callback' && path.length === 4) return ctx.book.respond(b, c, body);

  // Interaction webhooks: /webhooks/{app}/{token}[/messages/@original]
  if (a === 'webhooks' && b && c) {
    if (path.length === 3 && method === 'POST') return ctx.book.followUp(b, c, ctx.applicationId, body ?? {});
    if (path.length === 5 && d === 'messages' && e === '@original') {
      if (method === 'PATCH') return ctx.book.editOriginal(b, c, ctx.applicationId, body ?? {});
      if (method === 'DELETE') return ctx.book.deleteOriginal(b, c, ctx.applicationId);
      if (method === 'GET') return ctx.book.getOriginal(b, c, ctx.applicationId);
    }
  }
  return undefined;
}

export { NOT_FOUND };
