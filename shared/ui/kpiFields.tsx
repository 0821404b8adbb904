/** The fields of one KPI in the goal wizard (smart.md): name, definition, unit, type, direction, frequency, owner,
 * baseline, target, and the history that lets the analyser judge Achievable. */
import type { NewKpi } from '../host/port';

export interface KpiForm {
  name: string;
  definition: string;
  unit: string;
  type: 'Leading' | 'Lagging';
  direction: 'Higher' | 'Lower';
  frequency: 'Weekly' | 'Monthly' | 'Quarterly' | 'Yearly';
  owner: string;
  baseline: string;
  target: string;
  history: string;
}

export const emptyKpi = (): KpiForm => ({
  name: '', definition: '', unit: '', type: 'Lagging', direction: 'Higher', frequency: 'Monthly', owner: '', baseline: '', target: '', history: '',
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
  };
}

export function KpiFields(props: { index: number; kpi: KpiForm; onChange: (k: KpiForm) => void; onRemove?: () => void }) {
  const { index, kpi, onChange, onRemove } = props;
  const id = (f: string) => `gp-kpi${index}-${f}`;
  const text = (f: keyof KpiForm, label: string, type: 'text' | 'number' = 'text', extra: Record<string, string> = {}) => (
    <span>
      <label for={id(f)}>{label}</label>
      {/* The cast only narrows for Preact's input typings, which want a literal type per element. */}
      <input id={id(f)} type={type as 'text'} value={kpi[f]} {...extra}
        onInput={(e) => onChange({ ...kpi, [f]: (e.target as HTMLInputElement).value })} />
    </span>
  );
  const select = <K extends 'type' | 'direction' | 'frequency'>(f: K, label: string, options: KpiForm[K][]) => (
    <span>
      <label for={id(f)}>{label}</label>
      <select id={id(f)} value={kpi[f]} onChange={(e) => onChange({ ...kpi, [f]: (e.target as HTMLSelectElement).value as KpiForm[K] })}>
        {options.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    </span>
  );
  return (
    <fieldset class="gp-kpi">
      <legend>KPI {index + 1}</legend>
      {text('name', index === 0 ? 'KPI that measures it' : 'KPI name')}
      {text('definition', 'Definition or formula', 'text', { placeholder: 'e.g. revenue / customers' })}
      <div class="gp-row">
        {text('unit', 'Unit')}
        {select('frequency', 'Frequency', ['Weekly', 'Monthly', 'Quarterly', 'Yearly'])}
      </div>
      <div class="gp-row">
        {select('type', 'Type', ['Leading', 'Lagging'])}
        {select('direction', 'Better when', ['Higher', 'Lower'])}
      </div>
      {text('owner', 'KPI owner')}
      <div class="gp-row">
        {text('baseline', 'Baseline', 'number', { step: 'any' })}
        {text('target', index === 0 ? 'KPI target' : 'Target', 'number', { step: 'any' })}
      </div>
      {text('history', 'History (past values, oldest first)', 'text', { placeholder: 'e.g. 31, 30, 29.5, 28' })}
      {onRemove && <button type="button" onClick={onRemove}>Remove KPI {index + 1}</button>}
    </fieldset>
  );
}
