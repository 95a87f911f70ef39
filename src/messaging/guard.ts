import * as v from 'valibot';
import { protocol, type Message, type MessageType, type Origin } from './protocol';

/** The parts of a runtime.MessageSender that decide trust. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type Checked = { ok: true; message: Message; origin: Origin; tabId: number | null } | { ok: false; error: string };

/**
 * Decides whether a message is one the background should act on: it comes from this extension
 * (never a web page or another extension), from the kind of context its type allows, and its payload
 * has the right shape and size.
 */
export function checkMessage(raw: unknown, sender: SenderInfo, ownId: string, ownOrigin: string): Checked {
  if (sender.id !== ownId) return { ok: false, error: 'sender is not this extension' };
  if (!raw || typeof raw !== 'object') return { ok: false, error: 'message is not an object' };
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) return { ok: false, error: `unknown message type ${JSON.stringify(type)?.slice(0, 80)}` };
  const spec = protocol[type as MessageType];
  const fromPage = typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
  const origin: Origin = fromPage ? 'ui' : 'content';
  if (spec.from !== origin) return { ok: false, error: `${type} may not be sent from a ${origin} context` };
  if (origin === 'content' && typeof sender.tab?.id !== 'number') return { ok: false, error: `${type} must come from a tab` };
  const parsed = v.safeParse(spec.payload, payload);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `${type}: invalid payload${path ? ` at ${path}` : ''}: ${issue.message}` };
  }
  return { ok: true, message: { type, payload: parsed.output } as Message, origin, tabId: sender.tab?.id ?? null };
}
