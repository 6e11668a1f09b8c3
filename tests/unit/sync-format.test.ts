import { describe, expect, it } from 'vitest';
import { compareVersions, isWhitelisted, packageFileName, parseMessage } from '../../shared/sync-format';

const good = { table: 'person', rowId: '01a2b3c4-0000-7000-8000-000000000001', column: 'phone', value: '020 1234', hlc: '001764000000000-000000-abc' };

describe('the lwu-sync/1 format rules', () => {
  it('accepts a well-formed change message and refuses anything else', () => {
    expect(parseMessage(good)).toEqual(good);
    expect(parseMessage({ ...good, value: null })).not.toBeNull();
    expect(parseMessage({ ...good, extra: 1 }), 'an unknown key').toBeNull();
    expect(parseMessage({ ...good, value: { nested: true } }), 'an object value').toBeNull();
    expect(parseMessage({ ...good, value: Number.NaN }), 'a number that JSON cannot carry').toBeNull();
    expect(parseMessage({ ...good, hlc: '2026-01-01' }), 'not a clock value').toBeNull();
    expect(parseMessage({ ...good, rowId: '' })).toBeNull();
    expect(parseMessage([good])).toBeNull();
  });

  it('whitelists replicated columns only', () => {
    expect(isWhitelisted({ table: 'person', column: 'phone' })).toBe(true);
    expect(isWhitelisted({ table: 'person', column: 'deleted_at' })).toBe(true);
    expect(isWhitelisted({ table: 'sync_peer', column: 'sign_public' })).toBe(false);
    expect(isWhitelisted({ table: 'local_setting', column: 'value' })).toBe(false);
    expect(isWhitelisted({ table: 'person', column: 'id' }), 'the id travels as rowId, never as a field').toBe(false);
  });

  it('names a package LWU_<from>_to_<to>_<seq>_<date>.lwusync and orders versions numerically', () => {
    expect(packageFileName({ from: 'LA-BL', to: 'LA-CENTRAL', seq: 12, created: '2026-03-09T10:00:00.000Z' })).toBe('LWU_LA-BL_to_LA-CENTRAL_000012_20260309.lwusync');
    // Named by the office's own day: at 06:30 in Vientiane it is still the 8th in UTC.
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Vientiane';
      expect(packageFileName({ from: 'LA-BL', to: 'LA-CENTRAL', seq: 13, created: '2026-03-08T23:30:00.000Z' })).toBe('LWU_LA-BL_to_LA-CENTRAL_000013_20260309.lwusync');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    expect(compareVersions('0.10.0', '0.9.9')).toBe(1);
    expect(compareVersions('1.0.0', '1.0')).toBe(0);
  });
});

describe('the body bytes of a package', () => {
  it('are the lines joined by newlines, each line ended by one, in UTF-8 (Lao, emoji, empty lines)', async () => {
    const { encodeBody } = await import('../../electron/sync/outgoing');
    const cases = [[], [''], ['a'], ['ລາວ 😀', '', 'a"b\\n', '\ud800 lone half of a pair'], Array.from({ length: 500 }, (_, i) => `{"v":"ນາງ ${i}"}`)];
    for (const lines of cases) {
      expect(encodeBody(lines).equals(Buffer.from(lines.length ? `${lines.join('\n')}\n` : '', 'utf8'))).toBe(true);
    }
  });
});
