/**
 * The charts of the sheet on show (a SheetPlan's `charts`, kept in the sheet's meta), drawn in the page beside the grid.
 * The charting code (charts.ts with Chart.js) is a separate chunk, imported the first time a sheet with charts is shown,
 * so the playground's main.js does not carry it. The charts are made once per sheet and then refreshed from their
 * source ranges after every change of the workbook (Chart.update), not rebuilt. Their figures stay in the cells beside
 * them: those are the text alternative, and each canvas names its source range.
 */
import type { ChartPlan } from '../../shared/host/plan';
import type { Selection } from './selection';
import type { PlaygroundWorkbook } from './workbook';

/** What charts.ts exports (kept here as a type so main.js does not import the module itself). */
export interface ChartDrawer {
  /** Draw (or, for charts already drawn, refresh) `charts` into `host`, reading each source range with `read`. */
  draw(host: HTMLElement, key: string, charts: ChartPlan[], read: (c: ChartPlan) => unknown[][]): void;
  /** Remove the charts of keys other than `keep`. */
  clear(keep?: string): void;
}

export class ChartPanel {
  readonly element: HTMLElement;
  /** Where the charts are drawn (below the panel's toolbar). */
  private readonly content: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private drawer?: Promise<ChartDrawer>;
  private queued = false;

  constructor(private readonly wb: PlaygroundWorkbook, private readonly selection: Selection, private readonly load = () => import('./charts')) {
    this.element = document.createElement('section');
    this.element.className = 'chart-panel';
    this.element.hidden = true;
    this.element.setAttribute('aria-label', 'Charts of this sheet (their figures are in the cells)');
    // The panel floats over the grid's right side: one click folds it away to show the cells beneath, and back.
    this.toggle = document.createElement('button');
    this.toggle.type = 'button';
    this.toggle.className = 'chart-toggle';
    this.toggle.textContent = 'Hide charts';
    this.toggle.addEventListener('click', () => {
      const folded = this.element.classList.toggle('folded');
      this.toggle.textContent = folded ? 'Show charts' : 'Hide charts';
      this.toggle.setAttribute('aria-expanded', String(!folded));
    });
    this.toggle.setAttribute('aria-expanded', 'true');
    this.content = document.createElement('div');
    this.element.append(this.toggle, this.content);
    wb.onChange(() => this.schedule());
    selection.onChange(() => this.schedule());
    this.schedule();
  }

  private schedule(): void {
    if (this.queued) return;
    this.queued = true;
    const run = () => {
      this.queued = false;
      void this.render();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
    else setTimeout(run, 0);
  }

  async render(): Promise<void> {
    const sheet = this.selection.get().sheet;
    const charts = this.wb.hasSheet(sheet) ? this.wb.meta(sheet).charts ?? [] : [];
    if (!charts.length) {
      this.element.hidden = true;
      if (this.drawer) (await this.drawer).clear();
      return;
    }
    this.element.hidden = false;
    this.drawer ??= this.load().then((m) => m.drawer);
    const d = await this.drawer;
    if (this.selection.get().sheet !== sheet) return; // another sheet was shown meanwhile
    d.clear(sheet);
    d.draw(this.content, sheet, charts, (c) => this.read(sheet, c));
  }

  /**
   * The source range's values, blanks as null. A chart that grows (ChartPlan.grows) reads down to the last row of the
   * sheet whose first source column (the categories) is filled, so goals and teams added later are drawn.
   */
  private read(sheet: string, c: ChartPlan): unknown[][] {
    let rows = c.source.rows;
    if (c.grows) {
      const filled = (r: number) => {
        const v = this.wb.value(sheet, r, c.source.col);
        return v !== '' && v !== null && v !== undefined;
      };
      let last = this.wb.size(sheet).rows - 1;
      while (last > c.source.row && !filled(last)) last--;
      rows = last - c.source.row + 1;
    }
    const out: unknown[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: unknown[] = [];
      for (let k = 0; k < c.source.cols; k++) {
        const v = this.wb.value(sheet, c.source.row + r, c.source.col + k);
        row.push(v === '' || v === undefined ? null : v);
      }
      out.push(row);
    }
    return out;
  }
}
