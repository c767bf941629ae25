import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { Reply } from '../../core/reply';
import { renderEmbeds } from './embeds';
import { type PageKeys, pageButtons } from './pager';

/** No user text ever becomes a ping: set on the client and again on every message. */
export const NO_MENTIONS = { parse: [] as [], repliedUser: false };

export interface ReplyMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: typeof NO_MENTIONS;
}

/** A Reply as a Discord message body; page buttons only the asker may press. */
export function replyMessage(reply: Reply, askerId: string, keys: PageKeys): ReplyMessage {
  return {
    embeds: renderEmbeds(reply),
    components: pageButtons(reply, askerId, keys),
    allowedMentions: NO_MENTIONS,
  };
}
