/** The user-timing mark the sidebar sets once an article's context is on screen (bench/ui.ts reads it). */
export const CONTEXT_SHOWN_MARK = 'backstory:context-shown';
