// The few Block Kit shapes we post, typed loosely enough to build and strictly enough to check.
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
  verbatim?: boolean;
}
export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text?: Mrkdwn; fields?: Mrkdwn[] }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'divider' };

export interface SlackMessage {
  /** Plain fallback for notifications and clients without blocks (escaped like the rest). */
  text: string;
  blocks: SlackBlock[];
}

// verbatim: Slack does not turn bare names or URLs in it into links or mentions.
export const mrkdwn = (text: string): Mrkdwn => ({ type: 'mrkdwn', text, verbatim: true });
export const plain = (text: string): PlainText => ({ type: 'plain_text', text, emoji: false });
