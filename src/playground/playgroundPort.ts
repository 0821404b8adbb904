/**
 * The playground's Host port: the same three steps as in Excel and Sheets (snapshot the workbook, let the core
 * plan, apply the plan with the adapter), here over HyperFormula in the page.
 */
import type { HostPort } from '../../shared/host/port';
import {
  checkGoals, goalTree, listCascades, listGoals, listKpis, listNextCycle, listReviews, planAddGoal, planApplyTemplate, planCheckIn, planNextCycle, planRefresh, planReview, sheetsToRead,
  workbookSummary,
} from '../../shared/cascade/useCases';
import type { PlaygroundAdapter } from './adapter';

/** Today on the user's clock, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function createPlaygroundPort(adapter: PlaygroundAdapter, today: () => string = () => localToday()): HostPort {
  const snapshot = () => adapter.snapshot(sheetsToRead(adapter.sheetNames()));
  return {
    kind: 'playground',
    async applyTemplate(options) {
      const { plan, result } = planApplyTemplate(await snapshot(), options, 'playground', today());
      await adapter.applyPlan(plan);
      return result;
    },
    async refreshTrafficLights() {
      const { plan, result } = planRefresh(await snapshot(), 'playground', today());
      await adapter.applyRefresh(plan);
      return result;
    },
    async listCascades() {
      return listCascades(await snapshot());
    },
    async listGoals(cascade) {
      return listGoals(await snapshot(), cascade);
    },
    async addGoal(goal) {
      const { plan, result } = planAddGoal(await snapshot(), goal, 'playground', today());
      await adapter.applyPlan(plan);
      return result;
    },
    async checkGoals(cascade) {
      return checkGoals(await snapshot(), cascade);
    },
    async selectCell(ref) {
      await adapter.select(ref.sheet, ref.row, ref.col);
    },
    async listKpis(cascade) {
      return listKpis(await snapshot(), today(), cascade);
    },
    async checkIn(entry) {
      const list = listKpis(await snapshot(), today(), entry.cascade);
      const { plan, result } = planCheckIn(entry, list.kpis.map((k) => k.id), list.log, 'playground', today());
      await adapter.applyPlan(plan);
      return result;
    },
    async goalTree(cascade) {
      return goalTree(await snapshot(), cascade);
    },
    async listReviews(cascade) {
      return listReviews(await snapshot(), today(), cascade);
    },
    async saveReview(review) {
      const { plan, result } = planReview(await snapshot(), review, 'playground', today());
      await adapter.applyPlan(plan);
      return result;
    },
    async workbookSummary(cascade) {
      return workbookSummary(await snapshot(), today(), cascade);
    },
    async listNextCycle(cascade) {
      return listNextCycle(await snapshot(), today(), cascade);
    },
    async startNextCycle(goalIds, cascade) {
      const { plan, result } = planNextCycle(await snapshot(), goalIds, 'playground', today(), cascade);
      await adapter.applyPlan(plan);
      return result;
    },
  };
}
