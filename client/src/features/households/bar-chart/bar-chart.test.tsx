import { render, screen } from '@testing-library/react';
import { BarChart, type BarPart } from './bar-chart';
import { barLayout } from './bar-proportions';

type Part = 'general' | 'lifted' | 'monitored';
const ORDER: Part[] = ['general', 'lifted', 'monitored'];
const PARTS: BarPart<Part>[] = [
  { part: 'general', label: '一般户', colour: 'green' },
  { part: 'lifted', label: '已脱贫户', colour: 'blue' },
  { part: 'monitored', label: '三类户', colour: 'red' },
];
const rows = [
  { key: 'a', label: '祁牟村', parts: { general: 20, lifted: 10, monitored: 10 } },
  { key: 'b', label: '王坪村', parts: { general: 5, lifted: 5, monitored: 0 } },
];

test('the longest bar fills the track and others are in proportion to it', () => {
  const [a, b] = barLayout(rows, ORDER);
  expect(a?.total).toBe(40);
  expect(a?.percent).toBe(100);
  expect(a?.segments.map((s) => s.percent)).toEqual([50, 25, 25]);
  expect(b?.total).toBe(10);
  expect(b?.percent).toBe(25);
  expect(b?.segments.map((s) => s.percent)).toEqual([12.5, 12.5, 0]);
});

test('an all-zero chart has empty bars, not NaN; bad counts count as zero', () => {
  const layout = barLayout(
    [
      { key: 'z', label: '空村', parts: { general: 0, lifted: 0, monitored: 0 } },
      { key: 'n', label: '坏数据', parts: { general: -3, lifted: Number.NaN, monitored: 0 } },
    ],
    ORDER,
  );
  for (const bar of layout) {
    expect(bar.percent).toBe(0);
    expect(bar.segments.every((s) => s.percent === 0)).toBe(true);
  }
});

test('the chart draws each segment with its width and colour, and skips empty ones', () => {
  render(<BarChart rows={rows} parts={PARTS} />);
  const bars = screen.getAllByTestId('bar-row');
  expect(bars).toHaveLength(2);
  const widths = (bar: HTMLElement) =>
    [...bar.querySelectorAll<HTMLElement>('[data-part]')].map((el) => [
      el.getAttribute('data-part'),
      el.style.width,
      el.className.includes('--red') ? 'red' : el.className.includes('--blue') ? 'blue' : 'green',
    ]);
  expect(widths(bars[0] as HTMLElement)).toEqual([
    ['general', '50%', 'green'],
    ['lifted', '25%', 'blue'],
    ['monitored', '25%', 'red'],
  ]);
  expect(widths(bars[1] as HTMLElement)).toEqual([
    ['general', '12.5%', 'green'],
    ['lifted', '12.5%', 'blue'],
  ]);
  expect(bars[1]?.getAttribute('aria-label')).toBe('王坪村：一般户5户，已脱贫户5户，三类户0户');
});
