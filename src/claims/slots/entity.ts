/** `{entity}`: an alias of a known entity, or a phrase that refers to the article's subject. */
import { rawText, type SlotContext, type SlotRead } from './context.js';

export function readEntity(ctx: SlotContext, i: number): SlotRead[] {
  return (ctx.mentionsAt.get(i) ?? []).map((m) => ({
    end: m.end,
    value: { type: 'entity' as const, entity: m.entity, raw: rawText(ctx.tokens, m.start, m.end) },
  }));
}
