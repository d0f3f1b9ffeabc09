import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartData,
} from 'chart.js';
import type { ProcurementCategory, SavingsByYear } from '@alliance/contracts';
import { formatPence } from './money';
import { categoryLabel } from './procurement-labels';

// Only what a stacked bar chart needs, so the savings page's chunk stays small.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

/** Colours with at least 3:1 contrast against white, told apart also by the legend and the table below. */
const COLOURS = [
  '#1d70b8',
  '#d4351c',
  '#00703c',
  '#912b88',
  '#b58840',
  '#505a5f',
  '#28a197',
  '#f47738',
  '#003078',
  '#5694ca',
  '#6f72af',
];

/**
 * Savings by year, stacked by category, drawn with chart.js. The canvas is an image with a summary for
 * screen readers; the page's table holds the same numbers for everyone.
 */
@Component({
  selector: 'app-savings-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="chart">
    <canvas #canvas role="img" [attr.aria-label]="summary()"></canvas>
  </div>`,
  styles: `
    .chart {
      position: relative;
      height: 20rem;
      max-width: 48rem;
    }
  `,
})
export class SavingsChart {
  readonly byYear = input.required<SavingsByYear[]>();

  private readonly canvas =
    viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'bar'> | null = null;

  protected readonly summary = computed(() => {
    const years = this.byYear();
    if (years.length === 0)
      return 'Bar chart of savings by year: no savings recorded yet.';
    return `Bar chart of savings by year, by category. ${years
      .map((year) => `${year.year}: ${formatPence(year.savingPence)}`)
      .join('; ')}. The table below gives the figures.`;
  });

  constructor() {
    afterNextRender(() => this.draw());
    // New figures (another alliance chosen) redraw the chart that is already there.
    effect(() => {
      const years = this.byYear();
      if (this.chart) {
        this.chart.data = chartData(years);
        this.chart.update();
      }
    });
    inject(DestroyRef).onDestroy(() => {
      this.chart?.destroy();
      this.chart = null;
    });
  }

  private draw(): void {
    this.chart = new Chart<'bar'>(this.canvas().nativeElement, {
      type: 'bar',
      data: chartData(this.byYear()),
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {
            stacked: true,
            title: { display: true, text: 'Year the contract starts' },
          },
          y: {
            stacked: true,
            beginAtZero: true,
            title: { display: true, text: 'Saving' },
            ticks: {
              callback: (value) => formatPence(Math.round(Number(value) * 100)),
            },
          },
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (item) =>
                `${item.dataset.label ?? ''}: ${formatPence(Math.round(Number(item.raw) * 100))}`,
            },
          },
        },
      },
    });
  }
}

/** One stacked dataset per category, one bar per year. */
function chartData(years: SavingsByYear[]): ChartData<'bar'> {
  const categories = [
    ...new Set(
      years.flatMap((year) => year.byCategory.map((entry) => entry.category)),
    ),
  ] as ProcurementCategory[];
  return {
    labels: years.map((year) => year.year),
    datasets: categories.map((category, index) => ({
      label: categoryLabel(category),
      backgroundColor: COLOURS[index % COLOURS.length],
      // Pounds for the axis only; the figures themselves stay in pence.
      data: years.map(
        (year) =>
          (year.byCategory.find((entry) => entry.category === category)
            ?.savingPence ?? 0) / 100,
      ),
    })),
  };
}
