/**
 * The Excel Host port: Office.js in the same page. Every operation is one Excel.run with one sync per phase:
 * names (1), values and, for a refresh, the existing rules (2), then every write (3).
 */
import type {
  AddGoalResult, ApplyResult, ApplyTemplateOptions, CascadeChoice, CellRef, CheckInResult, CycleList, Finding, GoalSummary, GoalTree, HostPort, KpiList, NewCheckIn, NewGoal,
  NewReview, NextCycleResult, RefreshResult, ReviewList, ReviewResult, WorkbookSnapshot, WorkbookSummary,
} from '../../shared/host/port';
import type { WorkbookPlan } from '../../shared/host/plan';
import {
  checkGoals, goalTree, listCascades, listGoals, listKpis, listNextCycle, listReviews, planAddGoal, planApplyTemplate, planCheckIn, planNextCycle, planRefresh, planReview, sheetsToRead,
  workbookSummary,
} from '../../shared/cascade/useCases';
import { queuePlan, queueRefresh, queueSelect, readSnapshot } from './adapter';

/** Delete the sheets of a failed plan that exist now (never any other sheet): one more request. */
async function removeAddedSheets(ctx: Excel.RequestContext, names: string[]): Promise<void> {
  const sheets = names.map((n) => ctx.workbook.worksheets.getItemOrNullObject(n));
  await ctx.sync();
  for (const s of sheets) if (!s.isNullObject) s.delete();
  await ctx.sync();
}

type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export class ExcelHost implements HostPort {
  readonly kind = 'excel' as const;
  constructor(private readonly run: Run, private readonly clock: () => string = () => today()) {}

  /**
   * Snapshot, let the core plan, queue the plan, sync once: the shape of every use case that writes.
   * A batch is not transactional (Office.js: the operations before a failing one stay applied), so when the write
   * fails, the sheets this plan added are deleted again: applying never leaves a half-built template behind.
   */
  private planAndApply<R>(planFor: (s: WorkbookSnapshot) => { plan: WorkbookPlan; result: R }): Promise<R> {
    return this.run(async (ctx) => {
      const { snapshot } = await readSnapshot(ctx, sheetsToRead);
      const { plan, result } = planFor(snapshot);
      queuePlan(ctx, plan, snapshot.sheetNames);
      try {
        await ctx.sync();
      } catch (e) {
        if (!plan.addSheets.length) throw e;
        await removeAddedSheets(ctx, plan.addSheets.map((s) => s.name));
        // Stryker disable next-line OptionalChaining: context.sync() rejects with an OfficeExtension.Error, never null.
        throw new Error(`Excel refused part of the template (${(e as Error)?.message ?? e}); the sheets it had added were removed, so your workbook is as it was.`);
      }
      return result;
    });
  }

  applyTemplate(options: ApplyTemplateOptions): Promise<ApplyResult> {
    return this.planAndApply((s) => planApplyTemplate(s, options, 'excel', this.clock()));
  }

  refreshTrafficLights(): Promise<RefreshResult> {
    return this.run(async (ctx) => {
      const { snapshot, rules } = await readSnapshot(ctx, sheetsToRead, true);
      const { plan, result } = planRefresh(snapshot, 'excel', this.clock());
      queueRefresh(ctx, plan, rules);
      await ctx.sync();
      return result;
    });
  }

  listCascades(): Promise<CascadeChoice[]> {
    return this.run(async (ctx) => listCascades((await readSnapshot(ctx, sheetsToRead)).snapshot));
  }

  listGoals(cascade?: string): Promise<GoalSummary[]> {
    return this.run(async (ctx) => listGoals((await readSnapshot(ctx, sheetsToRead)).snapshot, cascade));
  }

  addGoal(goal: NewGoal): Promise<AddGoalResult> {
    return this.planAndApply((s) => planAddGoal(s, goal, 'excel', this.clock()));
  }

  checkGoals(cascade?: string): Promise<Finding[]> {
    return this.run(async (ctx) => checkGoals((await readSnapshot(ctx, sheetsToRead)).snapshot, cascade));
  }

  /** The last KPI list read, and for which cascade: a check-in against it is ONE request (the append to the log's table). */
  private known?: { cascade?: string; list: KpiList };

  listKpis(cascade?: string): Promise<KpiList> {
    return this.run(async (ctx) => {
      const list = listKpis((await readSnapshot(ctx, sheetsToRead)).snapshot, this.clock(), cascade);
      this.known = { cascade, list };
      return list;
    });
  }

  async checkIn(entry: NewCheckIn): Promise<CheckInResult> {
    const list = this.known?.list.log && this.known.cascade === entry.cascade ? this.known.list : await this.listKpis(entry.cascade);
    return this.run(async (ctx) => {
      const { plan, result } = planCheckIn(entry, list.kpis.map((k) => k.id), list.log, 'excel', this.clock());
      // Stryker disable next-line ArrayDeclaration: only compared with the plan's new sheets, and a check-in adds none.
      queuePlan(ctx, plan, []);
      await ctx.sync();
      return result;
    });
  }

  selectCell(ref: CellRef): Promise<void> {
    return this.run(async (ctx) => {
      queueSelect(ctx, ref.sheet, ref.row, ref.col);
      await ctx.sync();
    });
  }

  /** The snapshot the reading tasks share: names (1 sync), values and tables (2). */
  private read<T>(use: (s: WorkbookSnapshot) => T): Promise<T> {
    return this.run(async (ctx) => use((await readSnapshot(ctx, sheetsToRead)).snapshot));
  }

  goalTree(cascade?: string): Promise<GoalTree> {
    return this.read((s) => goalTree(s, cascade));
  }

  listReviews(cascade?: string): Promise<ReviewList> {
    return this.read((s) => listReviews(s, this.clock(), cascade));
  }

  /** One Review row in 3 syncs: names, values (the goal's roll-up and status now), the write. */
  saveReview(review: NewReview): Promise<ReviewResult> {
    return this.planAndApply((s) => planReview(s, review, 'excel', this.clock()));
  }

  /** Home's numbers in 2 syncs (names, values), the same read as listReviews. */
  workbookSummary(cascade?: string): Promise<WorkbookSummary> {
    return this.read((s) => workbookSummary(s, this.clock(), cascade));
  }

  listNextCycle(cascade?: string): Promise<CycleList> {
    return this.read((s) => listNextCycle(s, this.clock(), cascade));
  }

  /** The copies in 3 syncs, whatever their number: rows past a table's end are added to it in one request each sheet. */
  startNextCycle(goalIds: string[], cascade?: string): Promise<NextCycleResult> {
    return this.planAndApply((s) => planNextCycle(s, goalIds, 'excel', this.clock(), cascade));
  }
}
