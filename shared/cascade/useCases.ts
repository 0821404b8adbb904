/**
 * The use cases behind the task pane, the sidebar and the playground: each takes a snapshot of the workbook and returns
 * a plan for the host adapter to apply (snapshot -> plan -> apply), so they run the same on every host.
 */
import type {
  CascadeChoice, CheckInLog, CheckInResult, KpiChoice, KpiList, NewCheckIn,
  AddGoalResult, ApplyResult, ApplyTemplateOptions, Finding, GoalSummary, HostKind, NewGoal, RefreshResult, WorkbookSnapshot,
} from '../host/port';
import { freeSheetName, type Block, type PlanCell, type RefreshPlan, type WorkbookPlan } from '../host/plan';
import { analyseGoal, smartCheckText } from '../smart/analyser';
import { Formulas, freeTableNames, type SheetNames } from '../templates/formulas';
import { cascadeRules, planCascade, rowsFor } from '../templates/cascade';
import { CHECKINS_HEADERS, CONFIDENCE, KPI_COMPUTED, SETTINGS, SHEETS, GOALS_HEADERS, KPIS_HEADERS } from '../templates/layout';
import { serialFromParts, serialToIso } from '../functions/coerce';
import { candidateSheets, findTemplates, firstEmptyRow, nextId, pickCascade, readGoals, readKeyResults, readKpis, readSetting } from './model';

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
    plan.sheets.push({ name: names.KPIs, rules: rules.KPIs }, { name: names.Goals, rules: rules.Goals });
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
    const applied = planApplyTemplate(snapshot, { template: 'cascade', exampleData: false }, host, today);
    plan = applied.plan;
    appliedTemplate = true;
    names = freeNames(snapshot.sheetNames);
  } else {
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
      return KPI_COMPUTED.map((h) => ({ formula: c[h](r + 1) }));
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
    const a = analyseGoal({ text: g.statement, deadline: g.deadline, parent: g.parent || undefined, hasKpiWithTarget: kpis.some((k) => k.goal === g.id && k.target !== '' && k.target != null) });
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
