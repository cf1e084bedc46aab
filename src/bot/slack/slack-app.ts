// The Bolt app that serves the slash commands: the HTTP receiver (signature verification on)
// or Socket Mode when an app token is set. It acknowledges first, then answers via response_url.
import { App, HTTPReceiver, SocketModeReceiver, webApi, type Logger as SlackLogger } from '@slack/bolt';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeError, type Logger } from '../../app/logger.ts';
import type { CommandContext } from '../commands.ts';
import type { SlackConfig } from './config.ts';
import { handleSlashCommand, SLASH_COMMANDS } from './slash-commands.ts';
import { slackLogger } from './slack-log.ts';

export interface SlackBot {
  /** The HTTP receiver's address once started (null in Socket Mode). */
  address: AddressInfo | null;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface SlackBotOptions {
  config: SlackConfig;
  commands: CommandContext;
  log: Logger;
}

/** Web API client settings shared by the sink and the Bolt app. */
export function webClientOptions(config: SlackConfig, logger: SlackLogger): webApi.WebClientOptions {
  return {
    slackApiUrl: config.apiUrl,
    logger,
    timeout: 15_000,
    // Network errors get two quick retries; longer waits are the outbox's business.
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2_000 },
  };
}

export function createSlackBot(options: SlackBotOptions): SlackBot {
  const { config, commands, log } = options;
  const logger = slackLogger(log, 'bolt');
  const clientOptions = webClientOptions(config, logger);
  let app: App;
  if (config.appToken) {
    app = new App({
      token: config.botToken,
      socketMode: true,
      logger,
      clientOptions,
      receiver: new SocketModeReceiver({
        appToken: config.appToken,
        logger,
        // apps.connections.open goes to SLACK_API_URL too.
        installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
      }),
    });
  } else {
    if (!config.signingSecret) throw new Error('SLACK_SIGNING_SECRET is required for the HTTP receiver');
    const receiver = new HTTPReceiver({
      signingSecret: config.signingSecret,
      signatureVerification: true,
      processBeforeResponse: false,
      endpoints: ['/slack/events', '/slack/commands'],
      logger,
      customRoutes: [
        {
          path: '/healthz',
          method: ['GET'],
          handler: (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/plain' });
            res.end('ok');
          },
        },
      ],
    });
    app = new App({ token: config.botToken, receiver, logger, clientOptions });
  }

  for (const name of SLASH_COMMANDS) {
    app.command(`/${name}`, async ({ ack, command, respond, client }) => {
      // Slack waits 3 seconds for this; the answer follows through response_url.
      await ack();
      const reply = await handleSlashCommand(
        { commands, client, log },
        { command: command.command, text: command.text ?? '', userId: command.user_id, channelId: command.channel_id },
      );
      try {
        await respond({ ...reply, replace_original: false });
      } catch (error) {
        log.warn({ command: command.command, err: describeError(error) }, 'could not answer the Slack command');
      }
    });
  }
  app.error(async (error) => {
    log.error({ err: describeError(error) }, 'Slack app error');
  });

  const bot: SlackBot = {
    address: null,
    async start() {
      if (config.appToken) {
        await app.start();
        log.info('Slack: Socket Mode connected');
        return;
      }
      const server = (await app.start({ port: config.port, ...(config.host ? { host: config.host } : {}) })) as Server;
      bot.address = server.address() as AddressInfo;
      log.info({ port: bot.address.port, host: bot.address.address }, 'Slack: HTTP receiver listening on /slack/events');
    },
    async stop() {
      await app.stop();
    },
  };
  return bot;
}
