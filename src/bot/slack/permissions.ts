// Who may change a channel's subscriptions: workspace admins and owners, the channel's creator,
// and anyone in their own direct message with the bot. Slack has no per-channel "manage"
// permission in its API, so these are the checks that can be made with users:read and
// channels:read / groups:read / im:read.
import type { webApi } from '@slack/bolt';

type WebClient = InstanceType<typeof webApi.WebClient>;

export type PermissionResult =
  | { allowed: true; as: 'admin' | 'owner' | 'creator' | 'direct message' }
  /** `missing` names the permission the user lacks, for the reply. */
  | { allowed: false; missing: string };

function slackError(error: unknown): string {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === 'string' ? data.error : error instanceof Error ? error.message : 'unknown error';
}

export async function canManageChannel(client: WebClient, userId: string, channelId: string): Promise<PermissionResult> {
  // Without users:read (or on a Slack hiccup) the creator check below still applies.
  const user = await client.users.info({ user: userId }).then(
    (r) => r.user,
    () => undefined,
  );
  if (user?.is_primary_owner || user?.is_owner) return { allowed: true, as: 'owner' };
  if (user?.is_admin) return { allowed: true, as: 'admin' };
  if (user?.is_restricted || user?.is_ultra_restricted) {
    return { allowed: false, missing: 'guests cannot change subscriptions: it takes a workspace admin or owner, or the channel creator' };
  }
  let channel;
  try {
    ({ channel } = await client.conversations.info({ channel: channelId }));
  } catch (error) {
    // A private channel the bot is not in reads as channel_not_found.
    return {
      allowed: false,
      missing: `I cannot see this channel (${slackError(error)}), so only workspace admins and owners can change its subscriptions; invite me with \`/invite @Embassy Watch\` first`,
    };
  }
  if (channel?.is_im) return { allowed: true, as: 'direct message' };
  if (channel?.creator && channel.creator === userId) return { allowed: true, as: 'creator' };
  return {
    allowed: false,
    missing: "changing this channel's subscriptions takes a workspace admin or owner, or the person who created the channel",
  };
}

/** False when the bot is known not to be in the channel (it could not post alerts there). */
export async function botIsMember(client: WebClient, channelId: string): Promise<boolean | null> {
  try {
    const { channel } = await client.conversations.info({ channel: channelId });
    if (channel?.is_im) return true;
    return typeof channel?.is_member === 'boolean' ? channel.is_member : null;
  } catch {
    return null;
  }
}
