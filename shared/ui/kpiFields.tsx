/** The fields of one KPI in the goal wizard (smart.md): name, definition, unit, type, direction, frequency, owner,
 * baseline, target, current value, and the history that lets the analyser judge Achievable. The direction follows the
 * baseline and target until the user picks one; a direction that contradicts them is flagged with the fix offered. */
import type { NewKpi } from '../host/port';
import { Button, Select, TextField } from './controls';

export interface KpiForm {
  name: string;
  definition: string;
  unit: string;
  type: 'Leading' | 'Lagging';
  direction: 'Higher' | 'Lower' | 'At least' | 'At most';
  frequency: 'Daily' | 'Weekly' | 'Monthly' | 'Quarterly' | 'Yearly';
  owner: string;
  baseline: string;
  target: string;
  /** The current value, written to the KPIs sheet's Actual column. */
  actual: string;
  history: string;
  /** True once the user picked the direction; until then it follows the baseline and target. */
  directionSet?: boolean;
}

export const emptyKpi = (): KpiForm => ({
  name: '', definition: '', unit: '', type: 'Lagging', direction: 'Higher', frequency: 'Monthly', owner: '', baseline: '', target: '', actual: '', history: '',
});

const num = (s: string) => (s.trim() === '' || !Number.isFinite(Number(s)) ? undefined : Number(s));

/** The KPI to write, or undefined for a KPI row left empty. */
export function kpiFromForm(k: KpiForm): NewKpi | undefined {
  if (!k.name.trim()) return undefined;
  return {
    name: k.name.trim(),
    definition: k.definition.trim() || undefined,
    unit: k.unit.trim() || undefined,
    type: k.type,
    direction: k.direction,
    frequency: k.frequency,
    owner: k.owner.trim() || undefined,
    baseline: num(k.baseline),
    target: num(k.target),
    actual: num(k.actual),
  };
}

/** The direction the baseline and target imply, when both are numbers and differ. */
export function impliedDirection(k: KpiForm): KpiForm['direction'] | undefined {
  const b = num(k.baseline);
  const t = num(k.target);
  return b === undefined || t === undefined || b === t ? undefined : t > b ? 'Higher' : 'Lower';
}

/** Why the KPI's direction contradicts its baseline and target, or undefined. */
export function directionProblem(k: KpiForm): string | undefined {
  // A level to hold (At least / At most) has no distance to cover: its baseline plays no part.
  if (k.direction === 'At least' || k.direction === 'At most') return undefined;
  const implied = impliedDirection(k);
  if (!implied || implied === k.direction) return undefined;
  return `"Better when" is ${k.direction}, but the target ${k.target.trim()} is ${implied === 'Higher' ? 'above' : 'below'} the baseline ${k.baseline.trim()}.`;
}

export function KpiFields(props: { index: number; kpi: KpiForm; onChange: (k: KpiForm) => void; onRemove?: () => void }) {
  const { index, kpi, onChange, onRemove } = props;
  const id = (f: string) => `gp-kpi${index}-${f}`;
  const problem = directionProblem(kpi);
  const text = (f: Exclude<keyof KpiForm, 'directionSet'>, label: string, type: 'text' | 'number' = 'text', extra: { placeholder?: string; step?: string } = {}) => (
    <span>
      <TextField id={id(f)} label={label} type={type} value={kpi[f] as string} {...extra}
        onValue={(v) => {
          const next = { ...kpi, [f]: v };
          // Until the user picks a direction, it follows the baseline and target.
          const implied = f === 'baseline' || f === 'target' ? impliedDirection(next) : undefined;
          onChange(implied && !kpi.directionSet ? { ...next, direction: implied } : next);
        }} />
    </span>
  );
  const select = <K extends 'type' | 'direction' | 'frequency'>(f: K, label: string, options: KpiForm[K][]) => (
    <span>
      <Select id={id(f)} label={label} value={kpi[f]} choices={options}
        onValue={(v) => onChange({ ...kpi, [f]: v as KpiForm[K], ...(f === 'direction' ? { directionSet: true } : {}) })} />
    </span>
  );
  return (
    <fieldset class="gp-kpi">
      <legend>KPI {index + 1}</legend>
      {text('name', index === 0 ? 'KPI that measures it' : 'KPI name')}
      {text('definition', 'Definition or formula', 'text', { placeholder: 'e.g. revenue / customers' })}
      <div class="gp-row">
        {text('unit', 'Unit')}
        {select('frequency', 'Frequency', ['Daily', 'Weekly', 'Monthly', 'Quarterly', 'Yearly'])}
      </div>
      <div class="gp-row">
        {select('type', 'Type', ['Leading', 'Lagging'])}
        {select('direction', 'Better when', ['Higher', 'Lower', 'At least', 'At most'])}
      </div>
      {problem && (
        <p class="gp-warn" role="alert" data-testid={`kpi${index}-direction-problem`}>
          {problem}{' '}
          <Button onClick={() => onChange({ ...kpi, direction: impliedDirection(kpi)!, directionSet: true })}>
            Use {impliedDirection(kpi)}
          </Button>
        </p>
      )}
      {text('owner', 'KPI owner')}
      <div class="gp-row">
        {text('baseline', 'Baseline', 'number', { step: 'any' })}
        {text('target', index === 0 ? 'KPI target' : 'Target', 'number', { step: 'any' })}
      </div>
      {text('actual', index === 0 ? 'Current value' : 'Current value of this KPI', 'number', { step: 'any' })}
      {text('history', 'History (past values, oldest first)', 'text', { placeholder: 'e.g. 31, 30, 29.5, 28' })}
      {onRemove && <Button onClick={onRemove}>Remove KPI {index + 1}</Button>}
    </fieldset>
  );
}
