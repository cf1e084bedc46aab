// The generic webhook sink: a JSON POST per alert (created or updated) to the channel's URL.
import { DeliveryError, type Sink } from '../../alerts/ports.ts';
import { renderAlertText } from '../console/render-text.ts';

export interface WebhookSinkOptions {
  timeoutMs?: number;
  userAgent?: string;
}

function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header.trim());
  if (header.trim() !== '' && Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

export function createWebhookSink(options: WebhookSinkOptions = {}): Sink {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    async send(url, alert, context) {
      const body = JSON.stringify({
        type: alert.isUpdate ? 'incident.updated' : 'incident.created',
        incidentId: alert.incidentId,
        version: alert.version,
        alert,
        text: renderAlertText(alert),
      });
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': options.userAgent ?? 'embassy-watch/0.1',
            // Lets the receiver drop a retry of a POST it already took (crash between send and record).
            // Only the nonce varies: it is fixed per (delivery, version) and survives restarts.
            'idempotency-key': `embassy-watch-${alert.incidentId}-${context.nonce}`,
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.arrayBuffer().catch(() => undefined);
      } catch (cause) {
        const timedOut = (cause as Error).name === 'TimeoutError';
        const what = timedOut ? `webhook timed out after ${timeoutMs} ms` : `webhook unreachable: ${(cause as Error).message}`;
        throw new DeliveryError(what, { permanent: false, cause });
      }
      if (response.ok) return { messageRef: null };
      const status = response.status;
      // 408 and 425 say "try again"; 429 and 5xx are the receiver's load or fault: all transient.
      if (status === 429 || status === 408 || status === 425 || status >= 500) {
        throw new DeliveryError(`webhook answered ${status}`, {
          permanent: false,
          retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
        });
      }
      // Anything else (404 gone, 401/403 refused, 400, a 3xx we do not follow) will not improve by retrying.
      throw new DeliveryError(`webhook refused the alert with ${status}`, { permanent: true });
    },
  };
}
