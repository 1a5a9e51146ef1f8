/**
 * Interactions as Discord tracks them: the first response must come within 3 seconds and only
 * once; replies, edits and follow-ups must respect every limit (else 400 with Discord's error
 * body) and must not be able to ping anyone. Breaches are answered as Discord would and recorded
 * as violations, which the tests assert are empty.
 */
import { checkChoices, checkMessage, invalidFormBody, pingProblem, type FormError } from './rules.ts';
import { snowflake, userObject, type FakeUser } from './payloads.ts';

export type MessageBody = Record<string, any>;

export interface Outcome {
  id: string;
  /** The first response: `{ type, data }`. */
  response: { type: number; data?: MessageBody };
  /** What the user ends up seeing: the reply, the edited deferral, or a private follow-up. */
  message?: MessageBody;
  ephemeral: boolean;
  deferred: boolean;
  choices?: { name: string; value: string | number }[];
  /** From sending the interaction to its first response. */
  firstResponseMs: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: 2 | 3 | 4;
  sentAt: number;
  response?: { type: number; data?: MessageBody };
  respondedAt?: number;
  original?: MessageBody;
  followups: MessageBody[];
  outcome: Promise<Outcome>;
  settle(message: MessageBody | undefined, ephemeral: boolean): void;
}

export interface RestAnswer {
  status: number;
  body?: unknown;
}

const ALLOWED_RESPONSES: Record<number, number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8] };
const UNKNOWN_INTERACTION = { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
const TOKEN_LIFETIME_MS = 15 * 60_000;

const prefixed = (errors: FormError[], ...prefix: string[]) => errors.map((e) => ({ ...e, path: [...prefix, ...e.path] }));

export class InteractionBook {
  private readonly byToken = new Map<string, InteractionRecord>();
  private readonly byId = new Map<string, InteractionRecord>();

  constructor(private readonly context: { deadlineMs: number; bot: FakeUser; user: FakeUser; guildId: string; channelId: string; violation(rule: string, detail: string, interaction?: string): void }) {}

  open(id: string, token: string, type: 2 | 3 | 4): InteractionRecord {
    let settle!: InteractionRecord['settle'];
    let fail!: (error: Error) => void;
    const outcome = new Promise<Outcome>((resolve, reject) => {
      fail = reject;
      settle = (message, ephemeral) => {
        const response = record.response ?? { type: 0 };
        const outcome: Outcome = { id, response, ephemeral, deferred: response.type === 5, firstResponseMs: (record.respondedAt ?? Date.now()) - record.sentAt };
        if (message) outcome.message = message;
        if (response.type === 8) outcome.choices = response.data?.choices ?? [];
        resolve(outcome);
      };
    });
    outcome.catch(() => undefined);
    const record: InteractionRecord = { id, token, type, sentAt: Date.now(), followups: [], outcome, settle };
    // Discord gives up on an interaction that is not answered in time; so does the fake.
    const timer = setTimeout(() => {
      if (record.response) return;
      this.context.violation('no_response', `no response within ${this.context.deadlineMs} ms`, id);
      fail(new Error(`Interaction ${id} got no response within ${this.context.deadlineMs} ms`));
    }, this.context.deadlineMs + 50);
    timer.unref();
    this.byToken.set(token, record);
    this.byId.set(id, record);
    return record;
  }

  /** A message as Discord stores and returns it, sent by the bot in answer to an interaction. */
  message(record: { id: string; type: number } | undefined, body: MessageBody): MessageBody {
    const { guildId, channelId, bot, user } = this.context;
    return {
      id: snowflake(),
      type: record ? 20 : 0,
      channel_id: channelId,
      author: userObject(bot),
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      application_id: bot.id,
      ...(record
        ? { webhook_id: bot.id, interaction_metadata: { id: record.id, type: record.type, user: userObject(user), authorizing_integration_owners: { '0': guildId } } }
        : {}),
      ...body,
    };
  }

  private invalid(record: InteractionRecord, errors: FormError[]): RestAnswer {
    this.context.violation('limits', errors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; '), record.id);
    return { status: 400, body: invalidFormBody(errors) };
  }

  private checkPings(record: InteractionRecord, body: unknown): void {
    const problem = pingProblem(body);
    if (problem) this.context.violation('pings', problem, record.id);
  }

  /** POST /interactions/{id}/{token}/callback, or an HTTP-mode response body. */
  respond(id: string, token: string, body: any): RestAnswer {
    const record = this.byId.get(id);
    if (!record || record.token !== token) return UNKNOWN_INTERACTION;
    if (record.response) {
      this.context.violation('double_ack', 'a second initial response', id);
      return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
    }
    if (Date.now() - record.sentAt > this.context.deadlineMs) {
      this.context.violation('deadline', `first response after ${Date.now() - record.sentAt} ms`, id);
      return UNKNOWN_INTERACTION;
    }
    const type = Number(body?.type);
    if (!ALLOWED_RESPONSES[record.type]?.includes(type)) {
      return this.invalid(record, [{ path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: `Interaction callback type ${type} is not allowed for interaction type ${record.type}` }]);
    }
    if (type === 4) {
      const errors = checkMessage(body.data);
      if (errors.length) return this.invalid(record, prefixed(errors, 'data'));
      this.checkPings(record, body.data);
    }
    if (type === 8) {
      const errors = checkChoices(body.data);
      if (errors.length) return this.invalid(record, prefixed(errors, 'data'));
    }
    record.response = { type, data: body.data };
    record.respondedAt = Date.now();
    const ephemeral = ((body.data?.flags ?? 0) & 64) !== 0;
    if (type === 4) {
      record.original = this.message(record, body.data);
      record.settle(record.original, ephemeral);
    } else if (type === 5) {
      record.original = this.message(record, { flags: (body.data?.flags ?? 0) | 128 });
    } else if (type === 8) {
      record.settle(undefined, false);
    }
    return { status: 204 };
  }

  private forWebhook(applicationId: string, token: string, expected: string): InteractionRecord | RestAnswer {
    const record = this.byToken.get(token);
    if (!record || applicationId !== expected) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    if (Date.now() - record.sentAt > TOKEN_LIFETIME_MS) return { status: 401, body: { message: 'Invalid Webhook Token', code: 50027 } };
    if (!record.response || record.response.type === 8) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    return record;
  }

  /** PATCH /webhooks/{app}/{token}/messages/@original */
  editOriginal(applicationId: string, token: string, expectedApp: string, body: MessageBody): RestAnswer {
    const record = this.forWebhook(applicationId, token, expectedApp);
    if (!('token' in record)) return record;
    if (!record.original) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    const errors = checkMessage(body, { edit: true });
    if (errors.length) return this.invalid(record, errors);
    this.checkPings(record, body);
    const { flags: _ignored, ...changes } = body;
    const wasDeferred = ((record.original.flags ?? 0) & 128) !== 0;
    record.original = { ...record.original, ...changes, flags: (record.original.flags ?? 0) & ~128, edited_timestamp: new Date().toISOString() };
    if (wasDeferred) record.settle(record.original, ((record.original.flags ?? 0) & 64) !== 0);
    return { status: 200, body: record.original };
  }

  deleteOriginal(applicationId: string, token: string, expectedApp: string): RestAnswer {
    const record = this.forWebhook(applicationId, token, expectedApp);
    if (!('token' in record)) return record;
    if (!record.original) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    delete record.original;
    return { status: 204 };
  }

  getOriginal(applicationId: string, token: string, expectedApp: string): RestAnswer {
    const record = this.forWebhook(applicationId, token, expectedApp);
    if (!('token' in record)) return record;
    return record.original ? { status: 200, body: record.original } : { status: 404, body: { message: 'Unknown Message', code: 10008 } };
  }

  /** POST /webhooks/{app}/{token}: a follow-up message. */
  followUp(applicationId: string, token: string, expectedApp: string, body: MessageBody): RestAnswer {
    const record = this.forWebhook(applicationId, token, expectedApp);
    if (!('token' in record)) return record;
    const errors = checkMessage(body);
    if (errors.length) return this.invalid(record, errors);
    this.checkPings(record, body);
    const message = this.message(record, { ...body, flags: (body.flags ?? 0) & 64 });
    record.followups.push(message);
    record.settle(message, (message.flags & 64) !== 0);
    return { status: 200, body: message };
  }
}
