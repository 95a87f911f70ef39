import { browser } from 'wxt/browser';
import type { MessageType, Payload, Replies, Reply } from './protocol';

/** Sends a typed message to the background and unwraps its reply; failures become exceptions. */
export async function send<T extends MessageType>(type: T, payload: Payload<T>): Promise<Replies[T]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<T> | undefined;
  if (!reply) throw new Error(`${type}: no answer from the background`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
