// A local Slack-compatible Web API for tests, on 127.0.0.1: the real WebClient and Bolt talk to
// it through slackApiUrl, and it records every call that crossed the wire. It also serves the
// response_url endpoints that slash command answers are posted to, can answer 429 or a Slack
// error on demand, and signs slash commands the way Slack does. Message ts come from the (settable)
// server clock; conversations.history and conversations.replies page with oldest/latest/cursor and
// return message metadata only with include_all_metadata, as Slack does.
import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { startHttpServer } from './http-server.ts';

export interface SlackCall {
  method: string;
  /** Decoded parameters; JSON-valued form fields (blocks, attachments) are parsed. */
  params: Record<string, unknown>;
  token: string | null;
  contentType: string;
  at: number;
}

export interface SlackResponse {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface FakeUser {
  id: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
  is_restricted?: boolean;
  is_ultra_restricted?: boolean;
}

export interface FakeChannel {
  id: string;
  name?: string;
  creator?: string;
  is_member?: boolean;
  is_im?: boolean;
  is_private?: boolean;
  is_archived?: boolean;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  /** Who posted it: the bot's user id for what the bot posted. */
  user: string;
  text: unknown;
  blocks: unknown;
  thread_ts?: string;
  /** chat.postMessage's `metadata` ({event_type, event_payload}), kept as Slack keeps it. */
  metadata?: unknown;
  edits: number;
}

export interface FakeSlack {
  /** Base URL of the Web API, ending in "/api/" as SLACK_API_URL expects. */
  apiUrl: string;
  url: string;
  calls: SlackCall[];
  responses: SlackResponse[];
  messages: Map<string, StoredMessage>;
  users: Map<string, FakeUser>;
  channels: Map<string, FakeChannel>;
  callsTo(method: string): SlackCall[];
  /** The next `times` calls to `method` answer HTTP 429 with this Retry-After. */
  rateLimit(method: string, retryAfterSeconds: number, times?: number): void;
  /** The next call to `method` answers {ok:false, error}. */
  failNext(method: string, error: string): void;
  /** Messages posted from now on get a ts of this time; null: the real clock. */
  setTime(ms: number | null): void;
  /** A message by someone else (or with `user` the bot's), as if posted at `at`. */
  addMessage(message: { channel: string; text?: string; user?: string; thread_ts?: string; metadata?: unknown; at?: number }): StoredMessage;
  /** A response_url of this server. */
  responseUrl(id: string): string;
  waitForResponse(id: string, timeoutMs?: number): Promise<SlackResponse>;
  /**
   * Socket Mode (with `appToken`): sends a slash command envelope to the connected client and
   * resolves with the client's acknowledgement.
   */
  sendSocketSlashCommand(fields: SlashCommandFields, timeoutMs?: number): Promise<{ envelope_id: string; payload?: unknown }>;
  /** Resolves once a Socket Mode client has connected and been greeted. */
  socketConnected(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata']);

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function decode(body: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return body ? (JSON.parse(body) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    if (JSON_FIELDS.has(key)) {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // kept as text
      }
    }
    out[key] = value;
  }
  return out;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export async function startFakeSlack(options: {
  token: string;
  /** Enables Socket Mode: apps.connections.open with this token hands out a WebSocket URL. */
  appToken?: string;
  teamId?: string;
  botUserId?: string;
}): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const responses: SlackResponse[] = [];
  const messages = new Map<string, StoredMessage>();
  const users = new Map<string, FakeUser>();
  const channels = new Map<string, FakeChannel>();
  const limits = new Map<string, { retryAfter: number; times: number }>();
  const failures = new Map<string, string>();
  const waiters: (() => void)[] = [];
  let timeOverride: number | null = null;
  let seq = 0;
  // "seconds.microseconds" of the clock; the last three digits keep messages of one millisecond apart.
  const tsAt = (ms: number) => {
    seq = (seq + 1) % 1000;
    return `${Math.floor(ms / 1000)}.${String((Math.floor(ms) % 1000) * 1000 + seq).padStart(6, '0')}`;
  };
  const nextTs = () => tsAt(timeOverride ?? Date.now());
  const tsValue = (ts: string) => BigInt(ts.replace('.', ''));
  const byTs = (a: StoredMessage, b: StoredMessage) => (tsValue(a.ts) < tsValue(b.ts) ? -1 : 1);
  const teamId = options.teamId ?? 'T0TEST0001';
  const botUserId = options.botUserId ?? 'U0BOT00001';

  /** One page of a time-ordered list, as the history methods page: oldest/latest bounds, then cursor and limit. */
  function page(list: StoredMessage[], params: Record<string, unknown>) {
    const inclusive = params.inclusive === true || params.inclusive === 'true';
    const bound = (name: string) => (typeof params[name] === 'string' && params[name] ? tsValue(Number(params[name]).toFixed(6)) : null);
    const oldest = bound('oldest');
    const latest = bound('latest');
    const within = list.filter((m) => {
      const v = tsValue(m.ts);
      return (oldest === null || (inclusive ? v >= oldest : v > oldest)) && (latest === null || (inclusive ? v <= latest : v < latest));
    });
    const limit = Math.min(Math.max(Number(params.limit ?? 100) || 100, 1), 999);
    const start = typeof params.cursor === 'string' && params.cursor ? Number(Buffer.from(params.cursor, 'base64').toString('utf8')) : 0;
    const slice = within.slice(start, start + limit);
    const hasMore = start + limit < within.length;
    const withMetadata = params.include_all_metadata === true || params.include_all_metadata === 'true';
    return {
      messages: slice.map((m) => ({
        type: 'message',
        user: m.user,
        ts: m.ts,
        text: m.text,
        ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
        ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
      })),
      has_more: hasMore,
      ...(hasMore ? { response_metadata: { next_cursor: Buffer.from(String(start + limit)).toString('base64') } } : {}),
    };
  }

  function api(method: string, params: Record<string, unknown>): { status: number; body: Record<string, unknown> } {
    const channelId = typeof params.channel === 'string' ? params.channel : '';
    switch (method) {
      case 'auth.test':
        return { status: 200, body: { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'embassy-watch', team_id: teamId, user_id: botUserId, bot_id: 'B0BOT00001' } };
      case 'chat.postMessage': {
        const channel = channels.get(channelId);
        if (channel?.is_archived) return { status: 200, body: { ok: false, error: 'is_archived' } };
        if (channel && channel.is_member === false) return { status: 200, body: { ok: false, error: 'not_in_channel' } };
        if (typeof params.text !== 'string' && !Array.isArray(params.blocks)) return { status: 200, body: { ok: false, error: 'no_text' } };
        if (Array.isArray(params.blocks) && params.blocks.length > 50) return { status: 200, body: { ok: false, error: 'invalid_blocks' } };
        const ts = nextTs();
        const message: StoredMessage = { channel: channelId, ts, user: botUserId, text: params.text, blocks: params.blocks, edits: 0 };
        if (typeof params.thread_ts === 'string') message.thread_ts = params.thread_ts;
        if (params.metadata && typeof params.metadata === 'object') message.metadata = params.metadata;
        messages.set(`${channelId}:${ts}`, message);
        return { status: 200, body: { ok: true, channel: channelId, ts, message: { text: params.text, ts } } };
      }
      case 'chat.update': {
        const key = `${channelId}:${String(params.ts)}`;
        const message = messages.get(key);
        if (!message) return { status: 200, body: { ok: false, error: 'message_not_found' } };
        message.text = params.text;
        message.blocks = params.blocks;
        message.edits++;
        return { status: 200, body: { ok: true, channel: channelId, ts: message.ts, text: params.text } };
      }
      case 'conversations.history': {
        // Top-level messages (and thread parents), newest first.
        const channel = channels.get(channelId);
        if (channel && channel.is_member === false) return { status: 200, body: { ok: false, error: 'not_in_channel' } };
        const list = [...messages.values()]
          .filter((m) => m.channel === channelId && (!m.thread_ts || m.thread_ts === m.ts))
          .sort(byTs)
          .reverse();
        return { status: 200, body: { ok: true, ...page(list, params) } };
      }
      case 'conversations.replies': {
        // The thread's parent, then its replies, oldest first.
        const channel = channels.get(channelId);
        if (channel && channel.is_member === false) return { status: 200, body: { ok: false, error: 'not_in_channel' } };
        const parent = messages.get(`${channelId}:${String(params.ts)}`);
        if (!parent) return { status: 200, body: { ok: false, error: 'thread_not_found' } };
        const replies = [...messages.values()].filter((m) => m.channel === channelId && m.thread_ts === parent.ts && m.ts !== parent.ts).sort(byTs);
        return { status: 200, body: { ok: true, ...page([parent, ...replies], params) } };
      }
      case 'users.info': {
        const user = users.get(String(params.user));
        if (!user) return { status: 200, body: { ok: false, error: 'user_not_found' } };
        return { status: 200, body: { ok: true, user: { is_admin: false, is_owner: false, is_primary_owner: false, is_restricted: false, is_ultra_restricted: false, ...user, team_id: teamId } } };
      }
      case 'conversations.info': {
        const channel = channels.get(channelId);
        if (!channel) return { status: 200, body: { ok: false, error: 'channel_not_found' } };
        return { status: 200, body: { ok: true, channel: { is_channel: !channel.is_im, is_im: false, is_private: false, is_member: true, ...channel } } };
      }
      default:
        return { status: 200, body: { ok: false, error: 'unknown_method' } };
    }
  }

  // Socket Mode: one WebSocket server; Slack greets each connection with "hello".
  let sockets: WebSocketServer | null = null;
  let socket: WebSocket | null = null;
  const socketWaiters: (() => void)[] = [];
  const acks = new Map<string, (ack: { envelope_id: string; payload?: unknown }) => void>();
  if (options.appToken) {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    wss.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id: string; payload?: unknown };
        acks.get(message.envelope_id)?.(message);
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0TEST0001' }, debug_info: { host: 'fake' } }));
      for (const wake of socketWaiters.splice(0)) wake();
    });
    sockets = wss;
  }
  let envelopes = 0;

  const server = await startHttpServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const contentType = String(req.headers['content-type'] ?? '');
    const raw = await readBody(req);
    if (url.pathname.startsWith('/respond/')) {
      const id = decodeURIComponent(url.pathname.slice('/respond/'.length));
      responses.push({ id, body: decode(raw, contentType), at: Date.now() });
      for (const wake of waiters.splice(0)) wake();
      send(res, 200, { ok: true });
      return;
    }
    if (!url.pathname.startsWith('/api/') || req.method !== 'POST') {
      send(res, 404, { ok: false, error: 'not_found' });
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const params = decode(raw, contentType);
    const auth = String(req.headers.authorization ?? '');
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : typeof params.token === 'string' ? params.token : null;
    calls.push({ method, params, token, contentType, at: Date.now() });
    const limit = limits.get(method);
    if (limit && limit.times > 0) {
      limit.times--;
      send(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(limit.retryAfter) });
      return;
    }
    if (method === 'apps.connections.open') {
      if (!sockets || token !== options.appToken) send(res, 200, { ok: false, error: token ? 'invalid_auth' : 'not_authed' });
      else send(res, 200, { ok: true, url: `ws://127.0.0.1:${(sockets.address() as AddressInfo).port}/link/?ticket=test` });
      return;
    }
    if (token !== options.token) {
      send(res, 200, { ok: false, error: token ? 'invalid_auth' : 'not_authed' });
      return;
    }
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      send(res, 200, { ok: false, error: failure });
      return;
    }
    const { status, body } = api(method, params);
    send(res, status, body);
  });

  return {
    apiUrl: `${server.url}/api/`,
    url: server.url,
    calls,
    responses,
    messages,
    users,
    channels,
    callsTo: (method) => calls.filter((c) => c.method === method),
    rateLimit(method, retryAfterSeconds, times = 1) {
      limits.set(method, { retryAfter: retryAfterSeconds, times });
    },
    failNext(method, error) {
      failures.set(method, error);
    },
    setTime(ms) {
      timeOverride = ms;
    },
    addMessage({ channel, text = 'chatter', user = 'U0SOMEONE1', thread_ts, metadata, at }) {
      const ts = at === undefined ? nextTs() : tsAt(at);
      const message: StoredMessage = { channel, ts, user, text, blocks: undefined, edits: 0 };
      if (thread_ts) message.thread_ts = thread_ts;
      if (metadata) message.metadata = metadata;
      messages.set(`${channel}:${ts}`, message);
      return message;
    },
    responseUrl: (id) => `${server.url}/respond/${encodeURIComponent(id)}`,
    async waitForResponse(id, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = responses.find((r) => r.id === id);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no response posted to response_url ${id} within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    socketConnected(timeoutMs = 5000) {
      if (socket) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no Socket Mode connection')), timeoutMs);
        socketWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    sendSocketSlashCommand(fields, timeoutMs = 5000) {
      const ws = socket;
      if (!ws) return Promise.reject(new Error('no Socket Mode client connected'));
      const envelopeId = `env-${++envelopes}`;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ack for ${envelopeId}`)), timeoutMs);
        acks.set(envelopeId, (ack) => {
          clearTimeout(timer);
          acks.delete(envelopeId);
          resolve(ack);
        });
        ws.send(
          JSON.stringify({
            envelope_id: envelopeId,
            type: 'slash_commands',
            accepts_response_payload: true,
            payload: { ...slashCommandBody(fields), token: 'deprecated-verification-token' },
          }),
        );
      });
    },
    async close() {
      if (sockets) {
        for (const client of sockets.clients) client.terminate();
        await new Promise<void>((resolve) => sockets!.close(() => resolve()));
      }
      await server.close();
    },
  };
}

function slashCommandBody(fields: SlashCommandFields): Record<string, string> {
  return {
    team_id: fields.team_id ?? 'T0TEST0001',
    team_domain: 'test',
    channel_id: fields.channel_id,
    channel_name: fields.channel_name ?? 'security',
    user_id: fields.user_id,
    user_name: fields.user_name ?? 'someone',
    command: fields.command,
    text: fields.text,
    api_app_id: 'A0TEST0001',
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: '1234.5678.abcdef',
  };
}

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}") in hex. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlashCommandFields {
  command: string;
  text: string;
  user_id: string;
  channel_id: string;
  response_url: string;
  team_id?: string;
  channel_name?: string;
  user_name?: string;
}

/**
 * POSTs a slash command to a Bolt HTTP endpoint, form-encoded and signed as Slack does.
 * `timestamp` and `secret` can be overridden to send stale or badly signed requests.
 */
export async function sendSlashCommand(
  endpoint: string,
  signingSecret: string,
  fields: SlashCommandFields,
  options: { timestamp?: number; signature?: string } = {},
): Promise<{ status: number; body: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const body = new URLSearchParams({ token: 'deprecated-verification-token', ...slashCommandBody(fields) }).toString();
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(signingSecret, timestamp, body),
    },
    body,
  });
  return { status: response.status, body: await response.text() };
}
