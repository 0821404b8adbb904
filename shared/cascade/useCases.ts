/**
 * The use cases behind the task pane, the sidebar and the playground: each takes a snapshot of the workbook and returns
 * a plan for the host adapter to apply (snapshot -> plan -> apply), so they run the same on every host.
 */
import type {
  CascadeChoice, CheckInLog, CheckInResult, KpiChoice, KpiList, NewCheckIn,
  CycleChoice, CycleList, GoalNode, GoalTree, NewReview, NextCycleResult, ReviewChoice, ReviewList, ReviewResult, StatusColour,
  AddGoalResult, ApplyResult, ApplyTemplateOptions, Finding, GoalSummary, HostKind, NewGoal, RefreshResult, WorkbookSnapshot, WorkbookSummary,
} from '../host/port';
import { freeSheetName, type Block, type PlanCell, type RefreshPlan, type WorkbookPlan } from '../host/plan';
import { analyseGoal, smartCheckText } from '../smart/analyser';
import { Formulas, freeTableNames, type SheetNames } from '../templates/formulas';
import { cascadeRules, planCascade, rowsFor } from '../templates/cascade';
import { CHECKINS_HEADERS, CONFIDENCE, KPI_COMPUTED, SETTINGS, SHEETS, GOALS_HEADERS, KPIS_HEADERS, REVIEW_HEADERS } from '../templates/layout';
import { serialFromParts, serialToIso } from '../functions/coerce';
import {
  candidateSheets, findTemplates, firstEmptyRow, nextId, pickCascade, readGoalDetails, readGoals, readKeyResults, readKpis, readReviewedIds, readSetting,
  type GoalDetail,
} from './model';

export function sheetsToRead(sheetNames: string[]): string[] {
  return candidateSheets(sheetNames);
}

function freeNames(taken: string[]): SheetNames {
  const all = [...taken];
  const pick = (k: string) => {
    const n = freeSheetName(k, all);
    all.push(n);
    return n;
  };
  return Object.fromEntries(SHEETS.map((k) => [k, pick(k)])) as unknown as SheetNames;
}

export function planApplyTemplate(snapshot: WorkbookSnapshot, options: ApplyTemplateOptions, host: HostKind, today: string): { plan: WorkbookPlan; result: ApplyResult } {
  const existing = findTemplates(snapshot);
  if (existing.length && !options.addSecondCascade) {
    // A second apply is asked about first: a second, separate cascade, or nothing.
    const which = existing.map((x) => x.Goals).join(', ');
    return {
      plan: { addSheets: [] },
      result: {
        sheets: [],
        message: `Nothing was added: this workbook has a goal cascade already (${which}).`,
        askSecondCascade: `This workbook has a goal cascade already (${which}). Add a second, separate cascade with sheets of its own?`,
      },
    };
  }
  const names = freeNames(snapshot.sheetNames);
  const tables = freeTableNames(names, (snapshot.tables ?? []).map((t) => t.name));
  const addSheets = planCascade({ host, names, today, exampleData: options.exampleData, tables });
  const renamed = SHEETS.filter((k) => names[k] !== k).map((k) => `${k} -> ${names[k]}`);
  return {
    plan: { addSheets, select: { sheet: names.Goals, row: 1, col: 0 } },
    result: {
      sheets: addSheets.map((s) => s.name),
      message: `Added the goal cascade${options.exampleData ? ' with example data' : ''}: ${addSheets.map((s) => s.name).join(', ')}.` +
        (renamed.length ? ` Your own sheets were kept; ours got free names (${renamed.join(', ')}).` : ''),
    },
  };
}

/** How many data rows a sheet's rules must cover: every row used so far, and never fewer than the template made. */
const extent = (values: unknown[][] | undefined, host: HostKind) => Math.max(rowsFor(0, host), (values?.length ?? 1) - 1);

export function planRefresh(snapshot: WorkbookSnapshot, host: HostKind, today: string): { plan: RefreshPlan; result: RefreshResult } {
  const sets = findTemplates(snapshot);
  if (!sets.length) throw new Error('There is no goal cascade in this workbook yet: apply the template first.');
  const plan: RefreshPlan = { sheets: [], writes: [] };
  for (const names of sets) {
    const goalRows = extent(snapshot.values[names.Goals], host);
    const kpiRows = extent(snapshot.values[names.KPIs], host);
    const rules = cascadeRules(new Formulas(host, names, goalRows, kpiRows), goalRows, kpiRows);
    // A cascade whose KPIs sheet was deleted: a rule for a sheet that is not there would fail the whole refresh.
    if (names.KPIs) plan.sheets.push({ name: names.KPIs, rules: rules.KPIs });
    plan.sheets.push({ name: names.Goals, rules: rules.Goals });
    if (names.OKRs) plan.sheets.push({ name: names.OKRs, rules: rules.OKRs });
    if (names.Settings) plan.writes.push({ sheet: names.Settings, blocks: [{ row: SETTINGS.asOf.row, col: 1, cells: [[{ date: today }]] }] });
  }
  const count = plan.sheets.reduce((n, s) => n + s.rules.length, 0);
  return {
    plan,
    result: {
      sheets: plan.sheets.map((s) => s.name), rules: count, asOf: today,
      message: `Traffic lights refreshed on ${plan.sheets.map((s) => s.name).join(', ')}; as of ${today}.`,
    },
  };
}

/** The cascades of the workbook, for the task pane's picker. */
export function listCascades(snapshot: WorkbookSnapshot): CascadeChoice[] {
  const active = snapshot.activeSheet?.toLowerCase();
  return findTemplates(snapshot).map((x) => {
    const sheets = Object.values(x).filter(Boolean);
    return { goals: x.Goals, sheets, active: !!active && sheets.some((n) => n.toLowerCase() === active) };
  });
}

export function listGoals(snapshot: WorkbookSnapshot, cascade?: string): GoalSummary[] {
  const names = pickCascade(snapshot, cascade);
  if (!names) return [];
  return readGoals(snapshot.values[names.Goals]).map((g) => ({
    id: g.id, statement: g.statement, level: g.level || undefined, parentId: g.parent || undefined, at: { sheet: names.Goals, row: g.row, col: 0 },
  }));
}

export function planAddGoal(snapshot: WorkbookSnapshot, goal: NewGoal, host: HostKind, today: string): { plan: WorkbookPlan; result: AddGoalResult } {
  if (!goal.statement.trim()) throw new Error('Write the goal first.');
  let names = pickCascade(snapshot, goal.cascade);
  let plan: WorkbookPlan = { addSheets: [], writes: [] };
  let appliedTemplate = false;
  let goalValues: unknown[][] = [];
  let kpiValues: unknown[][] = [];
  if (!names) {
    // Stryker disable next-line ObjectLiteral,StringLiteral: planApplyTemplate reads neither template nor a false exampleData differently from a missing one
    const applied = planApplyTemplate(snapshot, { template: 'cascade', exampleData: false }, host, today);
    plan = applied.plan;
    appliedTemplate = true;
    names = freeNames(snapshot.sheetNames);
  } else {
    // Stryker disable next-line ArrayDeclaration: a cascade is found by its Goals sheet's header row, so its values are always there
    goalValues = snapshot.values[names.Goals] ?? [];
    kpiValues = snapshot.values[names.KPIs] ?? [];
  }
  const goals = readGoals(goalValues);
  const kpis = readKpis(kpiValues);
  const goalId = nextId('G', goals.map((g) => g.id));
  if (goal.parentId && !goals.some((g) => g.id.toUpperCase() === goal.parentId!.toUpperCase())) {
    throw new Error(`The parent goal ${goal.parentId} is not in ${names.Goals}.`);
  }
  const goalRow = firstEmptyRow(goalValues, 9);
  const kpiRow = firstEmptyRow(kpiValues, 14);
  const d = (iso?: string): PlanCell => (iso ? { date: iso } : null);
  const goalCells: PlanCell[] = [goalId, goal.level, goal.parentId ?? null, goal.team ?? null, goal.owner ?? null, goal.statement.trim(),
    d(goal.start ?? today), d(goal.deadline), goal.weight ?? 1];
  const f = new Formulas(host, names, rowsFor(0, host), rowsFor(0, host));
  const kpiIds: string[] = [];
  // Excel: our tables and where they end; a row below a table's end is appended to it (Table.rows.add).
  const tableOn = (sheet: string) => snapshot.tables?.find((t) => t.sheet === sheet);
  /** Rows from `first` on are written at `row`; past a table's end they become its new rows, one after another. */
  const place = (sheet: string, first: number, row: number, cells: PlanCell[], computed: () => PlanCell[]): Block => {
    const t = f.usesTables ? tableOn(sheet) : undefined;
    const end = t ? t.row + t.rows : Infinity;
    if (!t || row < end) return { row, col: 0, cells: [cells] };
    // Appended rows carry their calculated-column formulas themselves, whatever the user's AutoCorrect option says.
    return { row: row - Math.max(0, first - end), col: 0, cells: [[...cells, ...computed()]], appendToTable: t.name };
  };
  const kpiBlocks: Block[] = goal.kpis.map((k, i) => {
    const id = nextId('K', [...kpis.map((x) => x.id), ...kpiIds]);
    kpiIds.push(id);
    const cells: PlanCell[] = [id, goalId, k.name, k.definition ?? null, k.unit ?? null, k.type ?? 'Lagging', k.direction ?? 'Higher',
      k.frequency ?? 'Monthly', k.owner ?? goal.owner ?? null, k.baseline ?? null, k.target ?? null, k.actual ?? null, d(goal.start ?? today), d(goal.deadline)];
    const r = kpiRow + i;
    const kc = () => {
      const c = f.kpiColumns();
      return KPI_COMPUTED.map((h) => (c[h] ? { formula: c[h](r + 1) } : null)); // playground: tracking columns are spills, no per-row formula
    };
    // Playground rows beyond those the template prepared need their per-row formulas too (Sheets' array formulas
    // cover every row; Excel's table rows have calculated columns).
    if (f.perRow && !f.usesTables && r > f.kpiRows && kpiValues.length) cells.push(...kc());
    return place(names!.KPIs, kpiRow, r, cells, kc);
  });
  const gc = () => {
    const c = f.goalColumns();
    const r = goalRow + 1;
    return [{ formula: c['SMART check'](r) }, f.usesTables ? { formula: c['Roll-up'](r) } : null, { formula: c.Status(r) }, { formula: c.KPIs(r) }, { formula: c.Check(r) }];
  };
  const goalBlock: Block = place(names.Goals, goalRow, goalRow, goalCells, gc);
  if (f.perRow && !f.usesTables && goalRow > f.goalRows && goalValues.length) goalBlock.cells[0].push(...gc());
  if (appliedTemplate) {
    // Into the sheets this same plan adds: their first data row is empty input cells.
    const into = (sheet: string, blocks: Block[]) => plan.addSheets.find((s) => s.name === sheet)!.blocks.push(...blocks);
    into(names.Goals, [goalBlock]);
    if (kpiBlocks.length) into(names.KPIs, kpiBlocks);
  } else {
    plan.writes = [{ sheet: names.Goals, blocks: [goalBlock] }, ...(kpiBlocks.length ? [{ sheet: names.KPIs, blocks: kpiBlocks }] : [])];
  }
  plan.select = { sheet: names.Goals, row: goalBlock.row, col: 5 };
  return {
    plan,
    result: {
      goalId, kpiIds, appliedTemplate,
      message: `Added goal ${goalId}${kpiIds.length ? ` with ${kpiIds.join(', ')}` : ''} to ${names.Goals}${appliedTemplate ? ' (the goal cascade template was applied first)' : ''}.`,
    },
  };
}

export function checkGoals(snapshot: WorkbookSnapshot, cascade?: string): Finding[] {
  const names = pickCascade(snapshot, cascade);
  if (!names) return [{ severity: 'info', message: 'There is no goal cascade in this workbook yet: apply the template first.' }];
  const goals = readGoals(snapshot.values[names.Goals]);
  const kpis = readKpis(snapshot.values[names.KPIs]);
  const settings = snapshot.values[names.Settings];
  if (!goals.length && !kpis.length) {
    return [{ severity: 'info', message: `${names.Goals} has no goals yet: write one in the Goal wizard, or type it into ${names.Goals} (ID, level, goal, deadline).` }];
  }
  const findings: Finding[] = [];
  const at = (sheet: string, row: number, col: number) => ({ sheet, row, col });
  const gc = (h: (typeof GOALS_HEADERS)[number]) => GOALS_HEADERS.indexOf(h);
  const kc = (h: (typeof KPIS_HEADERS)[number]) => KPIS_HEADERS.indexOf(h);
  for (const g of goals) {
    const a = analyseGoal({ text: g.statement, deadline: g.deadline, parent: g.parent || undefined, hasKpiWithTarget: kpis.some((k) => k.goal.toUpperCase() === g.id.toUpperCase() && k.target !== '' && k.target != null) });
    if (a.score < 5) findings.push({ severity: 'warning', message: `${g.id}: ${smartCheckText(a)}`, at: at(names.Goals, g.row, gc('Goal')) });
    for (const w of a.warnings) findings.push({ severity: 'info', message: `${g.id}: ${w}`, at: at(names.Goals, g.row, gc('Goal')) });
    // A goal measured through its child goals needs no KPI of its own.
    const hasChild = goals.some((c) => c.parent.toUpperCase() === g.id.toUpperCase());
    if (!hasChild && !kpis.some((k) => k.goal.toUpperCase() === g.id.toUpperCase())) {
      findings.push({ severity: 'error', message: `${g.id} has no KPI: add one that measures it.`, at: at(names.Goals, g.row, gc('ID')) });
    }
  }
  for (const k of kpis) {
    const label = k.id || k.name;
    if (!k.owner) findings.push({ severity: 'error', message: `${label} has no owner.`, at: at(names.KPIs, k.row, kc('Owner')) });
    if (k.target === '' || k.target == null) findings.push({ severity: 'error', message: `${label} has no target.`, at: at(names.KPIs, k.row, kc('Target')) });
    if (k.deadline === '' || k.deadline == null) findings.push({ severity: 'error', message: `${label} has no deadline.`, at: at(names.KPIs, k.row, kc('Deadline')) });
    // The sheet's Check column judged it overdue against the Settings "as of" date; the list names who to ask.
    if (/^overdue/i.test(k.check)) {
      const due = typeof k.nextDue === 'number' ? ` since ${serialToIso(k.nextDue)}` : '';
      findings.push({ severity: 'warning', message: `${label} is overdue for a check-in${due}: ask ${k.owner || 'its owner (none is set)'}.`, at: at(names.KPIs, k.row, kc('Check')) });
    }
  }
  const over = (key: 'owner' | 'team', limit: number | undefined, what: string) => {
    const counts = new Map<string, number>();
    for (const k of kpis) if (k[key]) counts.set(k[key], (counts.get(k[key]) ?? 0) + 1);
    for (const [who, n] of counts) {
      if (limit !== undefined && n > limit) {
        const first = kpis.find((k) => k[key] === who)!;
        findings.push({ severity: 'warning', message: `${who} ${what} ${n} KPIs; the limit is ${limit}.`, at: at(names.KPIs, first.row, kc(key === 'owner' ? 'Owner' : 'Team')) });
      }
    }
  };
  over('owner', readSetting(settings, 'maxKpisPerPerson'), 'owns');
  over('team', readSetting(settings, 'maxKpisPerTeam'), 'has');
  const maxKr = readSetting(settings, 'maxKeyResults');
  const krs = readKeyResults(snapshot.values[names.OKRs]);
  const byObjective = new Map<string, number[]>();
  for (const kr of krs) byObjective.set(kr.objective, [...(byObjective.get(kr.objective) ?? []), kr.row]);
  for (const [o, rows] of byObjective) {
    if (maxKr !== undefined && rows.length > maxKr) {
      findings.push({ severity: 'warning', message: `Objective ${o} has ${rows.length} key results; keep it to ${maxKr}.`, at: at(names.OKRs, rows[0], 0) });
    }
  }
  return findings;
}

// ----- tracking over time: the check-in log ----------------------------------------------------------------------

const isoSerial = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return serialFromParts(y, m, d);
};

/**
 * The KPIs the Check in task offers, overdue first (by due date), then by ID; and where the log is. `tables` (Excel)
 * gives the log's table, so that a check-in is one request that appends to it.
 */
export function listKpis(snapshot: WorkbookSnapshot, today: string, cascade?: string): KpiList {
  const names = pickCascade(snapshot, cascade);
  if (!names) return { kpis: [], message: 'There is no goal cascade in this workbook yet: apply the template first.' };
  if (!names['Check-ins']) return { kpis: [], message: `This cascade has no Check-ins sheet (it was made by an older Goalpost): apply the template again to get one.` };
  const t = serialFromParts(...(today.split('-').map(Number) as [number, number, number]));
  const kpis: KpiChoice[] = readKpis(snapshot.values[names.KPIs]).filter((k) => k.id).map((k) => {
    const due = typeof k.nextDue === 'number' ? k.nextDue : undefined;
    const current = typeof k.latest === 'number' ? k.latest : typeof k.actual === 'number' ? k.actual : undefined;
    return {
      id: k.id, name: k.name, owner: k.owner, unit: k.unit, nextDue: due === undefined ? undefined : serialToIso(due),
      overdue: due !== undefined && due < t, current, at: { sheet: names.KPIs, row: k.row, col: 0 },
    };
  });
  // Stryker disable next-line StringLiteral: both KPIs are overdue here, and an overdue KPI always has its due date
  kpis.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.overdue ? (a.nextDue ?? '').localeCompare(b.nextDue ?? '') : 0));
  const table = snapshot.tables?.find((x) => x.sheet === names['Check-ins'])?.name;
  const message = kpis.length ? undefined : `${names.KPIs} has no KPIs yet: add a goal with its KPIs in the Goal wizard first.`;
  return { kpis, log: { sheet: names['Check-ins'], ...(table ? { table } : {}) }, message };
}

/**
 * One check-in as one appended row of the log. Bad input writes nothing: an unknown KPI, a value that is not a number,
 * a date in the future or not a date, a confidence not in the list. `kpiIds` are the KPIs the user could pick from.
 */
export function planCheckIn(entry: NewCheckIn, kpiIds: string[], log: CheckInLog | undefined, host: HostKind, today: string): { plan: WorkbookPlan; result: CheckInResult } {
  if (!log) throw new Error('There is no Check-ins sheet in this workbook yet: apply the template first.');
  const id = String(entry.kpiId ?? '').trim();
  const known = kpiIds.find((k) => k.toUpperCase() === id.toUpperCase());
  if (!id) throw new Error('Pick the KPI you are checking in.');
  if (!known) throw new Error(`There is no KPI ${id} in the cascade: pick one from the list.`);
  if (typeof entry.value !== 'number' || !Number.isFinite(entry.value)) throw new Error(`The value for ${known} must be a number.`);
  const date = entry.date?.trim() || today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || serialToIso(isoSerial(date)) !== date) throw new Error(`"${date}" is not a date: use YYYY-MM-DD.`);
  if (date > today) throw new Error(`${date} is in the future: a check-in records a value already measured (today is ${today}).`);
  if (entry.confidence && !(CONFIDENCE as readonly string[]).includes(entry.confidence)) throw new Error(`Confidence must be one of ${CONFIDENCE.join(', ')}.`);
  const cells: PlanCell[] = [{ date }, known, entry.value, entry.confidence ?? null, entry.note?.trim() || null, entry.who?.trim() || null];
  const block: Block = host === 'excel' && log.table
    ? { row: 0, col: 0, cells: [cells], appendToTable: log.table }
    : { row: 0, col: 0, cells: [cells], appendBelowData: true };
  void CHECKINS_HEADERS;
  return {
    plan: { addSheets: [], writes: [{ sheet: log.sheet, blocks: [block] }] },
    result: { kpiId: known, date, message: `Checked in ${known}: ${entry.value} on ${date}${entry.confidence ? ` (${entry.confidence})` : ''}.` },
  };
}

// ----- the goal tree, the review at the deadline and the next cycle (issue 12) --------------------------------------

/**
 * The goal tree in tree order: each goal right after its parent (siblings in sheet order), with its depth, status and
 * roll-up. A goal whose parent is not in the sheet is a root; goals caught in a cycle of parent IDs are listed at the end
 * as roots, and the message names them.
 */
export function goalTree(snapshot: WorkbookSnapshot, cascade?: string): GoalTree {
  const names = pickCascade(snapshot, cascade);
  if (!names) return { goals: [], message: 'There is no goal cascade in this workbook yet: apply the template first.' };
  const goals = readGoalDetails(snapshot.values[names.Goals]);
  if (!goals.length) return { goals: [], message: `${names.Goals} has no goals yet: add one with the Goal wizard.` };
  // Stryker disable next-line MethodExpression: any one case folding works, as every lookup goes through key()
  const key = (id: string) => id.toUpperCase();
  const ids = new Set(goals.map((g) => key(g.id)));
  const children = new Map<string, GoalDetail[]>();
  for (const g of goals) if (g.parent && ids.has(key(g.parent))) children.set(key(g.parent), [...(children.get(key(g.parent)) ?? []), g]);
  const out: GoalNode[] = [];
  const seen = new Set<string>();
  const node = (g: GoalDetail, depth: number): GoalNode => ({
    id: g.id, statement: g.statement, depth, ...(g.level ? { level: g.level } : {}), ...(g.parent ? { parentId: g.parent } : {}),
    ...(g.status ? { status: g.status } : {}), ...(g.rollup !== undefined ? { rollup: g.rollup } : {}), at: { sheet: names.Goals, row: g.row, col: 0 },
  });
  const walk = (g: GoalDetail, depth: number) => {
    if (seen.has(key(g.id))) return;
    seen.add(key(g.id));
    out.push(node(g, depth));
    for (const c of children.get(key(g.id)) ?? []) walk(c, depth + 1);
  };
  for (const g of goals) if (!g.parent || !ids.has(key(g.parent))) walk(g, 0);
  const looped = goals.filter((g) => !seen.has(key(g.id)));
  for (const g of looped) walk(g, 0);
  return { goals: out, ...(looped.length ? { message: `The parent IDs of ${looped.map((g) => g.id).join(', ')} go round in a cycle: fix one Parent ID in ${names.Goals}.` } : {}) };
}

/** The OKR-style grade a roll-up suggests: clamped to 0-1 and rounded to 0.1 (1.3 -> 1.0, 0.76 -> 0.8). */
export function suggestedGrade(rollup: number | undefined): number | undefined {
  if (rollup === undefined || !Number.isFinite(rollup)) return undefined;
  return Math.round(Math.min(1, Math.max(0, rollup)) * 10) / 10;
}

const todaySerial = (today: string) => isoSerial(today);

/** The goals past their deadline (deadline before the workbook's today) without a Review row yet, earliest deadline first. */
export function listReviews(snapshot: WorkbookSnapshot, today: string, cascade?: string): ReviewList {
  const names = pickCascade(snapshot, cascade);
  if (!names) return { goals: [], message: 'There is no goal cascade in this workbook yet: apply the template first.' };
  if (!names.Review) return { goals: [], message: 'This cascade has no Review sheet: apply the template again to get one.' };
  const reviewed = readReviewedIds(snapshot.values[names.Review]);
  const t = todaySerial(today);
  const goals: ReviewChoice[] = readGoalDetails(snapshot.values[names.Goals])
    .filter((g) => g.deadline !== undefined && g.deadline < t && !reviewed.has(g.id.toUpperCase()))
    .sort((a, b) => a.deadline! - b.deadline!)
    .map((g) => ({
      id: g.id, statement: g.statement, owner: g.owner, deadline: serialToIso(g.deadline!),
      ...(g.rollup !== undefined ? { rollup: g.rollup, grade: suggestedGrade(g.rollup) } : {}), ...(g.status ? { status: g.status } : {}),
      at: { sheet: names.Goals, row: g.row, col: 0 },
    }));
  const message = goals.length ? undefined : `No goal waits for a review: every goal past its deadline (before ${today}) has its row in ${names.Review}.`;
  return { goals, ...(message ? { message } : {}) };
}

/** "82 % of target, Yellow at the deadline": the Result text a review gets when the user types none. */
export function resultSummary(rollup: number | undefined, status: StatusColour | undefined): string {
  const r = rollup === undefined ? 'No roll-up (no KPI measured it)' : `${Math.round(rollup * 100)} % of target`;
  return status ? `${r}, ${status} at the deadline` : r;
}

/**
 * Where new rows go, as the wizard places them (planAddGoal): from the sheet's first empty row on; in Excel, rows past
 * a table's end become its new rows (appendToTable) and carry their calculated-column formulas themselves; per-row
 * flavours get the computed formulas on rows past those the template prepared. Consecutive rows of one kind are one
 * block, so a host writes them in one call whatever their number.
 */
function placeRows(snapshot: WorkbookSnapshot, f: Formulas, sheet: string, first: number, prepared: number,
  rows: { cells: PlanCell[]; computed: (r: number) => PlanCell[] }[], hasData: boolean): Block[] {
  const t = f.usesTables ? snapshot.tables?.find((x) => x.sheet === sheet) : undefined;
  const end = t ? t.row + t.rows : Infinity;
  const blocks: Block[] = [];
  rows.forEach((x, i) => {
    const r = first + i;
    const appended = !!t && r >= end;
    let cells = x.cells;
    if (appended) cells = [...cells, ...x.computed(r)];
    else if (f.perRow && !f.usesTables && r > prepared && hasData) cells = [...cells, ...x.computed(r)];
    const last = blocks[blocks.length - 1];
    const sameKind = !!last && !!last.appendToTable === appended && last.cells[0].length === cells.length && (appended || last.row + last.cells.length === r);
    if (sameKind) last.cells.push(cells);
    else blocks.push({ row: appended ? r - Math.max(0, first - end) : r, col: 0, cells: [cells], ...(appended ? { appendToTable: t!.name } : {}) });
  });
  return blocks;
}

/**
 * One review as one new Review row: the goal ID, the result, the five answers, the roll-up and status at the deadline
 * (read from the Goals sheet now, never taken from the caller) and the grade. Refused, writing nothing: a goal that is
 * not past its deadline or was reviewed already, a grade outside 0.0-1.0, and a red goal without an answer to why.
 */
export function planReview(snapshot: WorkbookSnapshot, review: NewReview, host: HostKind, today: string): { plan: WorkbookPlan; result: ReviewResult } {
  const names = pickCascade(snapshot, review.cascade);
  if (!names) throw new Error('There is no goal cascade in this workbook yet: apply the template first.');
  if (!names.Review) throw new Error('This cascade has no Review sheet: apply the template again to get one.');
  const id = String(review.goalId ?? '').trim();
  if (!id) throw new Error('Pick the goal you are reviewing.');
  const g = readGoalDetails(snapshot.values[names.Goals]).find((x) => x.id.toUpperCase() === id.toUpperCase());
  if (!g) throw new Error(`There is no goal ${id} in ${names.Goals}.`);
  // Stryker disable next-line ArrayDeclaration: the Review sheet is found by its header row, so its values are always there
  const reviewValues = snapshot.values[names.Review] ?? [];
  if (readReviewedIds(reviewValues).has(g.id.toUpperCase())) throw new Error(`${g.id} has been reviewed already: its row is in ${names.Review}.`);
  if (g.deadline === undefined) throw new Error(`${g.id} has no deadline: a goal is reviewed once its deadline has passed.`);
  if (g.deadline >= todaySerial(today)) throw new Error(`${g.id}'s deadline ${serialToIso(g.deadline)} has not passed yet (today is ${today}): review it after the deadline.`);
  const clean = (s?: string) => (typeof s === 'string' && s.trim() ? s.trim() : null);
  const why = clean(review.why);
  if (g.status === 'Red' && !why) throw new Error(`${g.id} is red at its deadline: answer "Why did we succeed or fail?" before saving the review.`);
  const grade = review.grade ?? suggestedGrade(g.rollup);
  if (grade === undefined) throw new Error(`${g.id} has no roll-up to suggest a grade from: give it a grade from 0.0 to 1.0.`);
  if (typeof grade !== 'number' || !Number.isFinite(grade) || grade < 0 || grade > 1) throw new Error(`The grade must be a number from 0.0 to 1.0 (1.0 = fully achieved); ${String(grade)} is not.`);
  const result = clean(review.result) ?? resultSummary(g.rollup, g.status);
  // A Review sheet made before these columns existed keeps its 9 columns: the result text then carries the figures.
  // Stryker disable next-line OptionalChaining: the Review sheet is found by its header row, so reviewValues[0] is always there
  const wide = String(reviewValues[0]?.[REVIEW_HEADERS.indexOf('Grade')] ?? '').trim().toLowerCase() === 'grade' || !reviewValues.length;
  const answers = [why, clean(review.worked), clean(review.better), clean(review.keep), clean(review.next)];
  const f = new Formulas(host, names, rowsFor(0, host), rowsFor(0, host));
  const rc = f.reviewColumns();
  const cells: PlanCell[] = [g.id, null, null, wide ? result : `${result}; grade ${grade.toFixed(1)}`, ...answers,
    ...(wide ? [g.rollup ?? null, g.status ?? null, grade] : [])];
  // The first row after the last one with anything typed: Goal and Deadline are formulas in every prepared row, so they
  // are not looked at (a host that reads a formula's text or a stale value there must not push the row down).
  const inputs = reviewValues.map((r) => r.map((v, c) => (c === 1 || c === 2 ? '' : v)));
  const row = firstEmptyRow(inputs, REVIEW_HEADERS.length);
  // Goal and Deadline are the template's formulas: kept in the prepared rows, written with the row past them.
  const computed = (r: number): PlanCell[] => [{ formula: rc.Goal(r + 1) }, { formula: rc.Deadline(r + 1) }];
  const withFormulas = (r: number) => [cells[0], ...computed(r), ...cells.slice(3)];
  const t = f.usesTables ? snapshot.tables?.find((x) => x.sheet === names.Review) : undefined;
  const prepared = 50; // the rows reviewSheet() prepares with their formulas
  let block: Block;
  if (t && row >= t.row + t.rows) block = { row: t.row + t.rows, col: 0, cells: [withFormulas(row)], appendToTable: t.name };
  else if (!f.usesTables && row > prepared) block = { row, col: 0, cells: [withFormulas(row)] };
  else block = { row, col: 0, cells: [cells] };
  return {
    plan: { addSheets: [], writes: [{ sheet: names.Review, blocks: [block] }], select: { sheet: names.Review, row: block.appendToTable ? row : block.row, col: 0 } },
    result: { goalId: g.id, grade, message: `Reviewed ${g.id}: ${result}; grade ${grade.toFixed(1)}. The row is in ${names.Review}.` },
  };
}

const DAY = (iso: string) => isoSerial(iso);
const addDays = (iso: string, n: number) => serialToIso(DAY(iso) + n);
function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The period after [start, deadline]: it starts the day after the deadline and lasts as long. A period of whole months
 * (start and the day after the deadline on the same day of the month: 2026-01-01..2026-03-31) stays whole months
 * (2026-04-01..2026-06-30); any other lasts the same number of days.
 */
export function nextPeriod(start: string, deadline: string): { start: string; deadline: string } {
  const ns = addDays(deadline, 1);
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ny, nm, nd] = ns.split('-').map(Number);
  const months = (ny - sy) * 12 + (nm - sm);
  if (sd === nd && months > 0) return { start: ns, deadline: addDays(addMonths(ns, months), -1) };
  return { start: ns, deadline: addDays(ns, DAY(deadline) - DAY(start)) };
}

/** The goals Next cycle may carry on: those with a deadline, past ones first; the suggested ones ticked. */
export function listNextCycle(snapshot: WorkbookSnapshot, today: string, cascade?: string): CycleList {
  const names = pickCascade(snapshot, cascade);
  if (!names) return { goals: [], message: 'There is no goal cascade in this workbook yet: apply the template first.' };
  const goals = readGoalDetails(snapshot.values[names.Goals]);
  const kpis = readKpis(snapshot.values[names.KPIs]);
  const reviewed = names.Review ? readReviewedIds(snapshot.values[names.Review]) : new Set<string>();
  const t = todaySerial(today);
  const choices: CycleChoice[] = goals.filter((g) => g.deadline !== undefined).map((g) => {
    const deadline = serialToIso(g.deadline!);
    const start = g.start !== undefined ? serialToIso(g.start) : undefined;
    const next = start && g.start! <= g.deadline! ? nextPeriod(start, deadline) : undefined;
    const follow = goals.find((o) => o !== g && o.statement.toLowerCase() === g.statement.toLowerCase() && o.start === g.deadline! + 1);
    return {
      id: g.id, statement: g.statement, deadline, ...(start ? { start } : {}), ...(next ? { nextStart: next.start, nextDeadline: next.deadline } : {}),
      pastDeadline: g.deadline! < t, reviewed: reviewed.has(g.id.toUpperCase()), ...(follow ? { carriedOnAs: follow.id } : {}),
      kpis: kpis.filter((k) => k.id && k.goal.toUpperCase() === g.id.toUpperCase()).length, suggested: false,
      ...(next ? {} : { problem: start ? `${g.id} starts after its deadline: fix its dates first.` : `${g.id} has no start date: type one in ${names.Goals} first.` }),
      at: { sheet: names.Goals, row: g.row, col: 0 },
    };
  });
  const open = choices.filter((c) => c.pastDeadline && !c.carriedOnAs && !c.problem);
  const pick = open.some((c) => c.reviewed) ? open.filter((c) => c.reviewed) : open;
  for (const c of pick) c.suggested = true;
  choices.sort((a, b) => Number(b.pastDeadline) - Number(a.pastDeadline) || a.deadline.localeCompare(b.deadline));
  const message = choices.length ? undefined : `No goal in ${names.Goals} has a deadline yet: there is no cycle to follow.`;
  return { goals: choices, ...(message ? { message } : {}) };
}

/**
 * Next cycle: the chosen goals and their KPIs copied as NEW rows below the data, with new IDs, the next period, the last
 * actual (latest check-in, else Actual) as the new baseline and no actual yet. A parent inside the copied set becomes
 * its copy; any other parent stays. Nothing existing is written: the finished goals stay exactly as they were.
 */
export function planNextCycle(snapshot: WorkbookSnapshot, goalIds: string[], host: HostKind, today: string, cascade?: string): { plan: WorkbookPlan; result: NextCycleResult } {
  const names = pickCascade(snapshot, cascade);
  if (!names) throw new Error('There is no goal cascade in this workbook yet: apply the template first.');
  const wanted = [...new Set((goalIds ?? []).map((x) => String(x).trim().toUpperCase()).filter(Boolean))];
  if (!wanted.length) throw new Error('Choose the goals to carry on into the next cycle.');
  // Stryker disable next-line ArrayDeclaration: a cascade is found by its Goals sheet's header row, so its values are always there
  const goalValues = snapshot.values[names.Goals] ?? [];
  const kpiValues = snapshot.values[names.KPIs] ?? [];
  const goals = readGoalDetails(goalValues);
  const kpis = readKpis(kpiValues);
  const unknown = wanted.filter((w) => !goals.some((g) => g.id.toUpperCase() === w));
  if (unknown.length) throw new Error(`There is no goal ${unknown.join(', ')} in ${names.Goals}.`);
  // In sheet order, so a parent is copied before its children and the new IDs follow the old order.
  const chosen = goals.filter((g) => wanted.includes(g.id.toUpperCase()));
  const periods = new Map<string, { start: string; deadline: string }>();
  for (const g of chosen) {
    if (g.deadline === undefined) throw new Error(`${g.id} has no deadline: there is no period to follow.`);
    if (g.start === undefined) throw new Error(`${g.id} has no start date, so the next period's length is unknown: type its start in ${names.Goals} first.`);
    if (g.start > g.deadline) throw new Error(`${g.id} starts after its deadline: fix its dates first.`);
    periods.set(g.id.toUpperCase(), nextPeriod(serialToIso(g.start), serialToIso(g.deadline)));
  }
  const allGoalIds = goals.map((g) => g.id);
  const newId = new Map<string, string>();
  for (const g of chosen) {
    const id = nextId('G', [...allGoalIds, ...newId.values()]);
    newId.set(g.id.toUpperCase(), id);
  }
  const f = new Formulas(host, names, rowsFor(0, host), rowsFor(0, host));
  // Sheets writes an empty input cell of a new row as "" so that each block is one dense 2-D write.
  const blank: PlanCell = host === 'sheets' ? '' : null;
  const v = (x: unknown): PlanCell => (x === '' || x === null || x === undefined ? blank : typeof x === 'number' || typeof x === 'boolean' ? x : String(x));
  const goalRows = chosen.map((g) => {
    // Stryker disable next-line ArrayDeclaration: g was read from goalValues[g.row], so the row is always there
    const raw = goalValues[g.row] ?? [];
    const p = periods.get(g.id.toUpperCase())!;
    const parent = g.parent ? newId.get(g.parent.toUpperCase()) ?? g.parent : blank;
    const cells: PlanCell[] = [newId.get(g.id.toUpperCase())!, v(raw[1]), parent, v(raw[3]), v(raw[4]), v(raw[5]), { date: p.start }, { date: p.deadline }, v(raw[8])];
    const computed = (r: number): PlanCell[] => {
      const c = f.goalColumns();
      return [{ formula: c['SMART check'](r + 1) }, f.usesTables ? { formula: c['Roll-up'](r + 1) } : null, { formula: c.Status(r + 1) }, { formula: c.KPIs(r + 1) }, { formula: c.Check(r + 1) }];
    };
    return { cells, computed };
  });
  const kpiCopies: { from: string; to: string }[] = [];
  const kpiRows = chosen.flatMap((g) => kpis.filter((k) => k.id && k.goal.toUpperCase() === g.id.toUpperCase()).map((k) => {
    // Stryker disable next-line ArrayDeclaration: k was read from kpiValues[k.row], so the row is always there
    const raw = kpiValues[k.row] ?? [];
    const p = periods.get(g.id.toUpperCase())!;
    const to = nextId('K', [...kpis.map((x) => x.id), ...kpiCopies.map((x) => x.to)]);
    kpiCopies.push({ from: k.id, to });
    const last = typeof k.latest === 'number' ? k.latest : typeof k.actual === 'number' ? k.actual : raw[9];
    const cells: PlanCell[] = [to, newId.get(g.id.toUpperCase())!, ...raw.slice(2, 9).map(v), v(last), v(raw[10]), blank, { date: p.start }, { date: p.deadline }];
    const computed = (r: number): PlanCell[] => {
      const c = f.kpiColumns();
      return KPI_COMPUTED.map((h) => (c[h] ? { formula: c[h](r + 1) } : null)); // playground: tracking columns are spills, no per-row formula
    };
    return { cells, computed };
  }));
  const goalFirst = firstEmptyRow(goalValues, 9);
  const kpiFirst = firstEmptyRow(kpiValues, 14);
  const goalBlocks = placeRows(snapshot, f, names.Goals, goalFirst, f.goalRows, goalRows, goalValues.length > 0);
  const kpiBlocks = placeRows(snapshot, f, names.KPIs, kpiFirst, f.kpiRows, kpiRows, kpiValues.length > 0);
  const copies = chosen.map((g) => ({ from: g.id, to: newId.get(g.id.toUpperCase())! }));
  const p0 = periods.get(chosen[0].id.toUpperCase())!;
  return {
    plan: {
      addSheets: [],
      writes: [{ sheet: names.Goals, blocks: goalBlocks }, ...(kpiBlocks.length ? [{ sheet: names.KPIs, blocks: kpiBlocks }] : [])],
      select: { sheet: names.Goals, row: goalFirst, col: 0 },
    },
    result: {
      goals: copies, kpis: kpiCopies,
      message: `Next cycle started: ${copies.map((c) => `${c.to} (from ${c.from})`).join(', ')}${kpiCopies.length ? ` with ${kpiCopies.map((c) => c.to).join(', ')}` : ''}` +
        `, from ${p0.start}${chosen.length === 1 ? ` to ${p0.deadline}` : ''}. The finished goals stay as they were.`,
    },
  };
}

// ----- the panel's Home (issue 14) ---------------------------------------------------------------------------------

/**
 * What the panel's Home shows of the workbook: whether it has the template, how many goals the cascade has, how many of
 * its KPIs are overdue for a check-in and how many goals wait for a review. The counts are those the Check in and Review
 * tasks list (listKpis, listReviews), so Home never promises work a task then does not show.
 */
export function workbookSummary(snapshot: WorkbookSnapshot, today: string, cascade?: string): WorkbookSummary {
  const cascades = findTemplates(snapshot).length;
  const names = pickCascade(snapshot, cascade);
  if (!names) return { template: false, cascades, goals: 0, overdueKpis: 0, reviewsDue: 0 };
  return {
    template: true,
    cascades,
    cascade: names.Goals,
    goals: readGoals(snapshot.values[names.Goals]).length,
    overdueKpis: listKpis(snapshot, today, names.Goals).kpis.filter((k) => k.overdue).length,
    reviewsDue: listReviews(snapshot, today, names.Goals).goals.length,
  };
}
