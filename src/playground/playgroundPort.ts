/**
 * The playground's Host port: the same three steps as in Excel and Sheets (snapshot the workbook, let the core
 * plan, apply the plan with the adapter), here over HyperFormula in the page.
 */
import type { HostPort } from '../../shared/host/port';
import {
  checkGoals, goalTree, listGoals, listKpis, listNextCycle, listReviews, planAddGoal, planApplyTemplate, planCheckIn, planNextCycle, planRefresh, planReview, sheetsToRead,
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
    async listGoals() {
      return listGoals(await snapshot());
    },
    async addGoal(goal) {
      const { plan, result } = planAddGoal(await snapshot(), goal, 'playground', today());
      await adapter.applyPlan(plan);
      return result;
    },
    async checkGoals() {
      return checkGoals(await snapshot());
    },
    async selectCell(ref) {
      await adapter.select(ref.sheet, ref.row, ref.col);
    },
    async listKpis() {
      return listKpis(await snapshot(), today());
    },
    async checkIn(entry) {
      const list = listKpis(await snapshot(), today());
      const { plan, result } = planCheckIn(entry, list.kpis.map((k) => k.id), list.log, 'playground', today());
      await adapter.applyPlan(plan);
      return result;
    },
    async goalTree() {
      return goalTree(await snapshot());
    },
    async listReviews() {
      return listReviews(await snapshot(), today());
    },
    async saveReview(review) {
      const { plan, result } = planReview(await snapshot(), review, 'playground', today());
      await adapter.applyPlan(plan);
      return result;
    },
    async listNextCycle() {
      return listNextCycle(await snapshot(), today());
    },
    async startNextCycle(goalIds) {
      const { plan, result } = planNextCycle(await snapshot(), goalIds, 'playground', today());
      await adapter.applyPlan(plan);
      return result;
    },
  };
}
