/** `{entity}`: an alias of a known entity, or a phrase that refers to the article's subject. */
import { NO_READS, rawText, type SlotContext, type SlotRead } from './context.js';

export function readEntity(ctx: SlotContext, i: number): readonly SlotRead[] {
  const mentions = ctx.mentionsAt.get(i);
  if (!mentions) return NO_READS;
  return mentions.map((m) => ({
    end: m.end,
    value: { type: 'entity' as const, entity: m.entity, raw: rawText(ctx.tokens, m.start, m.end) },
  }));
}
