export { buildContext } from './build';
export type * from './types';
