export * from './format';
export { validatePack, parsePack, type PackValidation } from './validate';
