/**
 * A cascade plan's Sheets flavour evaluated in HyperFormula: translated by test/dashboard/sheetsFlavour.ts (open-ended
 * ranges end at `lastRow`; by default the plan's last row), with Sheets' FILTER and SORT registered. The Dashboard is
 * left out: test/dashboard/sheetsDashboardValues.ts computes it over these sheets.
 */
import type { WorkbookPlan } from '../../shared/host/plan';
import { registerSheetsFunctions } from '../dashboard/sheetsFunctions';
import { translateSheetsPlan } from '../dashboard/sheetsFlavour';
import { evaluatePlan } from './evaluatePlan';

export function evaluateSheetsCascade(plan: WorkbookPlan, lastRow?: number): ReturnType<typeof evaluatePlan> {
  registerSheetsFunctions();
  return evaluatePlan(translateSheetsPlan({ ...plan, addSheets: plan.addSheets.filter((s) => s.name !== 'Dashboard') }, lastRow));
}
