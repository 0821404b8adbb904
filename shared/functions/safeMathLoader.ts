/**
 * How KPI_EVAL gets its mathjs instance. In the sources (tests, playground) this is a plain import.
 * The host bundles replace this module (scripts/build/functions.mjs, lazyMathPlugin) with one that holds a separately
 * bundled, tree-shaken mathjs inside a function body that runs on the first KPI_EVAL call only: nothing of mathjs
 * runs when a bundle loads, which keeps the Sheets cold call cheap.
 */
import { createSafeMath, type SafeMath } from './safeMath';

export function loadSafeMath(): SafeMath {
  return createSafeMath();
}
