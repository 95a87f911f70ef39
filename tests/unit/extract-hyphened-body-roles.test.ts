// ", chairman of the Ostra-installed council in the occupied north,": the role runs to the body's head, not to the capitalised word before the hyphen.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const roleOf = (text: string, name: string) => extract(text).mentions.find((m) => m.name === name)?.role;

describe('a role whose body is named by who installed it', () => {
  it('runs to the body after the hyphened participle', () => {
    expect(roleOf('Lida Voronova, chairman of the Ostra-installed council in the occupied north, said 12 people had died.', 'Lida Voronova')).toBe('chairman of the Ostra-installed council');
  });
  it('keeps a capitalised body with no hyphen as it was', () => {
    expect(roleOf('Lida Voronova, chairman of the Ostra Regional Council, said 12 people had died.', 'Lida Voronova')).toBe('chairman of the Ostra Regional Council');
  });
});
