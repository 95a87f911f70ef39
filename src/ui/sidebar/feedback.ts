import { browser } from 'wxt/browser';

/**
 * The reader's "not a news article? / wrong match?" notes. They stay in storage.local on this
 * computer (nothing is sent anywhere); the sidebar shows them as acknowledged, and a pack maintainer
 * can read them from the extension's storage. Only the newest MAX_NOTES are kept.
 */
export const FEEDBACK_KEY = 'feedback.notes';
const MAX_NOTES = 200;

export interface FeedbackNote {
  url: string;
  kind: 'not-article' | 'wrong-match';
  /** The source card the note is about (wrong-match only). */
  target: string | null;
  at: string;
}

async function readAll(): Promise<FeedbackNote[]> {
  const got = (await browser.storage.local.get(FEEDBACK_KEY))[FEEDBACK_KEY];
  return Array.isArray(got) ? (got as FeedbackNote[]) : [];
}

export async function notesFor(url: string): Promise<FeedbackNote[]> {
  return (await readAll()).filter((n) => n.url === url);
}

export async function addNote(note: Omit<FeedbackNote, 'at'>): Promise<FeedbackNote> {
  const full = { ...note, at: new Date().toISOString() };
  await browser.storage.local.set({ [FEEDBACK_KEY]: [...(await readAll()), full].slice(-MAX_NOTES) });
  return full;
}
