// Slash-command interactions: validate, call the neutral command layer, answer with embeds.
// Discord wants an answer within 3 s: work that has not finished by `deferAfterMs` is deferred.
import {
  MessageFlags,
  PermissionFlagsBits,
  type APIEmbed,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import {
  CommandError,
  listIncidents,
  listSubscriptions,
  showIncident,
  subscribe,
  unsubscribe,
  type CommandContext,
  type SubscriptionInput,
} from '../commands.ts';
import { describeError, type Logger } from '../../app/logger.ts';
import { autocompleteChoices, type Suggester } from './autocomplete.ts';
import { loadKnowledge } from '../../knowledge/index.ts';
import {
  NO_MENTIONS,
  renderError,
  renderIncidentDetail,
  renderIncidentList,
  renderSubscriptionChange,
  renderSubscriptions,
} from './render.ts';

export interface InteractionDeps {
  commands: CommandContext;
  log: Logger;
  /** Defer when the answer is not ready after this long (default 1500 ms, well inside Discord's 3 s); 0 always defers. */
  deferAfterMs?: number;
  /** Autocomplete source; by default the knowledge base (loaded once per process and cached). */
  suggester?: Suggester | null;
}

function defaultSuggester(log: Logger): Suggester | null {
  try {
    return loadKnowledge();
  } catch (error) {
    log.warn({ err: describeError(error) }, 'knowledge base unavailable: autocomplete offers exact matches only');
    return null;
  }
}

interface Answer {
  embeds: APIEmbed[];
  ephemeral: boolean;
}

const SUBSCRIPTION_COMMANDS = new Set(['subscribe', 'unsubscribe']);

function channelOf(interaction: ChatInputCommandInteraction | AutocompleteInteraction): string | null {
  return interaction.channelId ? `discord:${interaction.channelId}` : null;
}

function targetInput(interaction: ChatInputCommandInteraction): SubscriptionInput {
  const input: Record<string, string> = {};
  for (const name of ['city', 'country', 'group'] as const) {
    const value = interaction.options.getString(name);
    if (value !== null) input[name] = value;
  }
  return input;
}

function run(deps: InteractionDeps, interaction: ChatInputCommandInteraction): Answer {
  const ctx = deps.commands;
  const countryName = (code: string) => ctx.gazetteer.countryName(code);
  const name = interaction.commandName;
  const channel = channelOf(interaction);
  if (SUBSCRIPTION_COMMANDS.has(name) || name === 'subscriptions') {
    if (!interaction.inGuild() || !channel) throw new CommandError('use this command in a server channel');
  }
  if (SUBSCRIPTION_COMMANDS.has(name)) {
    // default_member_permissions can be overridden by server admins; check what the member holds here.
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels)) {
      throw new CommandError('you need the Manage Channels permission to change what this channel is alerted to');
    }
  }
  switch (name) {
    case 'subscribe':
    case 'unsubscribe': {
      const change = (name === 'subscribe' ? subscribe : unsubscribe)(ctx, channel ?? '', targetInput(interaction));
      return { embeds: [renderSubscriptionChange(ctx.gazetteer, name, change)], ephemeral: true };
    }
    case 'subscriptions':
      return { embeds: [renderSubscriptions(ctx.gazetteer, listSubscriptions(ctx, channel ?? ''))], ephemeral: true };
    case 'incidents': {
      const input: Record<string, string | number> = {};
      for (const field of ['city', 'country', 'group'] as const) {
        const value = interaction.options.getString(field);
        if (value !== null) input[field] = value;
      }
      const days = interaction.options.getInteger('days');
      if (days !== null) input.days = days;
      const result = listIncidents(ctx, input);
      return { embeds: [renderIncidentList(result, countryName)], ephemeral: false };
    }
    case 'incident': {
      const incident = showIncident(ctx, interaction.options.getInteger('id', true));
      return { embeds: [renderIncidentDetail(incident, countryName)], ephemeral: false };
    }
    default:
      throw new CommandError(`unknown command /${name.slice(0, 32)}`);
  }
}

async function handleCommand(deps: InteractionDeps, interaction: ChatInputCommandInteraction): Promise<void> {
  const log = deps.log;
  const ephemeralByDefault = SUBSCRIPTION_COMMANDS.has(interaction.commandName) || interaction.commandName === 'subscriptions';
  const work: Promise<Answer> = Promise.resolve().then(() => run(deps, interaction));
  const failure = (error: unknown): Answer => {
    if (error instanceof CommandError) return { embeds: [renderError(error.message)], ephemeral: true };
    log.error({ command: interaction.commandName, err: describeError(error) }, 'command failed');
    return { embeds: [renderError('something went wrong on our side; try again in a moment')], ephemeral: true };
  };
  const settled = work.then((answer) => answer, failure);
  const deferAfter = deps.deferAfterMs ?? 1500;
  const slow = () =>
    new Promise<'slow'>((resolve) => {
      const timer = setTimeout(() => resolve('slow'), deferAfter);
      void settled.finally(() => clearTimeout(timer));
    });
  const first = deferAfter <= 0 ? 'slow' : await Promise.race([settled, slow()]);
  if (first !== 'slow') {
    await interaction.reply({
      embeds: first.embeds,
      allowedMentions: NO_MENTIONS,
      ...(first.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    });
    return;
  }
  // Slow: acknowledge now (ephemeral as the answer will be), then edit the deferred reply.
  await interaction.deferReply(ephemeralByDefault ? { flags: MessageFlags.Ephemeral } : {});
  const answer = await settled;
  await interaction.editReply({ embeds: answer.embeds, allowedMentions: NO_MENTIONS });
}

async function handleAutocomplete(deps: InteractionDeps, interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  let choices: ReturnType<typeof autocompleteChoices> = [];
  try {
    const suggester = deps.suggester === undefined ? defaultSuggester(deps.log) : deps.suggester;
    choices = autocompleteChoices(deps.commands, suggester, interaction.commandName, focused.name, String(focused.value), channelOf(interaction));
  } catch (error) {
    deps.log.warn({ command: interaction.commandName, err: describeError(error) }, 'autocomplete failed');
  }
  await interaction.respond(choices);
}

/** Routes one interaction; never throws (a failure is logged and, where possible, answered). */
export async function handleInteraction(deps: InteractionDeps, interaction: Interaction): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await handleCommand(deps, interaction);
    else if (interaction.isAutocomplete()) await handleAutocomplete(deps, interaction);
  } catch (error) {
    deps.log.error({ interaction: interaction.id, err: describeError(error) }, 'interaction failed');
  }
}
