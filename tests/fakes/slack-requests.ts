/**
 * Requests built exactly as Slack builds them: slash commands as form fields, events as JSON,
 * interactivity as a `payload=` form field, each signed with v0 HMAC-SHA256 of `v0:{ts}:{body}`.
 */
import { createHmac } from 'node:crypto';

export type Body = { contentType: 'application/x-www-form-urlencoded' | 'application/json'; raw: string };

export function slashCommand(fields: {
  text: string;
  response_url: string;
  user_id?: string;
  channel_id?: string;
  team_id?: string;
  command?: string;
  trigger_id?: string;
}): Body {
  const form = new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: fields.team_id ?? 'T0000001',
    team_domain: 'fake',
    channel_id: fields.channel_id ?? 'C0000001',
    channel_name: 'trade-desk',
    user_id: fields.user_id ?? 'U0000001',
    user_name: 'reporter',
    command: fields.command ?? '/tariffs',
    text: fields.text,
    api_app_id: 'A0000001',
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: fields.trigger_id ?? '1.2.3',
  });
  return { contentType: 'application/x-www-form-urlencoded', raw: form.toString() };
}

/** The `payload` object of a slash command as Socket Mode delivers it. */
export function slashCommandPayload(fields: Parameters<typeof slashCommand>[0]): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(slashCommand(fields).raw));
}

export function eventCallback(event: Record<string, unknown>, teamId = 'T0000001'): Body {
  return {
    contentType: 'application/json',
    raw: JSON.stringify(eventCallbackPayload(event, teamId)),
  };
}

export function eventCallbackPayload(
  event: Record<string, unknown>,
  teamId = 'T0000001',
): Record<string, unknown> {
  return {
    token: 'deprecated-verification-token',
    team_id: teamId,
    api_app_id: 'A0000001',
    event,
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'UBOT0001', is_bot: true, is_enterprise_install: false }],
  };
}

export function blockAction(fields: {
  actionId: string;
  value: string;
  response_url: string;
  user_id?: string;
  channel_id?: string;
}): Body {
  const payload = {
    type: 'block_actions',
    user: { id: fields.user_id ?? 'U0000001', username: 'reporter', team_id: 'T0000001' },
    api_app_id: 'A0000001',
    token: 'deprecated-verification-token',
    container: {
      type: 'message',
      message_ts: '1749340800.000001',
      channel_id: fields.channel_id ?? 'C0000001',
    },
    trigger_id: '1.2.3',
    team: { id: 'T0000001', domain: 'fake' },
    channel: { id: fields.channel_id ?? 'C0000001', name: 'trade-desk' },
    response_url: fields.response_url,
    actions: [
      {
        type: 'button',
        action_id: fields.actionId,
        block_id: 'tariffs_pager',
        text: { type: 'plain_text', text: 'More', emoji: true },
        value: fields.value,
        action_ts: '1749340801.000001',
      },
    ],
  };
  return {
    contentType: 'application/x-www-form-urlencoded',
    raw: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
  };
}

/**
 * A button clicked in an App Home tab, as Slack sends it: the container is the view (no channel,
 * no response_url) and the view comes along with its private_metadata.
 */
export function homeBlockAction(fields: {
  actionId: string;
  value: string;
  user_id?: string;
  privateMetadata?: string;
  blockId?: string;
}): Body {
  const userId = fields.user_id ?? 'U0000001';
  const payload = {
    type: 'block_actions',
    user: { id: userId, username: 'reporter', name: 'reporter', team_id: 'T0000001' },
    api_app_id: 'A0000001',
    token: 'deprecated-verification-token',
    container: { type: 'view', view_id: 'V00000001' },
    trigger_id: '1.2.3',
    team: { id: 'T0000001', domain: 'fake' },
    enterprise: null,
    is_enterprise_install: false,
    view: {
      id: 'V00000001',
      team_id: 'T0000001',
      type: 'home',
      blocks: [],
      private_metadata: fields.privateMetadata ?? '',
      callback_id: 'tariffs_home',
      state: { values: {} },
      hash: '1749340800.abcdef12',
      root_view_id: 'V00000001',
      app_id: 'A0000001',
      external_id: '',
      app_installed_team_id: 'T0000001',
      bot_id: 'BBOT0001',
    },
    actions: [
      {
        type: 'button',
        action_id: fields.actionId,
        block_id: fields.blockId ?? 'tariffs_home_views',
        text: { type: 'plain_text', text: fields.value, emoji: true },
        value: fields.value,
        action_ts: '1749340801.000001',
      },
    ],
  };
  return {
    contentType: 'application/x-www-form-urlencoded',
    raw: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
  };
}

export function sign(secret: string, raw: string, timestamp: number): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${raw}`).digest('hex')}`;
}

export interface PostOptions {
  secret: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature (forgeries). */
  signature?: string;
  /** Re-send exactly these headers (replays). */
  headers?: Record<string, string>;
}

export interface Posted {
  status: number;
  text: string;
  ms: number;
  headers: Record<string, string>;
}

/** POSTs a body to the bot the way Slack does; returns the status, body and how long the ack took. */
export async function postToBot(url: string, body: Body, opts: PostOptions): Promise<Posted> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers = opts.headers ?? {
    'content-type': body.contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': opts.signature ?? sign(opts.secret, body.raw, timestamp),
  };
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body: body.raw });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started, headers };
}
