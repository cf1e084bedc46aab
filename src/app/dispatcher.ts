// The outbox dispatcher: sends due deliveries to their sinks and records the outcome.
// Channels are served concurrently; within a channel, alerts go out in order.
import pLimit from 'p-limit';
import { buildAlert, type CountryNamer } from '../alerts/alert.ts';
import { DeliveryError, type Delivery, type IncidentRepo, type OutboxRepo, type Sink } from '../alerts/ports.ts';
import { backoffMs } from './backoff.ts';
import { describeError, type Logger } from './logger.ts';

export interface DeliveryReport {
  deliveryId: number;
  incidentId: number;
  channel: string;
  version: number;
  status: 'sent' | 'retry' | 'failed';
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
  signal?: AbortSignal;
}

/** "discord:123" -> ["discord", "123"]; "console" -> ["console", ""]. */
export function splitChannel(channel: string): [platform: string, target: string] {
  const colon = channel.indexOf(':');
  return colon === -1 ? [channel, ''] : [channel.slice(0, colon), channel.slice(colon + 1)];
}

async function deliverOne(deps: DispatcherDeps, delivery: Delivery): Promise<DeliveryReport> {
  const { outbox, log } = deps;
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
  const nowIso = () => deps.now().toISOString();
  if (!incident) {
    outbox.markFailed(delivery.id, 'incident no longer exists', nowIso());
    return { ...report, status: 'failed', error: 'incident no longer exists' };
  }
  try {
    if (!sink) {
      throw new DeliveryError(`no ${platform} sink is configured (set its token to deliver)`, { permanent: false });
    }
    const alert = buildAlert(incident, {
      isUpdate: delivery.sentVersion !== null || delivery.messageRef !== null,
      countryName: deps.countryName,
    });
    outbox.markInFlight(delivery.id, nowIso());
    const sent = await sink.send(target, alert, { previousMessageRef: delivery.messageRef, nonce: delivery.nonce });
    outbox.markSent(delivery.id, incident.version, sent.messageRef, nowIso());
    return { ...report, version: incident.version, messageRef: sent.messageRef ?? delivery.messageRef };
  } catch (error) {
    const message = describeError(error);
    const permanent = error instanceof DeliveryError ? error.permanent : false;
    const attempts = delivery.attempts + 1;
    if (permanent || attempts >= deps.maxAttempts) {
      const reason = permanent ? message : `gave up after ${attempts} attempts: ${message}`;
      outbox.markFailed(delivery.id, reason, nowIso());
      log.error({ channel: delivery.channel, incident: delivery.incidentId, err: reason }, 'delivery failed');
      return { ...report, status: 'failed', error: reason };
    }
    const retryAfter = error instanceof DeliveryError ? error.retryAfterMs : null;
    const wait = retryAfter ?? backoffMs(attempts, { baseMs: deps.retryBaseMs ?? 30_000, maxMs: 3_600_000 });
    outbox.reschedule(delivery.id, message, new Date(deps.now().getTime() + wait).toISOString(), nowIso());
    log.warn({ channel: delivery.channel, incident: delivery.incidentId, err: message, retryInMs: wait }, 'delivery will be retried');
    return { ...report, status: 'retry', error: message };
  }
}

/** Sends every delivery due now, once. */
export async function deliverPending(deps: DispatcherDeps): Promise<DeliveryReport[]> {
  const due = deps.outbox.due(deps.now().toISOString(), deps.batchSize ?? 500);
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
          reports.push(report);
          // A channel waiting to retry holds back its later alerts, keeping their order.
          if (report.status === 'retry') break;
        }
        return reports;
      }),
    ),
  );
  return perChannel.flat().sort((a, b) => a.deliveryId - b.deliveryId);
}
