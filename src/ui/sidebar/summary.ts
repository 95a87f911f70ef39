import type { PageContext } from '../../context/types';
import { plural } from '../shared/i18n';
import { groupSources } from '../../context/source-groups';

/** "7 sources · 3 claims checked": sources with a card; fact-checked claims plus corrections count as checked. */
export function summary(context: PageContext): string {
  const checked = context.claims.filter((c) => c.reviews.length).length + context.corrections.length;
  return `${plural(groupSources(context).cards.length, 'sourcesOne', 'sourcesMany')} · ${plural(checked, 'checkedOne', 'checkedMany')}`;
}
