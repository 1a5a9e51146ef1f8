/**
 * A fake Discord on 127.0.0.1 (random port) that speaks enough of the real protocol for
 * discord.js: REST under /api/v10 and the gateway WebSocket. Tests drive it like users do
 * (slash commands, autocomplete, buttons) through the gateway or, for HTTP mode, by POSTing signed
 * interactions, and read back what the bot answered and which of Discord's rules it broke.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { FakeGateway } from './gateway.ts';
import { InteractionBook, type MessageBody, type Outcome } from './interactions.ts';
import { DISCORD_EPOCH, interactionObject, snowflake, type FakeGuild, type FakeUser } from './payloads.ts';
import { NOT_FOUND, routeRest, type RestContext } from './rest.ts';
import { signedHeaders, type Signer } from './signing.ts';

export interface FakeDiscordOptions {
  token?: string;
  guildCount?: number;
  recommendedShards?: number;
  maxConcurrency?: number;
  heartbeatIntervalMs?: number;
  deadlineMs?: number;
}

export interface Violation {
  rule: string;
  detail: string;
  interaction?: string;
}

export interface HttpTarget {
  url: string;
  signer: Signer;
}

export type OptionInput = Record<string, string | boolean>;

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : undefined);
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

export class FakeDiscord {
  readonly token: string;
  readonly applicationId = snowflake();
  readonly bot: FakeUser = { id: this.applicationId, username: 'Article Bot', global_name: null, bot: true };
  readonly user: FakeUser = { id: snowflake(), username: 'reader', global_name: 'A Reader' };
  readonly guilds: FakeGuild[];
  readonly violations: Violation[] = [];
  /** REST calls the fake has no route for (method and path, tokens cut out). */
  readonly unhandled: string[] = [];
  readonly registrations: RestContext['registrations'] = [];
  readonly commands = new Map<string, any>();
  readonly gateway: FakeGateway;
  private readonly book: InteractionBook;
  private readonly server: Server;
  private readonly wss = new WebSocketServer({ noServer: true });
  private port = 0;

  private constructor(private readonly options: FakeDiscordOptions) {
    this.token = options.token ?? `${Buffer.from(this.applicationId).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;
    // Guild ids one millisecond apart from a time aligned to 2520 ms (divisible by 1..10), so guild i
    // is routed to shard i % n for every shard count n up to 10 (Discord routes by (id >> 22) % n).
    const since = BigInt(Date.now() - 60_000) - DISCORD_EPOCH;
    const base = Number(since - (since % 2520n) + DISCORD_EPOCH);
    this.guilds = Array.from({ length: options.guildCount ?? 1 }, (_, i) => ({ id: snowflake(base + i), name: `Newsroom ${i + 1}`, channelId: snowflake(), ownerId: this.user.id }));
    const violation = (rule: string, detail: string, interaction?: string) => this.violations.push(interaction ? { rule, detail, interaction } : { rule, detail });
    this.book = new InteractionBook({ deadlineMs: options.deadlineMs ?? 3000, bot: this.bot, user: this.user, guildId: this.guilds[0]!.id, channelId: this.guilds[0]!.channelId, violation });
    this.gateway = new FakeGateway({
      token: this.token,
      applicationId: this.applicationId,
      bot: this.bot,
      guilds: this.guilds,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      resumeUrl: () => `ws://127.0.0.1:${this.port}/resume`,
      violation,
    });
    this.server = createServer((req, res) => {
      this.handleRest(req)
        .then(({ status, body }) => {
          res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
          res.end(body === undefined ? undefined : JSON.stringify(body));
        })
        .catch(() => {
          res.writeHead(400, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: '400: Bad Request', code: 0 }));
        });
    });
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'ws://127.0.0.1');
      if (url.pathname !== '/gateway' && url.pathname !== '/resume') return void socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.gateway.accept(ws, url));
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  private async handleRest(req: IncomingMessage): Promise<{ status: number; body?: unknown }> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const body = await readJson(req);
    if (segments[0] !== 'api' || segments[1] !== 'v10') {
      this.violations.push({ rule: 'api_version', detail: `${req.method} ${url.pathname}: expected /api/v10/...` });
      return NOT_FOUND;
    }
    const context: RestContext = {
      token: this.token,
      applicationId: this.applicationId,
      bot: this.bot,
      guilds: this.guilds,
      gatewayUrl: this.gatewayUrl,
      recommendedShards: this.options.recommendedShards ?? 1,
      maxConcurrency: this.options.maxConcurrency ?? 1,
      gateway: this.gateway,
      book: this.book,
      registrations: this.registrations,
      commands: this.commands,
    };
    const answer = routeRest(context, req.method ?? 'GET', segments.slice(2), req.headers.authorization, body);
    if (answer) return answer;
    this.unhandled.push(`${req.method} /${segments.slice(2, 4).join('/')}/…`);
    return NOT_FOUND;
  }

  /** Registers definitions as if `npm run register` had already run (for tests about something else). */
  seedCommands(definitions: readonly object[]): void {
    this.commands.clear();
    for (const d of definitions as Record<string, unknown>[]) this.commands.set(String(d.name), { id: snowflake(), application_id: this.applicationId, version: snowflake(), ...d });
  }

  /** The data of a slash-command interaction, typed from the registered definition as Discord's client does. */
  private commandData(name: string, options: OptionInput, guild: FakeGuild, focused?: string): Record<string, unknown> {
    const command = this.commands.get(name);
    if (!command) throw new Error(`/${name} is not registered, so Discord would not offer it`);
    const defs: any[] = command.options ?? [];
    const list = Object.entries(options).map(([key, value]) => {
      const def = defs.find((o) => o.name === key);
      if (!def) throw new Error(`/${name} has no option ${key}`);
      if ((def.type === 5) !== (typeof value === 'boolean')) throw new Error(`/${name} ${key}: wrong type for option type ${def.type}`);
      if (typeof value === 'string' && def.max_length && [...value].length > def.max_length && key !== focused) throw new Error(`/${name} ${key}: longer than max_length`);
      return { name: key, type: def.type, value, ...(key === focused ? { focused: true } : {}) };
    });
    for (const def of defs) {
      if (def.required && !(def.name in options) && !focused) throw new Error(`/${name} needs ${def.name}; Discord would not send it without`);
    }
    return { id: command.id, name, type: 1, guild_id: guild.id, options: list };
  }

  private open(type: 2 | 3 | 4, data: Record<string, unknown>, guild: FakeGuild, message?: MessageBody) {
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb246${id}:${randomBytes(96).toString('base64url')}`;
    const payload = interactionObject({ id, applicationId: this.applicationId, token, type, data, guild, user: this.user, ...(message ? { message } : {}) });
    return { payload, open: () => this.book.open(id, token, type) };
  }

  private async deliver(interaction: ReturnType<FakeDiscord['open']>, guild: FakeGuild, http?: HttpTarget): Promise<Outcome> {
    const record = interaction.open();
    if (!http) {
      this.gateway.dispatch(this.gateway.sessionForGuild(guild.id), 'INTERACTION_CREATE', interaction.payload);
      return record.outcome;
    }
    const body = JSON.stringify(interaction.payload);
    const res = await fetch(http.url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signedHeaders(http.signer, body) } });
    if (res.status !== 200) throw new Error(`The bot answered HTTP ${res.status} to a valid interaction`);
    const answer = this.book.respond(record.id, record.token, await res.json());
    if (answer.status >= 400) throw new Error(`Discord would refuse that response: ${JSON.stringify(answer.body)}`);
    return record.outcome;
  }

  slash(name: string, options: OptionInput = {}, how: { guild?: FakeGuild; http?: HttpTarget } = {}): Promise<Outcome> {
    const guild = how.guild ?? this.guilds[0]!;
    return this.deliver(this.open(2, this.commandData(name, options, guild), guild), guild, how.http);
  }

  autocomplete(name: string, option: string, typed: string, others: OptionInput = {}, how: { guild?: FakeGuild; http?: HttpTarget } = {}): Promise<Outcome> {
    const guild = how.guild ?? this.guilds[0]!;
    return this.deliver(this.open(4, this.commandData(name, { ...others, [option]: typed }, guild, option), guild), guild, how.http);
  }

  /** Presses a button on a message the bot sent. */
  click(message: MessageBody | undefined, customId: string, how: { guild?: FakeGuild; http?: HttpTarget } = {}): Promise<Outcome> {
    const guild = how.guild ?? this.guilds[0]!;
    const buttons = (message?.components ?? []).flatMap((row: any) => row.components ?? []);
    if (!buttons.some((b: any) => b.custom_id === customId)) throw new Error(`The message has no button ${customId}`);
    // A message the test wrote by hand becomes a whole one, as Discord would send it.
    const full = message?.id ? message : this.book.message(undefined, message ?? {});
    return this.deliver(this.open(3, { custom_id: customId, component_type: 2 }, guild, full), guild, how.http);
  }

  /** Opens an interaction without delivering it, for testing the fake's own rules. */
  track(type: 2 | 3 | 4 = 2): { id: string; token: string; outcome: Promise<Outcome> } {
    const record = this.book.open(snowflake(), randomBytes(32).toString('base64url'), type);
    return { id: record.id, token: record.token, outcome: record.outcome };
  }

  /**
   * A raw interaction payload for HTTP tests that sign or tamper with it themselves. It is not
   * tracked (no 3-second deadline): such requests are meant to be refused.
   */
  payload(name: string, options: OptionInput = {}): Record<string, unknown> {
    const guild = this.guilds[0]!;
    return this.open(2, this.commandData(name, options, guild), guild).payload;
  }

  async close(): Promise<void> {
    this.gateway.closeAll();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Everything a person reads in a message, as one string (content, embed texts, button labels). */
export function messageText(message: MessageBody | undefined): string {
  if (!message) return '';
  const parts: string[] = [message.content ?? ''];
  for (const e of message.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value]), e.footer?.text ?? '');
  }
  for (const row of message.components ?? []) for (const b of row.components ?? []) parts.push(b.label ?? '');
  return parts.filter(Boolean).join('\n');
}

export function buttonIds(message: MessageBody | undefined): string[] {
  return (message?.components ?? []).flatMap((row: any) => (row.components ?? []).map((b: any) => b.custom_id));
}
