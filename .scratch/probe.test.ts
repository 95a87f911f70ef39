import { it } from 'vitest';
import { discrepancies } from './extract-helpers';
it('p', () => {
  const a = 'At least 9 people were killed and more than a dozen injured on Tuesday when a tram left the rails in Ostra, officials said.\n\n"So far, 9 people are dead and more than 13 people are hurt," city fire chief Alma Rettig said.';
  console.log(JSON.stringify(discrepancies(a)));
  console.log(JSON.stringify(discrepancies(a.replace('more than 13', 'more than 30'))));
});
