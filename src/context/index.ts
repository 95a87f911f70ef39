export { articleContext, buildContext } from './build';
export type * from './types';
