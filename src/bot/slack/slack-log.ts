// Adapts our pino logger to the @slack/logger interface that Bolt and the WebClient expect.
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import { redactSecrets, type Logger } from '../../app/logger.ts';

const PINO_TO_SLACK: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
};

function message(args: unknown[]): string {
  // The SDKs redact tokens themselves; this catches any that slip into an error text.
  return redactSecrets(args.map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
}

export function slackLogger(log: Logger, name = 'slack-sdk'): SlackLogger {
  let level: LogLevel = PINO_TO_SLACK[log.level] ?? LogLevel.INFO;
  const child = log.child({ component: name });
  return {
    debug: (...args: unknown[]) => child.debug(message(args)),
    info: (...args: unknown[]) => child.info(message(args)),
    warn: (...args: unknown[]) => child.warn(message(args)),
    error: (...args: unknown[]) => child.error(message(args)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
