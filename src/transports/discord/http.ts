/**
 * HTTP interactions mode: Discord POSTs each interaction to /interactions and takes the HTTP
 * response as the first reply, so no gateway connection and no state is needed: any number of
 * copies can run behind a load balancer. Every request must carry a valid Ed25519 signature from
 * Discord; the handler, the renderer and the command core are the ones gateway mode uses.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeError } from '../../log.ts';
import type { Runtime } from '../../runtime.ts';
import { createInteractionHandler, type HandlerOptions } from './handler.ts';
import { parseInteraction } from './interaction.ts';
import { createRest } from './rest.ts';
import { ResponseType, webhookActions, type InteractionResponse, type Responder } from './responder.ts';
import { checkSignature, publicKeyFromHex } from './signature.ts';

/** Discord's interactions are a few KiB; anything over this is not from Discord. */
export const MAX_BODY_BYTES = 64 * 1024;
/** Past this, a too-large body is no longer drained (to answer 413 politely) but cut off. */
const MAX_DRAIN_BYTES = 1024 * 1024;

export interface InteractionsServerOptions {
  port?: number;
  /** Interface to listen on; default all (a reverse proxy or Discord reaches it from outside). */
  host?: string;
  handler?: Partial<Omit<HandlerOptions, 'getLibrary' | 'logger'>>;
  /** Clock for the signature's freshness check, in seconds. */
  nowSeconds?: () => number;
}

export interface InteractionsServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): Promise<void> {
  return new Promise((resolve) => {
    // 'close' too: a client that hung up never sees 'finish', and nobody may wait forever.
    res.once('close', () => resolve());
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body), () => resolve());
  });
}

/** The raw body (the signature covers its exact bytes), or 'too_large'. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > MAX_DRAIN_BYTES) req.destroy();
    });
    req.on('end', () => resolve(size > limit ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => { if (size > MAX_DRAIN_BYTES) resolve('too_large'); });
    if (declared > MAX_DRAIN_BYTES) resolve('too_large');
  });
}

/** The request's path; a target no URL parser accepts has none (and gets 404), never a crash. */
function pathOf(target: string | undefined): string {
  try {
    return new URL(target ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

export async function startInteractionsServer(runtime: Runtime, options: InteractionsServerOptions = {}): Promise<InteractionsServer> {
  const { config, logger } = runtime;
  if (!config.publicKey) throw new Error('HTTP mode needs DISCORD_PUBLIC_KEY');
  const key = publicKeyFromHex(config.publicKey);
  // Follow-ups and edits go to the interaction's webhook, which needs no bot token.
  const rest = createRest(config);
  const handle = createInteractionHandler({ ...options.handler, getLibrary: runtime.getLibrary, logger });
  const nowSeconds = options.nowSeconds ?? (() => Date.now() / 1000);

  async function interactions(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too_large') return sendJson(res, 413, { error: `request body over ${MAX_BODY_BYTES} bytes` });
    const signature = checkSignature(key, req.headers['x-signature-ed25519'] as string | undefined, req.headers['x-signature-timestamp'] as string | undefined, body, nowSeconds());
    if (!signature.ok) {
      logger.info('http_unauthorized', { reason: signature.reason });
      return sendJson(res, 401, { error: 'invalid request signature' });
    }
    let raw: unknown;
    try {
      raw = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, { error: 'body is not JSON' });
    }
    const parsed = parseInteraction(raw);
    if (!parsed.ok) {
      logger.warn('interaction_unreadable', { problem: parsed.problem });
      return sendJson(res, 400, { error: parsed.problem });
    }
    const interaction = parsed.interaction;
    if (interaction.kind === 'ping') return sendJson(res, 200, { type: ResponseType.Pong });

    // The first response is this HTTP response; `respond` resolves once it has been sent, so a
    // later edit of a deferred reply can never overtake it.
    let markSent!: () => void;
    const sent = new Promise<void>((resolve) => (markSent = resolve));
    let deliver!: (response: InteractionResponse) => void;
    const first = new Promise<InteractionResponse>((resolve) => (deliver = resolve));
    let used = false;
    const respond = async (response: InteractionResponse) => {
      if (used) throw new Error('This interaction has already been answered');
      used = true;
      deliver(response);
      await sent;
    };
    const responder: Responder = { respond, ...webhookActions(rest, interaction.applicationId, interaction.token) };
    const handling = handle(interaction, responder, { receivedAt });
    const response = await Promise.race([first, handling.then(() => undefined)]);
    if (!response) return sendJson(res, 500, { error: 'no response was produced' });
    await sendJson(res, 200, response);
    markSent();
    await handling;
  }

  function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/interactions') {
      if (req.method === 'POST') return interactions(req, res);
      res.setHeader('allow', 'POST');
      return sendJson(res, 405, { error: 'use POST' });
    }
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) return sendJson(res, 200, { status: 'ok' });
    return sendJson(res, 404, { error: 'not found' });
  }

  const server = createServer((req, res) => {
    const path = pathOf(req.url);
    route(req, res, path).catch((error: unknown) => {
      logger.error('http_failed', { path, error: describeError(error) });
      if (!res.headersSent) void sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? config.port, options.host, () => resolve());
  });
  server.on('error', (error) => logger.error('http_server_error', { error: describeError(error) }));
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host === '[::]' || host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** `npm start` with BOT_MODE=http: serve until SIGINT/SIGTERM. */
export async function runInteractionsServer(runtime: Runtime): Promise<void> {
  const { logger } = runtime;
  process.on('unhandledRejection', (reason) => logger.error('unhandled_rejection', { error: describeError(reason) }));
  const server = await startInteractionsServer(runtime);
  logger.info('http_listening', { port: server.port, endpoint: '/interactions' });
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  logger.info('stopping', { signal });
  await server.close();
}
