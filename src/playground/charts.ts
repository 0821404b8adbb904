/**
 * The playground's chart drawing, a chunk of its own (loaded by chartPanel.ts when a sheet with charts is first shown).
 * Chart.js with only the parts these charts use registered, so the bundle leaves the rest out.
 * Source ranges are read as the hosts read them: the header row names the series, the first column holds the
 * categories (dates as yyyy-mm-dd when the chart is a line over dates), each further column one series. Rows without a
 * category are left out (the figures tables are longer than their data).
 */
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip,
} from 'chart.js';
import type { ChartPlan } from '../../shared/host/plan';
import type { ChartDrawer } from './chartPanel';
import { serialToIso } from '../../shared/functions/coerce';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Title, Tooltip);

const PALETTE = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];

function data(c: ChartPlan, values: unknown[][]) {
  const [header, ...rows] = values;
  const used = rows.filter((r) => r[0] !== null && r[0] !== '');
  const label = (v: unknown) => (c.kind === 'line' && typeof v === 'number' ? serialToIso(v) : String(v));
  return {
    labels: used.map((r) => label(r[0])),
    datasets: header.slice(1).map((name, i) => ({
      label: String(name ?? ''),
      data: used.map((r) => (typeof r[i + 1] === 'number' ? (r[i + 1] as number) : null)),
      backgroundColor: c.colors?.[i] ?? PALETTE[i % PALETTE.length],
      borderColor: c.colors?.[i] ?? PALETTE[i % PALETTE.length],
      spanGaps: true,
    })),
  };
}

/** The figures a chart shows, on its canvas (for tests and tools; the cells beside it are the text alternative). */
function label(canvas: HTMLCanvasElement, d: ReturnType<typeof data>) {
  canvas.dataset.figures = JSON.stringify({ labels: d.labels, series: d.datasets.map((s) => ({ name: s.label, data: s.data })) });
}

const drawn = new Map<string, { charts: Chart[]; box: HTMLElement }>();

export const drawer: ChartDrawer = {
  draw(host, key, plans, read) {
    let entry = drawn.get(key);
    if (!entry) {
      const box = document.createElement('div');
      box.className = 'chart-list';
      host.append(box);
      const charts = plans.map((c) => {
        const fig = document.createElement('figure');
        fig.className = 'chart';
        fig.style.width = `${c.width}px`;
        fig.style.height = `${c.height}px`;
        const canvas = document.createElement('canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', `${c.title}: the figures are in the cells beside it`);
        fig.append(canvas);
        box.append(fig);
        const percent = (v: string | number) => `${Math.round(Number(v) * 100)} %`;
        const valueAxis = { beginAtZero: c.kind !== 'line', stacked: !!c.stacked, ...(c.percent ? { ticks: { callback: percent } } : {}) };
        const figures = data(c, read(c));
        label(canvas, figures);
        return new Chart(canvas, {
          type: c.kind === 'line' ? 'line' : 'bar',
          data: figures,
          options: {
            indexAxis: c.kind === 'bar' ? 'y' : 'x',
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: { title: { display: true, text: c.title }, legend: { position: 'bottom' } },
            scales: c.kind === 'bar' ? { x: valueAxis, y: { stacked: !!c.stacked } } : { y: valueAxis, x: { stacked: !!c.stacked } },
          },
        });
      });
      entry = { charts, box };
      drawn.set(key, entry);
      return;
    }
    // Already drawn: refresh the figures from the source ranges, keep the charts.
    entry.charts.forEach((chart, i) => {
      const next = data(plans[i], read(plans[i]));
      chart.data.labels = next.labels;
      next.datasets.forEach((d, j) => {
        if (chart.data.datasets[j]) chart.data.datasets[j].data = d.data;
      });
      label(chart.canvas, next);
      chart.update();
    });
  },
  clear(keep) {
    for (const [key, e] of drawn) {
      if (key === keep) continue;
      e.charts.forEach((c) => c.destroy());
      e.box.remove();
      drawn.delete(key);
    }
  },
};
