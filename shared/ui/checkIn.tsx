/**
 * The Check in task (templates.md "Tracking over time"): pick a KPI (the ones the user owns first, overdue ones on top),
 * type the new value, a confidence and a note; one row is appended to the Check-ins sheet through the Host port.
 * The task stays open with the next KPI picked, so several KPIs can be checked in one after another.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { HostPort, KpiChoice, KpiList, NewCheckIn } from '../host/port';
import { TaskHeading } from './help';
import { Button, Select, TextField } from './controls';

const CONFIDENCES: NonNullable<NewCheckIn['confidence']>[] = ['On track', 'At risk', 'Off track'];
const ME_KEY = 'goalpost.checkIn.me';

/** The owner the user said they are, remembered in the browser when it allows (a sandboxed sidebar may not). */
function remembered(): string {
  try {
    // Stryker disable next-line OptionalChaining: without a localStorage the TypeError is caught below and gives '' too
    return globalThis.localStorage?.getItem(ME_KEY) ?? '';
  } catch {
    return '';
  }
}
function remember(me: string): void {
  try {
    // Stryker disable next-line OptionalChaining: without a localStorage the TypeError is caught below: nothing remembered either way
    globalThis.localStorage?.setItem(ME_KEY, me);
  } catch {
    // Nothing to do: the choice just is not remembered.
  }
}

/** Owned by `me` first; within each group the port's order (overdue first). */
export function orderForOwner(kpis: KpiChoice[], me: string): KpiChoice[] {
  if (!me) return kpis;
  return [...kpis.filter((k) => k.owner === me), ...kpis.filter((k) => k.owner !== me)];
}

/** "12.5" or "12,5" or "90%" as a number; NaN when it is not one (the core then says what to fix). */
export function parseValue(text: string): number {
  // Stryker disable next-line MethodExpression: trim() only drops white space, which the replace drops anyway
  const t = text.trim().replace(/\s/g, '');
  const pct = t.endsWith('%');
  const digits = pct ? t.slice(0, -1) : t;
  // Nothing typed, or a "%" alone, is no number (Number('') would read it as 0 and check in a 0).
  if (digits === '') return NaN;
  const n = Number(digits.replace(/,(?=\d+$)/, '.'));
  return pct ? n / 100 : n;
}

export function CheckIn(props: { port: HostPort; busy: boolean; run: (label: string, action: () => Promise<string>) => Promise<void>; changes?: number; cascade?: string }) {
  const { port, busy, run, changes = 0, cascade } = props;
  const [list, setList] = useState<KpiList | null>(null);
  const [me, setMe] = useState(remembered);
  // Stryker disable next-line StringLiteral: any id no KPI has picks the first KPI, as '' does
  const [kpiId, setKpiId] = useState('');
  const [value, setValue] = useState('');
  const [confidence, setConfidence] = useState<NewCheckIn['confidence'] | ''>('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState('');

  useEffect(() => {
    port.listKpis(cascade).then(setList, (e: unknown) => setList({ kpis: [], message: e instanceof Error ? e.message : String(e) }));
  }, [port, changes, cascade]);

  const kpis = useMemo(() => orderForOwner(list?.kpis ?? [], me), [list, me]);
  const owners = useMemo(() => [...new Set((list?.kpis ?? []).map((k) => k.owner).filter(Boolean))].sort(), [list]);
  const picked = kpis.find((k) => k.id === kpiId) ?? kpis[0];

  async function submit(e: Event) {
    e.preventDefault();
    if (!picked) return;
    const entry: NewCheckIn = { ...(cascade ? { cascade } : {}), kpiId: picked.id, value: parseValue(value), ...(confidence ? { confidence } : {}), ...(note.trim() ? { note: note.trim() } : {}), ...(me ? { who: me } : {}) };
    await run(`Checking in ${picked.id}`, async () => {
      const r = await port.checkIn(entry);
      // Ready for the next KPI: the value and note clear, the next KPI in the list is picked.
      const i = kpis.findIndex((k) => k.id === picked.id);
      // Stryker disable next-line OptionalChaining,StringLiteral: the form shows only with KPIs, so there always is a next one
      setKpiId(kpis[(i + 1) % kpis.length]?.id ?? '');
      setValue('');
      setNote('');
      setConfidence('');
      setDone(r.message);
      return r.message;
    });
  }

  return (
    <section aria-labelledby="gp-checkin">
      <TaskHeading id="gp-checkin">Check in</TaskHeading>
      {list?.message && <p class="gp-hint" data-testid="checkin-message">{list.message}</p>}
      {kpis.length > 0 && (
        <form onSubmit={submit}>
          {owners.length > 0 && (
            <>
              <Select id="gp-ci-me" label="I am" value={me} choices={[{ value: '', text: 'Anyone (all KPIs)' }, ...owners]}
                onValue={(v) => { setMe(v); remember(v); setKpiId(''); }} />
            </>
          )}
          <Select id="gp-ci-kpi" label="KPI" value={picked?.id ?? ''} onValue={(v) => { setKpiId(v); setDone(''); }}
            choices={kpis.map((k) => ({ value: k.id, text: `${k.overdue ? 'Overdue: ' : ''}${k.id} ${k.name}${k.owner ? ` (${k.owner})` : ''}` }))} />
          {picked && (
            <p class="gp-hint" data-testid="checkin-kpi">
              {picked.current !== undefined ? `Now ${picked.current}${picked.unit ? ` ${picked.unit}` : ''}. ` : 'No value yet. '}
              {picked.nextDue ? (picked.overdue ? `Update was due ${picked.nextDue}.` : `Next update due ${picked.nextDue}.`) : ''}
            </p>
          )}
          <TextField id="gp-ci-value" label="New value" inputMode="decimal" value={value} onValue={setValue} />
          <Select id="gp-ci-conf" label="Confidence" value={confidence ?? ''} choices={[{ value: '', text: '(not given)' }, ...CONFIDENCES]}
            onValue={(v) => setConfidence(v as NewCheckIn['confidence'] | '')} />
          <TextField id="gp-ci-note" label="Note" value={note} onValue={setNote} />
          <Button type="submit" primary disabled={busy || value.trim() === ''}>Check in</Button>
          {done && <p class="gp-status" role="status" data-testid="checkin-done">{done}</p>}
        </form>
      )}
    </section>
  );
}
