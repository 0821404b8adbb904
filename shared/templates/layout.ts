/**
 * The goal-cascade template's sheets and columns (templates.md). The use cases find our sheets again by their header
 * rows, so a renamed or "(2)" sheet still works; keep headers stable.
 */
export const SHEETS = ['Strategy', 'Goals', 'KPIs', 'Check-ins', 'OKRs', 'NPS', 'Review', 'Settings', 'Dashboard'] as const;
export type SheetKey = (typeof SHEETS)[number];

export const GOALS_HEADERS = ['ID', 'Level', 'Parent ID', 'Department / team', 'Owner', 'Goal', 'Start', 'Deadline', 'Weight',
  'SMART check', 'Roll-up', 'Status', 'KPIs', 'Check'] as const;
export const KPIS_HEADERS = ['ID', 'Goal ID', 'KPI', 'Definition / formula', 'Unit', 'Type', 'Direction', 'Frequency', 'Owner',
  'Baseline', 'Target', 'Actual', 'Start', 'Deadline', 'Attainment', 'Pace', 'Status', 'Team', 'Check',
  // Tracking over time (templates.md), read from the Check-ins sheet; appended so the older columns keep their places.
  'Latest check-in', 'Last update', 'Next update due', 'Confidence', 'Trend', 'Projected', 'Projected attainment'] as const;
/** The computed columns of KPIs, in order (everything after the 14 input columns). */
export const KPI_COMPUTED = ['Attainment', 'Pace', 'Status', 'Team', 'Check', 'Latest check-in', 'Last update', 'Next update due',
  'Confidence', 'Trend', 'Projected', 'Projected attainment'] as const;
export const KPI_INPUTS = 14;
/** The check-in log: one row per update, appended, never edited (a correction is a later row). */
export const CHECKINS_HEADERS = ['Date', 'KPI ID', 'Value', 'Confidence', 'Note', 'Who'] as const;
export const CONFIDENCE = ['On track', 'At risk', 'Off track'] as const;
export const DIRECTIONS = ['Higher', 'Lower', 'At least', 'At most'] as const;
export const FREQUENCIES = ['Daily', 'Weekly', 'Monthly', 'Quarterly', 'Yearly'] as const;
/** How a KPI's status is judged (Settings). */
export const STATUS_MODES = ['Pace, then attainment', 'Attainment', 'Pace'] as const;
export const OKRS_HEADERS = ['Objective ID', 'Objective', 'Commitment', 'Key result', 'Progress', 'Weight', 'Objective score',
  'Key results', 'Check'] as const;
export const NPS_HEADERS = ['Answer (0-10)'] as const;
export const REVIEW_HEADERS = ['Goal ID', 'Goal', 'Deadline', 'Result', 'Why did we succeed or fail?', 'What worked well?',
  'How could we do better?', 'Can we keep doing this?', 'What is the next step?',
  // The result at the deadline as the Review task records it (appended so the older columns keep their places): the
  // goal's roll-up and status as the Goals sheet showed them, and an OKR-style grade from 0.0 to 1.0.
  'Roll-up at deadline', 'Status at deadline', 'Grade'] as const;
/** The evaluation questions of a review, in the Review sheet's order (templates.md "Review at the deadline"). */
export const REVIEW_QUESTIONS = ['Why did we succeed or fail?', 'What worked well?', 'How could we do better?', 'Can we keep doing this?',
  'What is the next step?'] as const;
export const STATUSES = ['Green', 'Yellow', 'Red'] as const;
/** The Dashboard's goal tree (its first row: the use cases recognise the sheet by it). */
export const DASHBOARD_HEADERS = ['Goal ID', 'Goal', 'Level', 'Department / team', 'Roll-up', 'Status', 'Note'] as const;
export const SETTINGS_HEADERS = ['Setting', 'Value', 'What it does', 'Check'] as const;
export const STRATEGY_HEADERS = ['Statement', 'Text', 'Words', 'Check'] as const;

/** 0-based column of a header. */
export const col = <T extends readonly string[]>(headers: T, name: T[number]) => headers.indexOf(name);

/** Settings rows (0-based row index in the Settings sheet) and their absolute A1 cells. */
export const SETTINGS = {
  greenAt: { row: 1, label: 'Green at (attainment)', value: 1, note: 'A KPI or goal is green from this attainment on.' },
  yellowAt: { row: 2, label: 'Yellow at (attainment)', value: 0.9, note: 'Yellow from this attainment on, red below.' },
  paceGreenAt: { row: 3, label: 'Green at (pace)', value: 1, note: 'Pace is green from here on (1 = on the straight line).' },
  paceYellowAt: { row: 4, label: 'Yellow at (pace)', value: 0.9, note: 'Pace is yellow from here on, red below.' },
  asOf: { row: 5, label: 'As of', value: null, note: 'Every pace formula measures at this date; Refresh traffic lights sets it to today.' },
  maxKpisPerPerson: { row: 6, label: 'KPIs per person (max)', value: 5, note: 'A person owning more KPIs is flagged in KPIs.' },
  maxKpisPerTeam: { row: 7, label: 'KPIs per team (max)', value: 7, note: 'A team with more KPIs is flagged in KPIs.' },
  maxKeyResults: { row: 8, label: 'Key results per objective (max)', value: 5, note: 'An objective with more is flagged in OKRs.' },
  statusFrom: { row: 9, label: 'KPI status from', value: STATUS_MODES[0], note: 'Pace, then attainment: on pace while a KPI runs, on attainment once its deadline has passed. Or always Attainment, or always Pace.' },
  okrGreenAt: { row: 10, label: 'Green at (objective score)', value: 0.7, note: 'Google\'s OKR grading: an objective scoring 0.7 or more is green.' },
  okrYellowAt: { row: 11, label: 'Yellow at (objective score)', value: 0.4, note: 'Yellow from this score on, red below.' },
} as const;
export type SettingKey = keyof typeof SETTINGS;
export const settingCell = (k: SettingKey) => `$B$${SETTINGS[k].row + 1}`;

/** Rows of an Excel worksheet: validations and rules of the Excel flavour cover whole columns, so they grow. */
export const EXCEL_ROWS = 1048576;

/** Rows the per-row flavours prepare formulas for beyond the example data (Excel tables extend by themselves). */
export const SPARE_ROWS = 50;
export const MIN_ROWS = 100;

export const FILLS = {
  Green: { fill: '#C6EFCE', font: '#006100' },
  Yellow: { fill: '#FFEB9C', font: '#9C5700' },
  Red: { fill: '#FFC7CE', font: '#9C0006' },
} as const;
