// Platform-specific CLI commands (e.g. `discord:register`), kept beside the platforms they serve.
import type { Command } from 'commander';

export function registerPlatformCommands(_program: Command, _globals: () => { config?: string; db?: string }): void {}
