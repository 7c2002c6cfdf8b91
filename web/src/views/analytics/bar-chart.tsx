/** @jsxImportSource preact */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef, useState } from 'preact/hooks';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Series {
  label: string;
  values: (number | null)[];
}

interface Props {
  /** What the chart shows, for screen readers and as the table's caption. */
  title: string;
  labels: string[];
  series: Series[];
  /** Values are fractions shown as percentages. */
  percent?: boolean;
  horizontal?: boolean;
  /** Extra text per label in the table, such as "3 of 7". */
  notes?: string[];
  /** The heading of the table's label column; "Step" for horizontal charts and "Group" otherwise. */
  category?: string;
}

/** Reads a colour from the stylesheet, so the chart follows light and dark mode. */
function cssColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

function useColorScheme(): string {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return undefined;
    const onChange = (e: MediaQueryListEvent): void => setDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark ? 'dark' : 'light';
}

const format = (value: number | null, percent: boolean): string => (value === null ? 'no data' : percent ? `${Math.round(value * 100)}%` : String(value));

/**
 * A bar chart drawn by Chart.js on a canvas, with the same numbers in a table underneath for screen readers
 * and for anyone who prefers numbers. Animation is off: the numbers matter, not the motion.
 */
export function BarChart({ title, labels, series, percent = false, horizontal = false, notes, category }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scheme = useColorScheme();
  useEffect(() => {
    if (!canvas.current) return undefined;
    const text = cssColor('--text');
    const grid = cssColor('--border');
    const palette = [cssColor('--chart-1'), cssColor('--chart-2'), cssColor('--chart-3')];
    // The value axis: percentages always span 0–100 so two charts compare at a glance; counts start at 0.
    const valueRange = percent ? { min: 0, max: 100 } : { beginAtZero: true };
    const config: ChartConfiguration<'bar', (number | null)[], string> = {
      type: 'bar',
      data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.values.map((v) => (v === null ? null : percent ? Math.round(v * 1000) / 10 : v)), backgroundColor: palette[i % palette.length] })) },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: series.length > 1, labels: { color: text } },
          tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${ctx.raw === null ? 'no data' : percent ? `${String(ctx.raw)}%` : String(ctx.raw)}` } },
        },
        scales: {
          x: { ticks: { color: text, precision: 0 }, grid: { color: grid }, ...(horizontal ? valueRange : {}) },
          y: { ticks: { color: text, precision: 0 }, grid: { color: grid }, ...(horizontal ? {} : valueRange) },
        },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [title, labels.join('|'), JSON.stringify(series), percent, horizontal, scheme]);

  const summary = labels.map((label, i) => `${label}: ${series.map((s) => format(s.values[i] ?? null, percent)).join(', ')}`).join('; ');
  return (
    <figure class="chart">
      <div class={`chart-canvas${horizontal ? ' chart-horizontal' : ''}`}>
        <canvas ref={canvas} role="img" aria-label={`${title}. ${summary}`} />
      </div>
      <figcaption>
        <details>
          <summary>Show the numbers</summary>
          <table class="data-table">
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{category ?? (horizontal ? 'Step' : 'Group')}</th>
                {series.map((s) => (
                  <th key={s.label} scope="col">
                    {s.label}
                  </th>
                ))}
                {notes && <th scope="col">Counted</th>}
              </tr>
            </thead>
            <tbody>
              {labels.map((label, i) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {series.map((s) => (
                    <td key={s.label}>{format(s.values[i] ?? null, percent)}</td>
                  ))}
                  {notes && <td>{notes[i]}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
