import { useCallback, useEffect, useRef, useState } from 'react';

/** The widest label, and the heights of its letters: as drawn (ink), and the line the font reserves (box). */
export interface LabelSize {
  width: number;
  inkHeight: number;
  boxHeight: number;
}

export interface MonthAxisLayout {
  /** Degrees, 0 or negative (recharts turns the label about the end that touches its tick). */
  angle: number;
  /** Months skipped between two labelled ones: 0 labels every month. */
  interval: number;
  /** The X axis's height in pixels: the labels, turned, fit in it whole. */
  height: number;
  /** How far the first label reaches left of its tick, for the chart's left margin. */
  reachLeft: number;
}

/** recharts' tick line (6) and its gap to the label (2), and air below the label. */
const TICK = 8;
const AIR = 6;

/**
 * How the month labels fit under a chart where each month has `slot` pixels: flat when the widest fits in its
 * slot; else turned just enough that neighbouring labels, read along their slant, do not touch (Lao, with marks
 * above and below its letters, needs a steeper angle than English); and only when even 60° is not enough, every
 * second (third...) month labelled. The axis is then as tall as the turned labels, so none is cut off.
 */
export function monthAxisLayout(label: LabelSize, slot: number): MonthAxisLayout {
  const gap = label.inkHeight + 3;
  if (label.width + 8 <= slot) return { angle: 0, interval: 0, height: TICK + label.boxHeight + AIR, reachLeft: label.width / 2 };
  const turned = (degrees: number, interval: number): MonthAxisLayout => {
    const [s, c] = [Math.sin((degrees * Math.PI) / 180), Math.cos((degrees * Math.PI) / 180)];
    return { angle: -degrees, interval, height: Math.ceil(TICK + label.width * s + label.boxHeight * c + AIR), reachLeft: Math.ceil(label.width * c + label.boxHeight * s) };
  };
  for (const degrees of [30, 45, 60]) if (slot * Math.sin((degrees * Math.PI) / 180) >= gap) return turned(degrees, 0);
  return turned(45, Math.max(1, Math.ceil(gap / (slot * Math.SQRT1_2)) - 1));
}

/** Measured sizes and the charts' last width, kept across visits: coming back to the page draws its charts once. */
const measured = new Map<string, LabelSize>();
let lastWidth = 0;

/** The widest of `labels` in `font`, measured again once the font has loaded (until then, in the fallback font). */
export function useLabelSize(labels: string[], font: string): LabelSize {
  const text = labels.join('\n');
  const [size, setSize] = useState<LabelSize>(() => measured.get(`${font}\n${text}`) ?? { width: 0, inkHeight: 0, boxHeight: 0 });
  useEffect(() => {
    let live = true;
    const measure = () => {
      const context = document.createElement('canvas').getContext('2d');
      if (!live || !context) return;
      context.font = font;
      const next = { width: 0, inkHeight: 0, boxHeight: 0 };
      for (const label of text.split('\n')) {
        const m = context.measureText(label);
        next.width = Math.max(next.width, Math.ceil(m.width));
        next.inkHeight = Math.max(next.inkHeight, Math.ceil(m.actualBoundingBoxAscent + m.actualBoundingBoxDescent));
        next.boxHeight = Math.max(next.boxHeight, Math.ceil(m.fontBoundingBoxAscent + m.fontBoundingBoxDescent));
      }
      measured.set(`${font}\n${text}`, next);
      setSize((prev) => (prev.width === next.width && prev.inkHeight === next.inkHeight && prev.boxHeight === next.boxHeight ? prev : next));
    };
    measure();
    void document.fonts.load(font, text).then(measure);
    return () => {
      live = false;
    };
  }, [font, text]);
  return size;
}

/** A callback ref and the width of the element it is given, kept current as the window or the layout changes. */
export function useWidth(): [(el: HTMLElement | null) => void, number] {
  const [width, setWidth] = useState(lastWidth);
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => () => observer.current?.disconnect(), []);
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    observer.current = new ResizeObserver(([entry]) => {
      lastWidth = Math.floor(entry.contentRect.width);
      setWidth(lastWidth);
    });
    observer.current.observe(el);
  }, []);
  return [ref, width];
}
