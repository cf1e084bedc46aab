// Platform-specific CLI commands (e.g. `discord:register`), kept beside the platforms they serve.
import type { Command } from 'commander';
import { registerDiscordCommands } from './discord/index.ts';

export function registerPlatformCommands(program: Command, globals: () => { config?: string; db?: string }): void {
  registerDiscordCommands(program, globals);
}
