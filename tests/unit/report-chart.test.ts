import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../electron/reports/chart';

const chart = (bars: Array<{ label: string; value: number; target?: number }>) =>
  chartSvg({ type: 'chart', title: 'Capacity', valueLabel: 'Active', targetLabel: 'Target', belowLabel: 'Below target', bars });

describe('the capacity chart', () => {
  it('writes a bar’s figures after its target mark, so that the mark never strikes them', () => {
    const { svg } = chart([{ label: 'Xayaboury', value: 23, target: 24 }]);
    const mark = Number(/<line x1="([\d.]+)"[^>]*y1="\d+(?:\.\d+)?" y2="\d+(?:\.\d+)?" stroke="#222" stroke-width="2"\/><\/?/.exec(svg.slice(svg.indexOf('Xayaboury')))![1]);
    const figures = Number(/<text x="([\d.]+)"[^>]*>23 \/ 24<\/text>/.exec(svg)![1]);
    expect(figures, 'the figures start right of the target mark').toBeGreaterThan(mark);
  });

  it('explains the red of a bar below its target in the legend, only when there is one', () => {
    expect(chart([{ label: 'A', value: 5, target: 6 }]).svg).toContain('Below target');
    expect(chart([{ label: 'A', value: 6, target: 6 }]).svg).not.toContain('Below target');
  });
});
