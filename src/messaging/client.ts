import { browser } from 'wxt/browser';
import type { MessageType, Payload, Replies, Reply } from './protocol';

/**
 * Sends a typed message to the background and unwraps its reply; failures become exceptions.
 * A message lost in transit (the browser stopped the MV3 service worker, or the background restarted,
 * while the request was in flight: the call rejects or answers nothing) is sent once more, which wakes
 * a fresh background. Every message is safe to repeat: each handler sets state rather than adding to it.
 * A reply that says the background refused or failed is final and never retried.
 */
export async function send<T extends MessageType>(type: T, payload: Payload<T>): Promise<Replies[T]> {
  let lost: unknown = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    let reply: Reply<T> | undefined;
    try {
      reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<T> | undefined;
    } catch (e) {
      lost = e;
      continue;
    }
    if (!reply) continue;
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  }
  const why = lost instanceof Error ? lost.message : lost ? String(lost) : 'no reply';
  throw new Error(`${type}: no answer from the background (${why})`);
}
