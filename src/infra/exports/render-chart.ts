// Draws a chart as PNG: vega-lite spec → vega SVG → @resvg/resvg-js, with Noto Sans SC shipped from npm so Chinese is drawn.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ChartData, TrendPoint } from '../../core/exports/chart-data.js';
import { displayWidth } from './display-width.js';

const FONT_FAMILY = 'Noto Sans SC';

/** The CJK font file from @expo-google-fonts/noto-sans-sc (without it resvg silently drops all text). */
export function cjkFontFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json')), '400Regular', 'NotoSansSC_400Regular.ttf');
}

/** The vega-lite spec of a chart. */
export function chartSpec(chart: ChartData): Record<string, unknown> {
  const config = { font: FONT_FAMILY, title: { fontSize: 16, anchor: 'start' }, axis: { labelFontSize: 12, titleFontSize: 12, labelLimit: 400 }, legend: { labelFontSize: 12, titleFontSize: 12, labelLimit: 400, symbolOffset: 6, padding: 12 } };
  if (chart.kind === 'progress') {
    const values = chart.bars.map((b) => ({ ...b, text: `${b.percent}%（${b.done}/${b.goal}${b.unit}）` }));
    // The axis reaches the largest bar (never cut at 100% or 150%), with room for its label, and a 100% line.
    const top = Math.max(100, ...chart.bars.map((b) => b.percent));
    const domain = Math.ceil((top * 1.3) / 10) * 10;
    // Vega measures CJK text too narrow: size the label column from display width (CJK counts two) instead.
    const labelWidth = Math.ceil(Math.max(40, ...chart.bars.map((b) => displayWidth(b.label))) * 6.6) + 12;
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chart.title,
      width: 520,
      height: { step: 26 },
      background: 'white',
      padding: 16,
      config,
      data: { values },
      layer: [
        { mark: { type: 'bar', color: '#1d4e89' }, encoding: { y: { field: 'label', type: 'nominal', sort: null, title: null, axis: { minExtent: labelWidth, maxExtent: labelWidth } }, x: { field: 'percent', type: 'quantitative', title: '完成率（%）', scale: { domain: [0, domain], nice: false } } } },
        { mark: { type: 'rule', color: '#c0392b', strokeDash: [4, 3], strokeWidth: 1.5 }, encoding: { x: { datum: 100 } } },
        { mark: { type: 'text', color: '#c0392b', align: 'left', dx: 3, dy: -4, fontSize: 11, baseline: 'bottom' }, encoding: { x: { datum: 100 }, y: { value: 0 }, text: { value: '100%' } } },
        { mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 }, encoding: { y: { field: 'label', type: 'nominal', sort: null }, x: { field: 'percent', type: 'quantitative' }, text: { field: 'text' } } },
      ],
    };
  }
  // 人次 and 人 are separate series: never added.
  const series: Array<[string, (p: TrendPoint) => number]> = [
    ['活动数（项）', (p) => p.activities],
    ['参与人次', (p) => p.headcount],
  ];
  if (chart.points.some((p) => p.persons > 0)) series.push(['参与人数（人）', (p) => p.persons]);
  const values = chart.points.flatMap((p) => series.map(([name, get]) => ({ month: p.label, series: name, value: get(p) })));
  const x = { field: 'month', type: 'ordinal', title: null, sort: chart.months, scale: { domain: chart.months }, axis: { labelAngle: 0 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chart.title,
    background: 'white',
    padding: 16,
    config,
    data: { values },
    facet: { row: { field: 'series', type: 'nominal', title: null, sort: series.map(([name]) => name), header: { labelFontSize: 13, labelAngle: 0, labelAlign: 'left', labelPadding: 8 } } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: Math.max(360, chart.months.length * 48),
      height: 150,
      layer: [
        { mark: { type: 'line', point: true, color: '#1d4e89' }, encoding: { x, y: { field: 'value', type: 'quantitative', title: null } } },
        { mark: { type: 'text', dy: -10, fontSize: 11 }, encoding: { x, y: { field: 'value', type: 'quantitative' }, text: { field: 'value' } } },
      ],
    },
  };
}

/** The SVG of a chart (vega and vega-lite are loaded on first use). */
export async function chartToSvg(chart: ChartData): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vegaLite.compile(chartSpec(chart) as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  return view.toSVG();
}

/** The PNG bytes of a chart at 2× for sharp text. */
export async function chartToPng(chart: ChartData): Promise<Uint8Array> {
  const svg = await chartToSvg(chart);
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, background: 'white', font: { fontFiles: [cjkFontFile()], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY } });
  return new Uint8Array(resvg.render().asPng());
}
