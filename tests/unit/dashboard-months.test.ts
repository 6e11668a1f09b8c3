import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../../electron/calendar/dashboard';
import { monthAxisLayout } from '../../renderer/src/dashboard/month-axis';

describe('the dashboard months', () => {
  it('lists every month from the first to the last, across a new year', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });

  // A short label ("Sep 26" as Chromium measures it at 13 px), and a longer, taller one.
  const english = { width: 41, inkHeight: 12, boxHeight: 21 };
  const lao = { width: 72, inkHeight: 19, boxHeight: 23 };

  it('lays month labels flat where they fit, and turns them no more than their height needs', () => {
    expect(monthAxisLayout(english, 60)).toMatchObject({ angle: 0, interval: 0 });
    expect(monthAxisLayout(english, 40).angle, 'English, 40 px a month').toBe(-30);
    expect(monthAxisLayout(lao, 40).angle, 'a taller label: a steeper slant keeps neighbours apart').toBe(-45);
    expect(monthAxisLayout(lao, 27).angle).toBe(-60);
  });

  it('makes the axis as tall as the turned labels, and labels every other month only when even a steep slant is too tight', () => {
    const turned = monthAxisLayout(lao, 40);
    expect(turned.height, 'the label\'s slanted length and its height, below the tick').toBeGreaterThanOrEqual(8 + lao.width * Math.SQRT1_2 + lao.boxHeight * Math.SQRT1_2);
    expect(turned.reachLeft).toBeGreaterThanOrEqual(lao.width * Math.SQRT1_2);
    expect(monthAxisLayout(lao, 20), 'every other month').toMatchObject({ angle: -45, interval: 1 });
    expect(monthAxisLayout(lao, 12), 'every third month').toMatchObject({ angle: -45, interval: 2 });
    expect(monthAxisLayout(lao, 40).interval).toBe(0);
  });
});
