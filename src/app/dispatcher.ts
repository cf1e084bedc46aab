// The outbox dispatcher: sends due deliveries to their sinks and records the outcome.
// Channels are served concurrently; within a channel, alerts go out in order. Deliveries to a
// platform with no sink (its token unset) are held, neither attempted nor counted, until it has one.
import pLimit from 'p-limit';
import { buildAlert, type CountryNamer } from '../alerts/alert.ts';
import { DeliveryError, type Delivery, type IncidentRepo, type OutboxRepo, type Sink } from '../alerts/ports.ts';
import type { Incident } from '../alerts/types.ts';
import { backoffMs } from './backoff.ts';
import { describeError, type Logger } from './logger.ts';

export interface DeliveryReport {
  deliveryId: number;
  incidentId: number;
  channel: string;
  version: number;
  /** `waiting`: held until the platform's credentials are set; no attempt was made or counted. */
  status: 'sent' | 'retry' | 'failed' | 'waiting';
  messageRef: string | null;
  error: string | null;
}

export interface DispatcherDeps {
  outbox: OutboxRepo;
  incidents: IncidentRepo;
  /** Sinks by platform: "console", "webhook", "discord", "slack". */
  sinks: Partial<Record<string, Sink>>;
  countryName: CountryNamer;
  now: () => Date;
  log: Logger;
  concurrency: number;
  maxAttempts: number;
  batchSize?: number;
  retryBaseMs?: number;
  /** For tests of the jitter; Math.random by default. */
  random?: () => number;
  signal?: AbortSignal;
  /**
   * Platforms already logged as waiting for credentials, so a long-running monitor says so once,
   * not at every pass; one set per process (the app's).
   */
  waitingLogged?: Set<string>;
}

/** "discord:123" -> ["discord", "123"]; "console" -> ["console", ""]. */
export function splitChannel(channel: string): [platform: string, target: string] {
  const colon = channel.indexOf(':');
  return colon === -1 ? [channel, ''] : [channel.slice(0, colon), channel.slice(colon + 1)];
}

const MAX_RETRY_MS = 3_600_000;

/** How long to wait before the next attempt: the platform's Retry-After when it gave one, else back-off. */
export function retryDelayMs(attempts: number, retryAfterMs: number | null, baseMs: number, random: () => number = Math.random): number {
  // A little jitter on top of Retry-After too, so channels limited together do not return together.
  if (retryAfterMs !== null) return Math.min(MAX_RETRY_MS, Math.round(retryAfterMs + Math.min(1000, retryAfterMs * 0.1) * random()));
  return backoffMs(attempts, { baseMs, maxMs: MAX_RETRY_MS, random });
}

/**
 * One send of a claimed delivery. A send left unconfirmed by a crash or a lost response is repeated
 * first with its own version and nonce (the platform can recognise the repeat: Idempotency-Key,
 * Discord's enforce_nonce, the chat sinks' history lookup from its first attempt on), even if a
 * newer version was queued meanwhile; the newer version follows.
 */
async function sendOnce(
  deps: DispatcherDeps,
  delivery: Delivery,
  incident: Incident,
  sink: Sink,
  target: string,
  unconfirmed: boolean,
): Promise<{ version: number; messageRef: string | null }> {
  const settling = delivery.inFlightNonce !== null && delivery.inFlightNonce !== delivery.nonce;
  const version = settling ? (delivery.inFlightVersion ?? delivery.version) : delivery.version;
  const nonce = settling ? delivery.inFlightNonce! : delivery.nonce;
  const alert = buildAlert(incident, {
    isUpdate: delivery.sentVersion !== null || delivery.messageRef !== null,
    countryName: deps.countryName,
  });
  // The alert carries the version its nonce belongs to, so a repeat is the same (version, key) pair.
  const sent = await sink.send(target, { ...alert, version }, {
    previousMessageRef: delivery.messageRef,
    nonce,
    ...(unconfirmed ? { unconfirmed: true, ...(delivery.inFlightFirstAt ? { firstAttemptAt: delivery.inFlightFirstAt } : {}) } : {}),
  });
  return { version, messageRef: sent.messageRef };
}

/** Sends one delivery; null when it could not be claimed (another sender holds it). */
async function deliverOne(deps: DispatcherDeps, first: Delivery): Promise<DeliveryReport | null> {
  const { outbox, log } = deps;
  const nowIso = () => deps.now().toISOString();
  let delivery = first;
  const report: DeliveryReport = {
    deliveryId: delivery.id,
    incidentId: delivery.incidentId,
    channel: delivery.channel,
    version: delivery.version,
    status: 'sent',
    messageRef: delivery.messageRef,
    error: null,
  };
  const [platform, target] = splitChannel(delivery.channel);
  const sink = deps.sinks[platform];
  const incident = deps.incidents.get(delivery.incidentId);
  if (!incident) {
    outbox.markFailed(delivery.id, 'incident no longer exists', nowIso());
    return { ...report, status: 'failed', error: 'incident no longer exists' };
  }
  // At most two sends: settling an unconfirmed earlier version, then the current one.
  for (let step = 0; step < 2; step++) {
    try {
      if (!sink) {
        throw new DeliveryError(`no ${platform} sink is configured (set its token to deliver)`, { permanent: false });
      }
      // An in-flight nonce left by an earlier attempt (a crash, a lost response) means that send may
      // have arrived: read before the claim, which always sets one.
      const unconfirmed = (outbox.get(delivery.id) ?? delivery).inFlightNonce !== null;
      if (!outbox.markInFlight(delivery.id, nowIso())) return step === 0 ? null : report;
      // The row as claimed: `due` was read before earlier sends of this run, and may be stale.
      delivery = outbox.get(delivery.id) ?? delivery;
      const sent = await sendOnce(deps, delivery, incident, sink, target, unconfirmed);
      outbox.markSent(delivery.id, sent.version, sent.messageRef, nowIso());
      Object.assign(report, { status: 'sent', version: sent.version, messageRef: sent.messageRef ?? delivery.messageRef });
      const after = outbox.get(delivery.id);
      if (!after || after.status !== 'pending' || deps.signal?.aborted) return report;
      delivery = after;
    } catch (error) {
      const message = describeError(error);
      const permanent = error instanceof DeliveryError ? error.permanent : false;
      const attempts = outbox.get(delivery.id)?.attempts ?? delivery.attempts + 1;
      if (permanent || attempts >= deps.maxAttempts) {
        const reason = permanent ? message : `gave up after ${attempts} attempts: ${message}`;
        outbox.markFailed(delivery.id, reason, nowIso());
        log.error({ channel: delivery.channel, incident: delivery.incidentId, err: reason }, 'delivery failed');
        return { ...report, status: 'failed', error: reason };
      }
      const retryAfter = error instanceof DeliveryError ? error.retryAfterMs : null;
      const wait = retryDelayMs(attempts, retryAfter, deps.retryBaseMs ?? 30_000, deps.random);
      outbox.reschedule(delivery.id, message, new Date(deps.now().getTime() + wait).toISOString(), nowIso());
      log.warn({ channel: delivery.channel, incident: delivery.incidentId, err: message, retryInMs: wait }, 'delivery will be retried');
      return { ...report, status: 'retry', error: message };
    }
  }
  return report;
}

/** Sends every delivery due now, once. */
export async function deliverPending(deps: DispatcherDeps): Promise<DeliveryReport[]> {
  const nowIso = deps.now().toISOString();
  const ready = Object.keys(deps.sinks).filter((platform) => deps.sinks[platform] !== undefined);
  // Held deliveries are reported, not attempted: they keep their attempts and their place in line.
  const waiting = deps.outbox.due(nowIso, deps.batchSize ?? 500, { exclude: ready }).map(
    (d): DeliveryReport => ({
      deliveryId: d.id,
      incidentId: d.incidentId,
      channel: d.channel,
      version: d.version,
      status: 'waiting',
      messageRef: d.messageRef,
      error: `waiting for ${splitChannel(d.channel)[0]} credentials`,
    }),
  );
  const platformsWaiting = new Map<string, number>();
  for (const r of waiting) {
    const platform = splitChannel(r.channel)[0];
    platformsWaiting.set(platform, (platformsWaiting.get(platform) ?? 0) + 1);
  }
  for (const [platform, deliveries] of platformsWaiting) {
    if (deps.waitingLogged?.has(platform)) continue;
    deps.waitingLogged?.add(platform);
    deps.log.warn({ platform, deliveries }, `alerts waiting for ${platform} credentials: set its token to deliver them`);
  }
  const due = deps.outbox.due(nowIso, deps.batchSize ?? 500, { include: ready });
  const byChannel = new Map<string, Delivery[]>();
  for (const d of due) byChannel.set(d.channel, [...(byChannel.get(d.channel) ?? []), d]);
  const limit = pLimit(deps.concurrency);
  const perChannel = await Promise.all(
    [...byChannel.values()].map((queue) =>
      limit(async () => {
        const reports: DeliveryReport[] = [];
        for (const delivery of queue) {
          if (deps.signal?.aborted) break;
          const report = await deliverOne(deps, delivery);
          // Held by another sender: its later alerts wait too, to keep their order.
          if (!report) break;
          reports.push(report);
          // A channel waiting to retry holds back its later alerts, keeping their order.
          if (report.status === 'retry') break;
        }
        return reports;
      }),
    ),
  );
  return [...perChannel.flat(), ...waiting].sort((a, b) => a.deliveryId - b.deliveryId);
}
