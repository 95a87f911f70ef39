import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { PAGE_COMMAND, PageCommandSchema, type PageCommand } from '../messaging/protocol';

/**
 * Listens for commands relayed by the background (tabs.sendMessage) to this page. Anything not from
 * this extension, or not a well-formed command, is ignored. Page scripts cannot reach this listener.
 */
export function onPageCommand(handle: (command: PageCommand) => void): () => void {
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (answer: boolean) => void) => {
    if (sender.id !== browser.runtime.id || !raw || typeof raw !== 'object' || (raw as { type?: unknown }).type !== PAGE_COMMAND) return;
    const parsed = v.safeParse(PageCommandSchema, (raw as { command?: unknown }).command);
    if (parsed.success) handle(parsed.output);
    // Answering tells the sender a page took the command (Chrome rejects unanswered messages).
    sendResponse(parsed.success);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
