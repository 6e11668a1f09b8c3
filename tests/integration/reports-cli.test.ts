import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lwu } from '../helpers/cli';
import { docxPart } from '../helpers/docx';
import { tempDir } from '../helpers/temp-dir';

describe('lwu report', () => {
  it('writes the Word file, prints its hash and records it in the history with who made it', async () => {
    const dir = tempDir();
    expect((await lwu(dir, ['demo'])).status).toBe(0);
    const out = path.join(dir, 'roster.docx');
    const r = await lwu(dir, ['report', 'roster', '--period', '2026-10', '--scope', 'LA-VT', '--lang', 'lo', '--out', out, '--by', 'ນາງ ແສງ']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const bytes = fs.readFileSync(out);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(r.stdout).toContain(`sha256 ${sha}`);
    const xml = await docxPart(bytes);
    expect(xml).toContain('ບົດລາຍງານລາຍຊື່ວິທະຍາກອນ');
    const history = JSON.parse((await lwu(dir, ['call', 'reports.history', '{}'])).stdout);
    expect(history).toMatchObject([{ kind: 'roster', period: '2026-10', scope: 'LA-VT', language: 'lo', sha256: sha, createdBy: 'ນາງ ແສງ' }]);
  });

  it('refuses a monthly report for all provinces with a translated message, and writes nothing', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'monthly.docx');
    const r = await lwu(dir, ['report', 'monthly', '--period', '2026-10', '--scope', 'all', '--lang', 'en', '--out', out], { LWU_LANG: 'en' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('A monthly provincial report needs one province, not all provinces.');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a folder that is not there and a month that has not begun before recording anything', async () => {
    const dir = tempDir();
    expect((await lwu(dir, ['demo'])).status).toBe(0);
    const missing = path.join(dir, 'not-plugged-in');
    const r = await lwu(dir, ['report', 'roster', '--period', '2026-10', '--scope', 'LA-VT', '--lang', 'en', '--out', path.join(missing, 'roster.docx')], { LWU_LANG: 'en' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`The folder ${missing} does not exist.`);
    expect(fs.existsSync(missing)).toBe(false);

    const out = path.join(dir, 'future.docx');
    const future = await lwu(dir, ['report', 'roster', '--period', '2062-10', '--scope', 'LA-VT', '--lang', 'en', '--out', out], { LWU_LANG: 'en' });
    expect(future.status).not.toBe(0);
    expect(future.stderr).toContain('Choose this month or an earlier one');
    expect(fs.existsSync(out)).toBe(false);
    expect(JSON.parse((await lwu(dir, ['call', 'reports.history', '{}'])).stdout), 'no report recorded').toEqual([]);
  });
});
