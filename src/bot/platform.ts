// A chat platform as `run` and `deliver` see it: a sink for the outbox, and an optional
// long-lived client (gateway, socket) that serves the slash commands.
import type { Sink } from '../alerts/ports.ts';
import type { CommandContext } from './commands.ts';
import type { Logger } from '../app/logger.ts';

export interface PlatformServices {
  commands: CommandContext;
  log: Logger;
}

export interface Platform {
  /** The channel prefix it serves: "discord", "slack". */
  name: string;
  /** Posts and edits alerts through the platform's REST/Web API alone (no gateway needed). */
  sink: Sink;
  /** Starts serving slash commands; resolves once ready. */
  start(services: PlatformServices): Promise<void>;
  stop(): Promise<void>;
}
