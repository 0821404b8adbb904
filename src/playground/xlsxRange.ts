/** Cell references in an .xlsx as 0-based ranges. */
import type { CellRange } from '../../shared/host/plan';
import { columnIndex } from './formulaShift';

/** "B2:D10" (or "B2", or "$B$2:$D$10") as a 0-based range. */
export function parseRange(ref: string): CellRange | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const c0 = columnIndex(m[1])!;
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? columnIndex(m[3])! : c0;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  return { row: Math.min(r0, r1), col: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
}

