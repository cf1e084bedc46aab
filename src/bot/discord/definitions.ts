// The slash commands as Discord sees them, and their registration (global or per guild) over REST.
import {
  InteractionContextType,
  PermissionFlagsBits,
  Routes,
  SlashCommandBuilder,
  type REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

type OptionHolder = Pick<SlashCommandBuilder, 'addStringOption'>;

function targetOptions<T extends OptionHolder>(builder: T, verb: string): T {
  builder.addStringOption((o) => o.setName('city').setDescription(`${verb} a city`).setMaxLength(100).setAutocomplete(true));
  builder.addStringOption((o) =>
    o.setName('country').setDescription(`${verb} a country: attacks there or on its missions`).setMaxLength(100).setAutocomplete(true),
  );
  builder.addStringOption((o) => o.setName('group').setDescription(`${verb} a group claimed or blamed`).setMaxLength(100).setAutocomplete(true));
  return builder;
}

export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const manageChannels = PermissionFlagsBits.ManageChannels;
  const subscribe = targetOptions(
    new SlashCommandBuilder()
      .setName('subscribe')
      .setDescription('Send this channel the alerts for a city, country or group')
      .setDefaultMemberPermissions(manageChannels)
      .setContexts(InteractionContextType.Guild),
    'Alerts for',
  );
  const unsubscribe = targetOptions(
    new SlashCommandBuilder()
      .setName('unsubscribe')
      .setDescription('Stop sending this channel the alerts for a city, country or group')
      .setDefaultMemberPermissions(manageChannels)
      .setContexts(InteractionContextType.Guild),
    'No more alerts for',
  );
  const subscriptions = new SlashCommandBuilder()
    .setName('subscriptions')
    .setDescription("List this channel's subscriptions")
    .setContexts(InteractionContextType.Guild);
  const incidents = new SlashCommandBuilder()
    .setName('incidents')
    .setDescription('Recent attacks on embassies and consulates, newest first')
    .addStringOption((o) => o.setName('city').setDescription('Only this city').setMaxLength(100).setAutocomplete(true))
    .addIntegerOption((o) => o.setName('days').setDescription('Only the last N days (default 30)').setMinValue(1).setMaxValue(36500))
    .addStringOption((o) =>
      o.setName('country').setDescription('Host or targeted country (name or two-letter code)').setMaxLength(100).setAutocomplete(true),
    )
    .addStringOption((o) => o.setName('group').setDescription('Group claimed or blamed').setMaxLength(100).setAutocomplete(true));
  const incident = new SlashCommandBuilder()
    .setName('incident')
    .setDescription('One incident in full: facts, every source with its figures, the evidence')
    .addIntegerOption((o) => o.setName('id').setDescription('Incident number, as in /incidents').setRequired(true).setMinValue(1));
  return [subscribe, unsubscribe, subscriptions, incidents, incident].map((c) => c.toJSON());
}

/** Replaces the application's commands (bulk overwrite): globally, or in one guild for instant testing. */
export async function registerCommands(
  rest: REST,
  applicationId: string,
  guildId?: string,
): Promise<{ name: string; id: string }[]> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const result = (await rest.put(route, { body: commandDefinitions() })) as { name: string; id: string }[];
  return result.map((c) => ({ name: c.name, id: c.id }));
}
