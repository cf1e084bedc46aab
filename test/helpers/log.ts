// A real pino logger that keeps what it logs, for tests that assert on warnings.
import pino from 'pino';
import type { Logger } from '../../src/app/logger.ts';

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export function recordingLogger(): { log: Logger; lines: LogLine[]; warnings: () => string[] } {
  const lines: LogLine[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { log, lines, warnings: () => lines.filter((l) => l.level === 40).map((l) => l.msg) };
}
