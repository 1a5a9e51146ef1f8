/**
 * The fake gateway: HELLO, heartbeats and their ACKs, IDENTIFY → READY (+ GUILD_CREATE per guild
 * of the shard), RESUME → replay + RESUMED, op 7 RECONNECT on request, and Discord's close codes
 * for what a real gateway refuses. Events for a shard whose connection is down are kept and
 * replayed on resume, as Discord does.
 */
import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import { guildCreate, shardOf, userObject, type FakeGuild, type FakeUser } from './payloads.ts';

export const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, Presence: 3, Voice: 4, Resume: 6, Reconnect: 7, RequestMembers: 8, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;
/** Intents a fresh application has not been granted: members, presences, message content. */
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

export interface Session {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  /** Every dispatch, for replay on resume. */
  log: { s: number; t: string; d: unknown }[];
  socket?: WebSocket | undefined;
  resumes: number;
  /** Path of the connection that last identified or resumed: `/gateway` or `/resume`. */
  via: string;
}

export interface GatewayOptions {
  token: string;
  applicationId: string;
  bot: FakeUser;
  guilds: FakeGuild[];
  heartbeatIntervalMs: number;
  /** Where READY tells the client to resume (a different path, so tests can see it was used). */
  resumeUrl: () => string;
  violation(rule: string, detail: string): void;
}

export class FakeGateway extends EventEmitter {
  readonly sessions: Session[] = [];
  readonly identifies: { shard: [number, number]; intents: number; properties: unknown }[] = [];
  heartbeats = 0;
  private readonly sockets = new Set<WebSocket>();

  constructor(private readonly options: GatewayOptions) {
    super();
  }

  accept(socket: WebSocket, url: URL): void {
    this.sockets.add(socket);
    if (url.searchParams.get('v') !== '10' || url.searchParams.get('encoding') !== 'json') {
      this.options.violation('gateway_version', `connected with ${url.search || 'no query'}; expected ?v=10&encoding=json`);
      return void socket.close(4012, 'Invalid API version');
    }
    let session: Session | undefined;
    const send = (payload: unknown) => socket.send(JSON.stringify(payload));
    send({ op: Op.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ['["gateway-prd-fake-0",{"micros":0}]'] }, s: null, t: null });

    socket.on('close', () => {
      this.sockets.delete(socket);
      if (session?.socket === socket) session.socket = undefined;
      this.emit('disconnect', session);
    });
    socket.on('message', (raw) => {
      let payload: { op?: number; d?: any };
      try {
        payload = JSON.parse(String(raw));
      } catch {
        return void socket.close(4002, 'Decode error');
      }
      switch (payload.op) {
        case Op.Heartbeat:
          this.heartbeats++;
          send({ op: Op.HeartbeatAck, d: null, s: null, t: null });
          this.emit('heartbeat');
          return;
        case Op.Identify:
          if (session) return void socket.close(4005, 'Already authenticated');
          session = this.identify(socket, url.pathname, payload.d);
          return;
        case Op.Resume:
          if (session) return void socket.close(4005, 'Already authenticated');
          session = this.resume(socket, url.pathname, payload.d);
          return;
        case Op.Presence:
        case Op.Voice:
        case Op.RequestMembers:
          if (!session) socket.close(4003, 'Not authenticated');
          return;
        default:
          socket.close(4001, 'Unknown opcode');
      }
    });
  }

  private identify(socket: WebSocket, path: string, d: any): Session | undefined {
    if (d?.token !== this.options.token) return void socket.close(4004, 'Authentication failed');
    const shard: [number, number] = Array.isArray(d.shard) ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) return void socket.close(4010, 'Invalid shard');
    if (typeof d.intents !== 'number') return void socket.close(4013, 'Invalid intent(s)');
    if (d.intents & PRIVILEGED_INTENTS) return void socket.close(4014, 'Disallowed intent(s)');
    this.identifies.push({ shard, intents: d.intents, properties: d.properties });
    const session: Session = { id: randomBytes(16).toString('hex'), shard, intents: d.intents, seq: 0, log: [], socket, resumes: 0, via: path };
    this.sessions.push(session);
    const guilds = this.options.guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
    this.dispatch(session, 'READY', {
      v: 10,
      user_settings: {},
      user: { ...userObject(this.options.bot), verified: true, mfa_enabled: false, email: null },
      session_type: 'normal',
      session_id: session.id,
      resume_gateway_url: this.options.resumeUrl(),
      relationships: [],
      private_channels: [],
      presences: [],
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['us-east', 'us-central'],
      game_relationships: [],
      auth: {},
      application: { id: this.options.applicationId, flags: 565248 },
      shard,
      _trace: ['["gateway-prd-fake-0",{"micros":0}]'],
    });
    const joinedAt = new Date(Date.now() - 86_400_000).toISOString();
    for (const guild of guilds) this.dispatch(session, 'GUILD_CREATE', guildCreate(guild, this.options.bot, joinedAt));
    this.emit('ready', session);
    return session;
  }

  private resume(socket: WebSocket, path: string, d: any): Session | undefined {
    const session = this.sessions.find((s) => s.id === d?.session_id);
    if (d?.token !== this.options.token) return void socket.close(4004, 'Authentication failed');
    if (!session || typeof d.seq !== 'number') {
      socket.send(JSON.stringify({ op: Op.InvalidSession, d: false, s: null, t: null }));
      return undefined;
    }
    session.socket = socket;
    session.via = path;
    session.resumes++;
    for (const event of session.log.filter((e) => e.s > d.seq)) socket.send(JSON.stringify({ op: Op.Dispatch, ...event }));
    this.dispatch(session, 'RESUMED', { _trace: ['["gateway-prd-fake-0",{"micros":0}]'] });
    this.emit('resumed', session);
    return session;
  }

  /** Sends (or, while the shard is disconnected, keeps for replay) a dispatch event. */
  dispatch(session: Session, t: string, d: unknown): void {
    const event = { s: ++session.seq, t, d };
    session.log.push(event);
    session.socket?.send(JSON.stringify({ op: Op.Dispatch, ...event }));
  }

  /** The newest session of the shard that Discord would route this guild's events to. */
  sessionForGuild(guildId: string): Session {
    for (let i = this.sessions.length - 1; i >= 0; i--) {
      const s = this.sessions[i];
      if (s && shardOf(guildId, s.shard[1]) === s.shard[0]) return s;
    }
    throw new Error(`No gateway session serves guild ${guildId}: has the bot identified?`);
  }

  /** Asks the shard to reconnect (op 7) and resolves once it has resumed. */
  async reconnect(shardId: number): Promise<Session> {
    const session = [...this.sessions].reverse().find((s) => s.shard[0] === shardId && s.socket);
    if (!session?.socket) throw new Error(`Shard ${shardId} is not connected`);
    const resumed = new Promise<Session>((resolve) => {
      const onResumed = (s: Session) => {
        if (s !== session) return;
        this.off('resumed', onResumed);
        resolve(s);
      };
      this.on('resumed', onResumed);
    });
    session.socket.send(JSON.stringify({ op: Op.Reconnect, d: null, s: null, t: null }));
    return resumed;
  }

  /** Resolves once `count` distinct shards have identified. */
  async waitForShards(count: number): Promise<void> {
    const ready = () => new Set(this.sessions.map((s) => s.shard[0])).size >= count;
    while (!ready()) await new Promise((resolve) => this.once('ready', resolve));
  }

  /** Resolves once no client is connected (every shard has gone). */
  async waitForNoConnections(): Promise<void> {
    while (this.sockets.size > 0) await new Promise((resolve) => this.once('disconnect', resolve));
  }

  closeAll(): void {
    for (const socket of this.sockets) socket.terminate();
  }
}
