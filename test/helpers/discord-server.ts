// A fake Discord on 127.0.0.1: the parts of the HTTP API (v10) and the gateway (WebSocket, JSON
// encoding, no compression) that embassy-watch uses, recording everything that crosses the wire.
// Real discord.js clients log in to it; tests assert on `requests` and `gateway`.
// Message ids are snowflakes of the (settable) server clock, as Discord's are of its own; GET
// /channels/{id}/messages pages with before/after/limit and, like Discord, never returns the nonce,
// which it remembers only for a few minutes (nonceWindowMs).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  /** Path below /api/v10, e.g. /channels/123/messages */
  path: string;
  query: Record<string, string>;
  authorization: string | null;
  body: any;
  status: number;
}

export interface GatewayFrame {
  direction: 'sent' | 'received';
  shard: number | null;
  op: number;
  t: string | null;
  d: any;
}

export interface StoredMessage {
  id: string;
  channel_id: string;
  /** The bot's user id for what the bot posted. */
  author_id: string;
  content: string;
  embeds: any[];
  allowed_mentions: any;
  nonce: string | null;
  edited_timestamp: string | null;
  timestamp: string;
  /** How many PATCHes edited it. */
  edits: number;
}

export interface InteractionSpec {
  name: string;
  /** Options as name -> value; numbers become INTEGER options, strings STRING. */
  options?: Record<string, string | number>;
  /** For autocomplete: the option the user is typing in. */
  focused?: string;
  channelId?: string;
  guildId?: string;
  /** The member's permissions bitfield (default: everything, administrator included). */
  permissions?: string;
  autocomplete?: boolean;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  /** Shards GET /gateway/bot recommends. */
  recommendedShards?: number;
  heartbeatIntervalMs?: number;
  guilds?: { id: string; name: string; channels: { id: string; name: string }[] }[];
  /** How long a nonce is remembered for enforce_nonce, in server time (default 5 minutes). */
  nonceWindowMs?: number;
}

export interface FakeDiscord {
  apiUrl: string;
  gatewayUrl: string;
  token: string;
  applicationId: string;
  botUserId: string;
  guildId: string;
  channelId: string;
  otherChannelId: string;
  /** Every text channel of the first guild. */
  channelIds: string[];
  requests: RecordedRequest[];
  gateway: GatewayFrame[];
  /** The query string of every gateway connection (v, encoding, compress). */
  gatewayQueries: Record<string, string>[];
  messages: Map<string, StoredMessage>;
  channelMessages(channelId: string): StoredMessage[];
  /** The next `times` requests matching answer 429 with retry_after seconds. */
  rateLimit(match: { method: string; path: RegExp }, retryAfterSeconds: number, times?: number): void;
  /** Requests to this channel answer 403 with this code (50001 Missing Access, 50013 Missing Permissions). */
  forbidChannel(channelId: string, code?: 50001 | 50013): void;
  /**
   * Reading this channel's messages answers 403 Missing Access ('forbidden'), or, as Discord does
   * for a bot without Read Message History, an empty list ('empty'); posting still works.
   */
  denyHistory(channelId: string, mode?: 'forbidden' | 'empty'): void;
  /** Messages posted from now on are stamped (id and timestamp) as if at this time; null: the real clock. */
  setTime(ms: number | null): void;
  /** Discord forgets every nonce now (as it does a few minutes after each post). */
  forgetNonces(): void;
  /** A message by someone else (or by the bot with `authorId: botUserId`), as if posted at `at`. */
  addMessage(channelId: string, message?: { authorId?: string; content?: string; embeds?: any[]; at?: number }): StoredMessage;
  deleteMessage(id: string): void;
  /** Identified gateway connections, by shard id. */
  readyShards(): number[];
  waitForReadyShards(count: number, timeoutMs?: number): Promise<void>;
  /** Dispatches INTERACTION_CREATE to the shard that holds the guild; returns the interaction's id and token. */
  sendInteraction(spec: InteractionSpec): { id: string; token: string };
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

const ALL_PERMISSIONS = ((1n << 50n) - 1n).toString();

const DISCORD_EPOCH = 1_420_070_400_000;
let increment = 0;
/** A snowflake of this instant, as Discord mints message ids. */
export function snowflakeAt(ms: number): string {
  increment = (increment + 1) % 4096;
  return ((BigInt(Math.floor(ms) - DISCORD_EPOCH) << 22n) | BigInt(increment)).toString();
}

let snowflakeCounter = 1_200_000_000_000_000_000n;
export function snowflake(): string {
  snowflakeCounter += 4_194_304n + BigInt(Math.floor(Math.random() * 1000));
  return snowflakeCounter.toString();
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return null;
  if ((req.headers['content-type'] ?? '').includes('multipart/form-data')) {
    const match = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]*\r\n)*?\r\n([\s\S]*?)\r\n--/.exec(text);
    return match?.[1] ? JSON.parse(match[1]) : { raw: text };
  }
  try {
    return JSON.parse(text);
  } catch {
    return { raw: text };
  }
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const token = options.token ?? `fake-token-${randomBytes(8).toString('hex')}`;
  const applicationId = options.applicationId ?? snowflake();
  const botUserId = applicationId;
  const guilds = options.guilds ?? [
    {
      id: snowflake(),
      name: 'Security Ops',
      channels: [
        { id: snowflake(), name: 'alerts' },
        { id: snowflake(), name: 'general' },
        { id: snowflake(), name: 'restricted' },
      ],
    },
  ];
  const firstGuild = guilds[0]!;
  const knownChannels = new Map(guilds.flatMap((g) => g.channels.map((c) => [c.id, g.id] as const)));
  const requests: RecordedRequest[] = [];
  const gateway: GatewayFrame[] = [];
  const gatewayQueries: Record<string, string>[] = [];
  const messages = new Map<string, StoredMessage>();
  const rateLimits: { method: string; path: RegExp; retryAfter: number; remaining: number }[] = [];
  const forbidden = new Map<string, number>();
  const historyDenied = new Map<string, 'forbidden' | 'empty'>();
  /** channel + nonce -> when it was posted and as which message. */
  const nonces = new Map<string, { at: number; id: string }>();
  const nonceWindowMs = options.nonceWindowMs ?? 5 * 60_000;
  let timeOverride: number | null = null;
  const now = () => timeOverride ?? Date.now();
  const interactions = new Map<string, { token: string; acknowledged: boolean; channelId: string; originalId: string | null }>();
  const commands = new Map<string, any[]>();
  const botUser = { id: botUserId, username: 'embassy-watch', discriminator: '0', global_name: null, avatar: null, bot: true };
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  const authorObject = (id: string) =>
    id === botUserId ? botUser : { id, username: `user-${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
  /** The nonce only in the answer to the POST that created it: GET never returns it. */
  const messageObject = (m: StoredMessage, extra: Record<string, unknown> = {}, withNonce = true) => ({
    id: m.id,
    type: 0,
    channel_id: m.channel_id,
    content: m.content,
    author: authorObject(m.author_id),
    attachments: [],
    embeds: m.embeds,
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: m.timestamp,
    edited_timestamp: m.edited_timestamp,
    flags: 0,
    components: [],
    ...(withNonce && m.nonce ? { nonce: m.nonce } : {}),
    ...extra,
  });

  const storeMessage = (channelId: string, body: any, authorId = botUserId, at = now()): StoredMessage => {
    const message: StoredMessage = {
      id: snowflakeAt(at),
      channel_id: channelId,
      author_id: authorId,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      allowed_mentions: body?.allowed_mentions,
      nonce: body?.nonce ?? null,
      edited_timestamp: null,
      timestamp: new Date(at).toISOString(),
      edits: 0,
    };
    messages.set(message.id, message);
    if (message.nonce) nonces.set(`${channelId}:${message.nonce}`, { at, id: message.id });
    return message;
  };

  /** GET /channels/{id}/messages: newest first; `after` gives the oldest `limit` after it, `before` the newest before it. */
  const listMessages = (channelId: string, query: Record<string, string>) => {
    const limit = query.limit === undefined ? 50 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) return null;
    const after = query.after ? BigInt(query.after) : null;
    const before = query.before ? BigInt(query.before) : null;
    const inChannel = [...messages.values()]
      .filter((m) => m.channel_id === channelId)
      .filter((m) => (after === null || BigInt(m.id) > after) && (before === null || BigInt(m.id) < before))
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    const page = after !== null ? inChannel.slice(0, limit) : inChannel.slice(-limit);
    return page.reverse().map((m) => messageObject(m, {}, false));
  };

  const editMessage = (message: StoredMessage, body: any) => {
    if (body?.embeds !== undefined) message.embeds = body.embeds;
    if (body?.content !== undefined) message.content = body.content;
    if (body?.allowed_mentions !== undefined) message.allowed_mentions = body.allowed_mentions;
    message.edited_timestamp = new Date().toISOString();
    message.edits++;
  };

  let baseUrl = '';
  let wsUrl = '';

  const route = async (method: string, path: string, query: Record<string, string>, auth: string | null, body: any, res: ServerResponse) => {
    const botAuth = auth === `Bot ${token}`;
    const unauthorized = () => json(res, 401, { message: '401: Unauthorized', code: 0 });
    let m: RegExpExecArray | null;

    if (method === 'GET' && path === '/gateway/bot') {
      if (!botAuth) return unauthorized();
      return json(res, 200, {
        url: wsUrl,
        shards: options.recommendedShards ?? 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      });
    }
    if (method === 'GET' && path === '/gateway') return json(res, 200, { url: wsUrl });
    if (method === 'GET' && path === '/users/@me') return botAuth ? json(res, 200, botUser) : unauthorized();

    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      if (!botAuth) return unauthorized();
      if (m[1] !== applicationId) return json(res, 403, { message: 'Missing Access', code: 50001 });
      const key = m[2] ?? 'global';
      if (method === 'PUT') {
        const saved = (Array.isArray(body) ? body : []).map((c: any) => ({
          ...c,
          id: snowflake(),
          application_id: applicationId,
          version: snowflake(),
          ...(m![2] ? { guild_id: m![2] } : {}),
        }));
        commands.set(key, saved);
        return json(res, 200, saved);
      }
      if (method === 'GET') return json(res, 200, commands.get(key) ?? []);
    }

    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      const interaction = interactions.get(m[1]!);
      if (!interaction || interaction.token !== m[2]) return json(res, 404, { message: 'Unknown interaction', code: 10062 });
      if (interaction.acknowledged) return json(res, 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      interaction.acknowledged = true;
      // 4: message, 5: deferred message, 8: autocomplete result
      if (body?.type === 4) interaction.originalId = storeMessage(interaction.channelId, body.data).id;
      if (body?.type === 5) interaction.originalId = storeMessage(interaction.channelId, { content: '' }).id;
      if (query.with_response === 'true') {
        const original = interaction.originalId ? messages.get(interaction.originalId) : undefined;
        return json(res, 200, {
          interaction: { id: m[1], type: 2, activity_instance_id: null, response_message_id: original?.id ?? null, response_message_loading: body?.type === 5, response_message_ephemeral: false },
          resource: { type: body?.type, ...(original ? { message: messageObject(original) } : {}) },
        });
      }
      res.writeHead(204).end();
      return;
    }

    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path))) {
      const interaction = [...interactions.values()].find((i) => i.token === m![2]);
      if (m[1] !== applicationId || !interaction) return json(res, 404, { message: 'Unknown Webhook', code: 10015 });
      if (!interaction.acknowledged) return json(res, 404, { message: 'Unknown Message', code: 10008 });
      const target = m[3] === '@original' ? interaction.originalId : m[3];
      if (method === 'POST' && !m[3]) {
        const message = storeMessage(interaction.channelId, body);
        return json(res, 200, messageObject(message, { webhook_id: applicationId }));
      }
      const message = target ? messages.get(target) : undefined;
      if (!message) return json(res, 404, { message: 'Unknown Message', code: 10008 });
      if (method === 'PATCH') {
        editMessage(message, body);
        return json(res, 200, messageObject(message, { webhook_id: applicationId }));
      }
      if (method === 'GET') return json(res, 200, messageObject(message, { webhook_id: applicationId }));
      if (method === 'DELETE') {
        messages.delete(message.id);
        res.writeHead(204).end();
        return;
      }
    }

    if ((m = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path))) {
      if (!botAuth) return unauthorized();
      const channelId = m[1]!;
      if (!knownChannels.has(channelId)) return json(res, 404, { message: 'Unknown Channel', code: 10003 });
      const code = forbidden.get(channelId);
      if (code) return json(res, 403, { message: code === 50013 ? 'Missing Permissions' : 'Missing Access', code });
      if (method === 'POST' && !m[2]) {
        if (body?.enforce_nonce && body.nonce) {
          const seen = nonces.get(`${channelId}:${body.nonce}`);
          const earlier = seen && now() - seen.at <= nonceWindowMs ? messages.get(seen.id) : undefined;
          if (earlier) return json(res, 200, messageObject(earlier));
        }
        const message = storeMessage(channelId, body);
        return json(res, 200, messageObject(message));
      }
      if (method === 'GET' && historyDenied.get(channelId) === 'forbidden') return json(res, 403, { message: 'Missing Access', code: 50001 });
      if (method === 'GET' && !m[2]) {
        if (historyDenied.get(channelId) === 'empty') return json(res, 200, []);
        const page = listMessages(channelId, query);
        if (!page) return json(res, 400, { message: 'Invalid Form Body', code: 50035 });
        return json(res, 200, page);
      }
      const message = m[2] ? messages.get(m[2]) : undefined;
      if (!message || message.channel_id !== channelId) return json(res, 404, { message: 'Unknown Message', code: 10008 });
      if (method === 'PATCH') {
        editMessage(message, body);
        return json(res, 200, messageObject(message));
      }
      if (method === 'GET') return json(res, 200, messageObject(message, {}, false));
      if (method === 'DELETE') {
        messages.delete(message.id);
        res.writeHead(204).end();
        return;
      }
    }
    return json(res, 404, { message: '404: Not Found', code: 0 });
  };

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const prefix = '/api/v10';
      const pathname = decodeURIComponent(url.pathname);
      const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
      const method = req.method ?? 'GET';
      const body = await readBody(req);
      const record: RecordedRequest = {
        method,
        path,
        query: Object.fromEntries(url.searchParams),
        authorization: req.headers.authorization ?? null,
        body,
        status: 0,
      };
      const limit = rateLimits.find((r) => r.remaining > 0 && r.method === method && r.path.test(path));
      if (limit) {
        limit.remaining--;
        record.status = 429;
        requests.push(record);
        notify();
        return json(
          res,
          429,
          { message: 'You are being rate limited.', retry_after: limit.retryAfter, global: false },
          {
            'retry-after': String(limit.retryAfter),
            'x-ratelimit-limit': '5',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset-after': String(limit.retryAfter),
            'x-ratelimit-bucket': 'fake-bucket',
            'x-ratelimit-scope': 'user',
          },
        );
      }
      const end = res.end.bind(res);
      res.end = ((...args: Parameters<typeof res.end>) => {
        record.status = res.statusCode;
        requests.push(record);
        const result = end(...args);
        notify();
        return result;
      }) as typeof res.end;
      await route(method, path, record.query, record.authorization, body, res);
    })().catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { message: String(error), code: 0 });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  // --- gateway ---------------------------------------------------------------------------------
  interface Connection {
    socket: WebSocket;
    shard: [number, number] | null;
    seq: number;
    ready: boolean;
    query: Record<string, string>;
  }
  const connections = new Set<Connection>();
  const wss = new WebSocketServer({ server });
  const send = (conn: Connection, payload: { op: number; t?: string | null; d: unknown }) => {
    const frame = payload.op === 0 ? { op: 0, t: payload.t ?? null, s: ++conn.seq, d: payload.d } : { op: payload.op, t: null, s: null, d: payload.d };
    gateway.push({ direction: 'sent', shard: conn.shard?.[0] ?? null, op: frame.op, t: frame.t, d: frame.d });
    conn.socket.send(JSON.stringify(frame));
  };
  const shardOf = (guildId: string, count: number) => Number((BigInt(guildId) >> 22n) % BigInt(count));
  const guildObject = (g: (typeof guilds)[number]) => ({
    id: g.id,
    name: g.name,
    icon: null,
    owner_id: snowflake(),
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [{ id: g.id, name: '@everyone', permissions: '1024', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_flags: 0,
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: g.channels.map((c, position) => ({ id: c.id, type: 0, name: c.name, guild_id: g.id, position, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, rate_limit_per_user: 0, flags: 0 })),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
  });

  wss.on('connection', (socket, req) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const conn: Connection = { socket, shard: null, seq: 0, ready: false, query: Object.fromEntries(url.searchParams) };
    connections.add(conn);
    gatewayQueries.push(conn.query);
    socket.on('close', () => {
      connections.delete(conn);
      notify();
    });
    socket.on('message', (raw) => {
      let payload: any;
      try {
        payload = JSON.parse(raw.toString());
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      gateway.push({ direction: 'received', shard: conn.shard?.[0] ?? null, op: payload.op, t: null, d: payload.d });
      switch (payload.op) {
        case 1: // heartbeat
          send(conn, { op: 11, d: null });
          break;
        case 2: {
          // identify
          if (payload.d?.token !== token) {
            socket.close(4004, 'Authentication failed.');
            return;
          }
          const shard: [number, number] = Array.isArray(payload.d.shard) ? payload.d.shard : [0, 1];
          conn.shard = shard;
          const mine = guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
          send(conn, {
            op: 0,
            t: 'READY',
            d: {
              v: 10,
              user: botUser,
              guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
              session_id: randomBytes(16).toString('hex'),
              resume_gateway_url: wsUrl,
              shard,
              application: { id: applicationId, flags: 0 },
            },
          });
          for (const g of mine) send(conn, { op: 0, t: 'GUILD_CREATE', d: guildObject(g) });
          conn.ready = true;
          notify();
          break;
        }
        case 6: // resume: not supported, start over
          send(conn, { op: 9, d: false });
          break;
        default:
          break;
      }
    });
    send(conn, { op: 10, d: { heartbeat_interval: options.heartbeatIntervalMs ?? 1_000 } });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  wsUrl = `ws://127.0.0.1:${port}`;

  const waitUntil = <T>(check: () => T | undefined, timeoutMs: number, what: string) =>
    new Promise<T>((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value !== undefined) {
          listeners.delete(attempt);
          clearTimeout(timer);
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(attempt);
        reject(new Error(`fake Discord: timed out waiting for ${what}`));
      }, timeoutMs);
      listeners.add(attempt);
      attempt();
    });

  const readyShards = () => [...connections].filter((c) => c.ready && c.shard).map((c) => c.shard![0]).sort();

  return {
    apiUrl: `${baseUrl}/api`,
    gatewayUrl: wsUrl,
    token,
    applicationId,
    botUserId,
    guildId: firstGuild.id,
    channelId: firstGuild.channels[0]!.id,
    otherChannelId: firstGuild.channels[1]?.id ?? firstGuild.channels[0]!.id,
    channelIds: firstGuild.channels.map((c) => c.id),
    requests,
    gateway,
    gatewayQueries,
    messages,
    channelMessages: (channelId) => [...messages.values()].filter((m) => m.channel_id === channelId),
    rateLimit(match, retryAfterSeconds, times = 1) {
      rateLimits.push({ ...match, retryAfter: retryAfterSeconds, remaining: times });
    },
    forbidChannel(channelId, code = 50001) {
      forbidden.set(channelId, code);
    },
    denyHistory(channelId, mode = 'forbidden') {
      historyDenied.set(channelId, mode);
    },
    setTime(ms) {
      timeOverride = ms;
    },
    forgetNonces() {
      nonces.clear();
    },
    addMessage(channelId, message = {}) {
      const stored = storeMessage(channelId, { content: message.content ?? 'chatter', embeds: message.embeds ?? [] }, message.authorId ?? snowflake(), message.at ?? now());
      notify();
      return stored;
    },
    deleteMessage(id) {
      messages.delete(id);
    },
    readyShards,
    waitForReadyShards(count, timeoutMs = 15_000) {
      return waitUntil(() => (readyShards().length >= count ? true : undefined), timeoutMs, `${count} ready shards`).then(() => undefined);
    },
    sendInteraction(spec) {
      const guildId = spec.guildId ?? firstGuild.id;
      const channelId = spec.channelId ?? firstGuild.channels[0]!.id;
      const conn = [...connections].find((c) => c.ready && c.shard && shardOf(guildId, c.shard[1]) === c.shard[0]);
      if (!conn) throw new Error('fake Discord: no ready gateway connection holds that guild');
      const id = snowflake();
      const interactionToken = `itoken-${randomBytes(12).toString('hex')}`;
      interactions.set(id, { token: interactionToken, acknowledged: false, channelId, originalId: null });
      const options = Object.entries(spec.options ?? {}).map(([name, value]) => ({
        name,
        type: typeof value === 'number' ? 4 : 3,
        value,
        ...(spec.focused === name ? { focused: true } : {}),
      }));
      const member = {
        user: { id: snowflake(), username: 'analyst', discriminator: '0', global_name: 'Analyst', avatar: null },
        roles: [],
        permissions: spec.permissions ?? ALL_PERMISSIONS,
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        nick: null,
        avatar: null,
        premium_since: null,
      };
      send(conn, {
        op: 0,
        t: 'INTERACTION_CREATE',
        d: {
          id,
          application_id: applicationId,
          type: spec.autocomplete ? 4 : 2,
          token: interactionToken,
          version: 1,
          data: { id: snowflake(), name: spec.name, type: 1, options, guild_id: guildId },
          guild_id: guildId,
          channel_id: channelId,
          channel: { id: channelId, type: 0, guild_id: guildId, name: 'alerts', position: 0, permission_overwrites: [], nsfw: false, parent_id: null, flags: 0 },
          member,
          app_permissions: ALL_PERMISSIONS,
          locale: 'en-US',
          guild_locale: 'en-US',
          entitlements: [],
          authorizing_integration_owners: { '0': guildId },
          context: 0,
          attachment_size_limit: 10_485_760,
        },
      });
      return { id, token: interactionToken };
    },
    waitForRequest(predicate, timeoutMs = 10_000) {
      return waitUntil(() => requests.find(predicate), timeoutMs, 'a matching request');
    },
    async close() {
      for (const conn of connections) conn.socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
