/**
 * dist/sheets/core.js: the core as one IIFE with the global name GoalpostCore. The generated wrappers
 * (functions.js) and the server entry (server.js) are top-level function declarations that call into it.
 * Nothing here touches an Apps Script service at load.
 */
export { sheetsCall as call } from './customFunctions';
export { mathLoaded } from '../../shared/functions';
