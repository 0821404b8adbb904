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

/** The decimal mark of the user's locale (the browser the panel runs in): "." for en-US, "," for de-DE. */
export function localeDecimalMark(): string {
  return new Intl.NumberFormat().formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

/**
 * A typed value as a number: "12.5", "12,5", "1,234,567", "1.234,5", "1 000", "90%"; NaN when it is not one (the core
 * then says what to fix). One separator followed by exactly three digits ("1,234", "1.234") is read as the user's
 * locale writes numbers: a thousands separator unless it is the locale's decimal mark (en-US: "1,234" is 1234 and
 * "1.234" is 1.234; de-DE the other way round), so a thousands separator is never checked in as a decimal point.
 * With both marks, the last one is the decimal mark and the other must group thousands.
 */
export function parseValue(text: string, decimalMark: string = localeDecimalMark()): number {
  const t = text.replace(/\s/g, '');
  const pct = t.endsWith('%');
  const typed = pct ? t.slice(0, -1) : t;
  const sign = /^[+-]/.test(typed) ? typed[0] : '';
  const body = typed.slice(sign.length);
  // Nothing typed, or a "%" alone, is no number (Number('') would read it as 0 and check in a 0).
  if (body === '') return NaN;
  const plain = plainDigits(body, decimalMark);
  const n = plain === undefined ? NaN : Number(sign + plain);
  return pct ? n / 100 : n;
}

/**
 * What a typed value will be checked in as, shown under the field before anything is written: a separator the locale
 * reads the other way shows at once. Undefined while nothing is typed.
 */
export function valueReading(text: string, decimalMark: string = localeDecimalMark()): string | undefined {
  if (text.trim() === '') return undefined;
  const n = parseValue(text, decimalMark);
  if (!Number.isFinite(n)) return `Not a number yet: type digits, e.g. 12${decimalMark}5, 1 250 or 90%.`;
  // A percentage is stored as its fraction (90% is 0.9, as Excel and Sheets store it): both are shown.
  return text.trim().endsWith('%') ? `Checks in ${n} (${Number((n * 100).toPrecision(12))}%).` : `Checks in ${n}.`;
}

/** `body` (no sign, no spaces) with its thousands separators dropped and its decimal mark as "."; undefined if malformed. */
function plainDigits(body: string, decimalMark: string): string | undefined {
  const marks = [...new Set(body.match(/[.,]/g) ?? [])];
  if (marks.length === 0) return body;
  const grouped = (g: string) => new RegExp(`^\\d{1,3}(\\${g}\\d{3})+$`);
  if (marks.length === 2) {
    const dec = body[Math.max(body.lastIndexOf('.'), body.lastIndexOf(','))];
    const group = dec === '.' ? ',' : '.';
    const cut = body.lastIndexOf(dec);
    const whole = body.slice(0, cut);
    const fraction = body.slice(cut + 1);
    return grouped(group).test(whole) && /^\d+$/.test(fraction) ? `${whole.split(group).join('')}.${fraction}` : undefined;
  }
  const [mark] = marks;
  const count = body.split(mark).length - 1;
  // "1,234" / "1.234": a thousands group unless the locale writes its decimals with that mark ("0,125" is a decimal).
  if (count > 1 || (grouped(mark).test(body) && !body.startsWith('0') && mark !== decimalMark)) {
    return grouped(mark).test(body) ? body.split(mark).join('') : undefined;
  }
  return /^\d*[.,]\d+$/.test(body) ? body.replace(mark, '.') : undefined;
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
  const reading = valueReading(value);

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
          <TextField id="gp-ci-value" label="New value" inputMode="decimal" value={value} onValue={setValue}
            aria-describedby={reading ? 'gp-ci-reading' : undefined} />
          {reading && <p id="gp-ci-reading" class="gp-hint" data-testid="checkin-reading">{reading}</p>}
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
