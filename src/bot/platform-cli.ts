// Platform-specific CLI commands (e.g. `discord:register`), kept beside the platforms they serve.
// They pull in their SDK (discord.js), so they are registered only when the command line may name
// one of them: not for the core commands, which would otherwise pay half a second to load it.
import type { Command } from 'commander';

/** The command the arguments name (after global options and their values), or null. */
export function commandNamed(program: Command, argv: string[]): string | null {
  const takesValue = new Set(program.options.filter((o) => o.required || o.optional).flatMap((o) => [o.long, o.short].filter(Boolean)));
  const args = argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return args[i + 1] ?? null;
    if (arg.startsWith('-')) {
      if (takesValue.has(arg)) i++;
      continue;
    }
    return arg;
  }
  return null;
}

export async function registerPlatformCommands(
  program: Command,
  globals: () => { config?: string; db?: string },
  argv: string[] = process.argv,
): Promise<void> {
  const named = commandNamed(program, argv);
  // A core command: nothing to add. Anything else (a platform command, help, a typo) gets them all.
  if (named !== null && program.commands.some((c) => c.name() === named || c.aliases().includes(named))) return;
  const { registerDiscordCommands } = await import('./discord/cli.ts');
  registerDiscordCommands(program, globals);
}
