import { createContext } from 'preact';

/** What cards need from the sidebar: show their mention in the article, and whether they are the open one. */
export interface RevealApi {
  reveal(id: string): void;
  activeId: string | null;
  /** Card ids whose source the reader flagged as a wrong match. */
  flagged: ReadonlySet<string>;
  flag(id: string): void;
}

export const Reveal = createContext<RevealApi>({ reveal: () => {}, activeId: null, flagged: new Set(), flag: () => {} });
