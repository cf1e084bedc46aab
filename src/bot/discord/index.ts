// The Discord platform's public surface for the wiring in src/bot/platforms.ts and platform-cli.ts.
export { discordConfigFromEnv, type DiscordConfig } from './config.ts';
export { createDiscordPlatform, startGatewayClient } from './platform.ts';
export { createDiscordRest, createDiscordSink } from './sink.ts';
export { commandDefinitions, registerCommands } from './definitions.ts';
export { registerDiscordCommands, inviteUrl } from './cli.ts';
