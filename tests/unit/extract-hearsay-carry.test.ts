// A sentence that says it passes on a report ("reportedly") and names no speaker goes on with the sentence before.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "value attributedTo|reportedBy" of each figure claim. */
const figureSources = (text: string): string[] =>
  extract(text).claims.filter((c) => c.kind === 'figure').map((c) => `${c.figures[0]!.value} ${c.attributedTo}|${c.reportedBy ?? ''}`);

describe('hearsay going on with the sentence before', () => {
  it("gives a 'reportedly' count to the unnamed witness the sentence before is told by", () => {
    const text = 'According to a villager who fled the raid, the gunmen attacked Kelmor camp twice. In the first raid, they reportedly shot 12 men.';
    expect(figureSources(text)).toEqual(['12 null|a villager']);
  });

  it('gives it to the named source of the sentence before', () => {
    const text = 'The Ostra Rescue Service said gunmen attacked the camp on Monday. They allegedly took 7 hostages.';
    expect(figureSources(text)).toEqual(['7 Ostra Rescue Service|']);
  });

  it('leaves a count to no one without a hearsay word, or after a sentence of another paragraph', () => {
    expect(figureSources('According to a villager who fled the raid, the gunmen attacked Kelmor camp twice. In the first raid, they shot 12 men.')).toEqual(['12 null|']);
    expect(figureSources('According to a villager who fled the raid, the gunmen attacked Kelmor camp twice.\n\nIn the first raid, they reportedly shot 12 men.')).toEqual(['12 null|']);
  });

  it("leaves a 'reportedly' count to no one after a sentence a trailing 'according to' closes", () => {
    const text = 'Near the harbour, 14 fans were detained, according to local police. Four stewards were reportedly injured.';
    expect(figureSources(text)).toEqual(['14 null|local police', '4 null|']);
  });

  it("still carries the source of an 'according to' that opens the sentence before", () => {
    const text = 'According to local police, 14 fans were detained near the harbour. Four stewards were reportedly injured.';
    expect(figureSources(text)).toEqual(['14 null|local police', '4 null|local police']);
  });
});
