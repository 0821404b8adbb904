/** The Dashboard sheet alone, planned for a Goals sheet of `goals` rows (the call-budget checks and the bench). */
import { dashboardSheet } from '../../shared/templates/dashboard';
import { Formulas } from '../../shared/templates/formulas';
import type { HostKind } from '../../shared/host/port';
import type { WorkbookPlan } from '../../shared/host/plan';

const NAMES = { Strategy: 'Strategy', Goals: 'Goals', KPIs: 'KPIs', 'Check-ins': 'Check-ins', OKRs: 'OKRs', NPS: 'NPS', Review: 'Review', Settings: 'Settings', Dashboard: 'Dashboard' };

export function dashboardFor(goals: number, host: HostKind): WorkbookPlan {
  const f = new Formulas(host, NAMES, goals, goals * 2);
  return { addSheets: [dashboardSheet(f, { name: 'Dashboard', kpi: 'K1', goals, teams: Math.ceil(goals / 5) })] };
}
