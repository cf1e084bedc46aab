// The Slack side of the slash commands: parse the text, check who may change subscriptions,
// call the shared command layer, render Block Kit. Bolt wiring lives in slack-app.ts.
import type { webApi } from '@slack/bolt';
import { describeError, type Logger } from '../../app/logger.ts';
import {
  CommandError,
  listIncidents,
  listSubscriptions,
  showIncident,
  subscribe,
  unsubscribe,
  type CommandContext,
  type SubscriptionChange,
} from '../commands.ts';
import type { SlackMessage } from './blocks.ts';
import { escapeSlack } from './escape.ts';
import { parseIncidentId, parseIncidentsText, parseSubscriptionText, USAGE, UsageError, type SlashCommandName } from './parse-command.ts';
import { botIsMember, canManageChannel } from './permissions.ts';
import {
  renderIncidentDetail,
  renderIncidentList,
  renderNotice,
  renderSubscriptionChange,
  renderSubscriptions,
} from './render-commands.ts';

type WebClient = InstanceType<typeof webApi.WebClient>;

export const SLASH_COMMANDS: readonly SlashCommandName[] = ['incidents', 'incident', 'subscribe', 'unsubscribe', 'subscriptions'];

export interface SlashInvocation {
  command: string;
  text: string;
  userId: string;
  channelId: string;
}

export interface SlashReply extends SlackMessage {
  response_type: 'ephemeral' | 'in_channel';
}

export interface SlashDeps {
  commands: CommandContext;
  client: WebClient;
  log: Logger;
}

const ephemeral = (m: SlackMessage): SlashReply => ({ response_type: 'ephemeral', ...m });

function usageReply(name: SlashCommandName, problem: string): SlashReply {
  // Error texts quote what the user typed: escape it like feed text.
  return ephemeral(renderNotice(`${problem ? `${escapeSlack(problem)}\n` : ''}${USAGE[name]}`));
}

async function changeSubscriptions(deps: SlashDeps, name: 'subscribe' | 'unsubscribe', inv: SlashInvocation): Promise<SlashReply> {
  const { commands, client } = deps;
  const parsed = parseSubscriptionText(inv.text, commands.gazetteer, name);
  const permission = await canManageChannel(client, inv.userId, inv.channelId);
  if (!permission.allowed) return ephemeral(renderNotice(`You can't change this channel's subscriptions: ${permission.missing}.`));

  const channel = `slack:${inv.channelId}`;
  let change: SubscriptionChange;
  if (parsed === 'all') {
    change = { channel, changed: [], unchanged: [] };
    for (const s of listSubscriptions(commands, channel)) {
      const input = { [s.kind]: s.value };
      const one = unsubscribe(commands, channel, input);
      change.changed.push(...one.changed);
      change.unchanged.push(...one.unchanged);
    }
    if (change.changed.length === 0) return ephemeral(renderNotice('This channel has no subscriptions.'));
  } else {
    change = name === 'subscribe' ? subscribe(commands, channel, parsed) : unsubscribe(commands, channel, parsed);
  }
  const reply = renderSubscriptionChange(change, commands.gazetteer, name === 'subscribe' ? 'subscribed' : 'unsubscribed', inv.userId);
  if (name === 'subscribe' && change.changed.length > 0 && (await botIsMember(client, inv.channelId)) === false) {
    const note = '\n_I am not in this channel yet: invite me with `/invite @Embassy Watch` so the alerts can be posted._';
    reply.text += note;
    const first = reply.blocks[0];
    if (first?.type === 'section' && first.text) first.text.text += note;
  }
  // The channel sees who changed what it receives; "nothing changed" stays private.
  return { response_type: change.changed.length > 0 ? 'in_channel' : 'ephemeral', ...reply };
}

/** Answers one slash command; never throws (problems become a short ephemeral reply). */
export async function handleSlashCommand(deps: SlashDeps, inv: SlashInvocation): Promise<SlashReply> {
  const name = inv.command.replace(/^\//, '') as SlashCommandName;
  if (!SLASH_COMMANDS.includes(name)) return ephemeral(renderNotice(`Unknown command ${escapeSlack(inv.command.slice(0, 40))}.`));
  const { commands } = deps;
  try {
    switch (name) {
      case 'incidents':
        return ephemeral(renderIncidentList(listIncidents(commands, parseIncidentsText(inv.text, commands.gazetteer)), commands.gazetteer));
      case 'incident':
        return ephemeral(renderIncidentDetail(showIncident(commands, parseIncidentId(inv.text)), commands.gazetteer));
      case 'subscriptions':
        if (inv.text.trim() && inv.text.trim().toLowerCase() !== 'list') return usageReply(name, '`/subscriptions` takes no arguments');
        return ephemeral(renderSubscriptions(listSubscriptions(commands, `slack:${inv.channelId}`), commands.gazetteer));
      case 'subscribe':
      case 'unsubscribe':
        return await changeSubscriptions(deps, name, inv);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof CommandError) return usageReply(name, error.message);
    deps.log.error({ command: inv.command, err: describeError(error) }, 'Slack command failed');
    return ephemeral(renderNotice('Something went wrong on our side; it has been logged. Please try again.'));
  }
}
