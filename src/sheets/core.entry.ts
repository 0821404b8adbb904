/**
 * dist/sheets/core.js: the core as one IIFE with the global name GoalpostCore. The generated wrappers
 * (functions.js) and the server entry (server.js) are top-level function declarations that call into it.
 * Nothing here touches an Apps Script service at load.
 */
export { sheetsCall as call } from './customFunctions';
export { mathLoaded } from '../../shared/functions';
export * as server from './server';
/** The adapter itself, for the tests and the bench that apply plans of a chosen size. */
export { SheetsAdapter } from './adapter';
