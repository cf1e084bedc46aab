// The console sink: prints each alert readably, the default while no chat tokens are set.
import type { Sink } from '../../alerts/ports.ts';
import { renderAlertText } from './render-text.ts';

export function createConsoleSink(write: (text: string) => void = (t) => process.stdout.write(t)): Sink {
  return {
    async send(_target, alert) {
      write(`${renderAlertText(alert)}\n\n`);
      return { messageRef: null };
    },
  };
}
