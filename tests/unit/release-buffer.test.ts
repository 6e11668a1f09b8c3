import { markAsUntransferable } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { releaseBuffer } from '../../electron/sync/release-buffer';

const MB = 1024 * 1024;

describe('releaseBuffer', () => {
  it('gives a buffer that is all of its memory back at once, without a collection', () => {
    const bufs = Array.from({ length: 32 }, (_, i) => Buffer.allocUnsafeSlow(MB).fill(i));
    const before = process.memoryUsage().arrayBuffers;
    for (const b of bufs) releaseBuffer(b);
    const after = process.memoryUsage().arrayBuffers;
    expect(before - after).toBeGreaterThanOrEqual(32 * MB);
    expect(bufs.every((b) => b.length === 0)).toBe(true);
  });

  it("leaves alone a slice of Node's shared pool, and the buffers beside it", () => {
    const a = Buffer.from('ນາງ ທົດສອບ');
    const b = Buffer.from('second');
    expect(a.buffer).toBe(b.buffer);
    releaseBuffer(a);
    expect(a.toString()).toBe('ນາງ ທົດສອບ');
    expect(b.toString()).toBe('second');
  });

  it('leaves alone a slice of a larger buffer', () => {
    const whole = Buffer.allocUnsafeSlow(MB).fill(7);
    const slice = whole.subarray(0, MB / 2);
    releaseBuffer(slice);
    expect(slice.length).toBe(MB / 2);
    expect(whole[MB - 1]).toBe(7);
  });

  it('leaves alone memory that Node does not let go', () => {
    const buf = Buffer.from(new ArrayBuffer(MB)).fill(9);
    markAsUntransferable(buf.buffer);
    releaseBuffer(buf);
    expect(buf.length).toBe(MB);
    expect(buf[MB - 1]).toBe(9);
  });
});
