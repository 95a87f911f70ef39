/** The single-page news site of tests/fixtures/demo-site/spa/: two article views and a listing, one document. */
export const FIRST = {
  path: '/2024/03/05/spa-harbour-council-approves-new-ferry-pier/',
  headline: 'Harbour council approves a new ferry pier after long debate',
};
export const SECOND = {
  path: '/2024/03/06/spa-lifeboat-station-opens-new-crew-room/',
  headline: 'Lifeboat station opens a new crew room built by volunteers',
};
export const LIST_PATH = '/spa/';

export const SPA_ROUTES: Record<string, string> = {
  [FIRST.path]: 'spa/index.html',
  [SECOND.path]: 'spa/index.html',
  [LIST_PATH]: 'spa/index.html',
  '/spa/app.js': 'spa/app.js',
};
