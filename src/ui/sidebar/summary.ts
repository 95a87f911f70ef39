import type { PageContext } from '../../context/types';
import { plural } from '../shared/i18n';

/** "7 sources · 3 claims checked": fact-checked claims plus corrections count as checked. */
export function summary(context: PageContext): string {
  const checked = context.claims.filter((c) => c.reviews.length).length + context.corrections.length;
  return `${plural(context.sources.length, 'sourcesOne', 'sourcesMany')} · ${plural(checked, 'checkedOne', 'checkedMany')}`;
}
