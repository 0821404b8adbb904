export * from './errors';
export * from './coerce';
export * from './vectorise';
export * from './registry';
export { mathLoaded } from './kpiEval';
export { countNps, normalQuantile } from './survey';
