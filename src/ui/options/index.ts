// The options page's public face. Each view has its own index rather than one for src/ui, so that each
// extension page's bundle holds only its own view (a shared index put all three in every page).
export { App } from './App';
