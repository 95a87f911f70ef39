// A ministry its portfolio alone names keeps the country that owns it ("Kelmor’s Defense Ministry").
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string) => extract(text).mentions.map((m) => m.name);

describe('a ministry owned by a country', () => {
  it('keeps the owner in the name of a ministry named by its portfolio', () => {
    const found = names('Kelmor’s Defense Ministry on Tuesday denied the Varnese report of heavy losses. The Varnese Defense Ministry said 200 soldiers died.');
    expect(found).toContain('Kelmor’s Defense Ministry');
    expect(found).toContain('Varnese Defense Ministry');
  });

  it('leaves the name as it is where a person’s name owns the ministry', () => {
    expect(names("Ana Ruiz's Defense Ministry denied the report on Tuesday.")).toContain('Defense Ministry');
  });
});
