import { describe, expect, it } from 'vitest';
import { createI18n } from '../../shared/i18n';
import { MAILTO_LIMIT, mailtoUrl, packageMail } from '../../shared/sync-mail';

const facts = {
  fileName: 'LWU_LA-XS_to_LA-CENTRAL_000123_20261128.lwusync',
  from: 'ໄຊສົມບູນ',
  to: 'ສູນກາງ',
  seq: 123,
  messages: 45678,
  sha256: 'a'.repeat(64),
};

/** What a mail program reads out of a mailto: URL. */
function readMailto(url: string): { subject: string; body: string } {
  expect(url.startsWith('mailto:?')).toBe(true);
  const q = new URLSearchParams(url.slice('mailto:?'.length).replace(/\+/g, '%2B'));
  return { subject: q.get('subject') ?? '', body: q.get('body') ?? '' };
}

describe('the e-mail that goes with a package', () => {
  it('encodes subject and body so that Lao text, arrows, & and = survive the round trip', () => {
    const subject = 'ຊຸດຂໍ້ມູນ LWU Desk (ບໍລິຄຳໄຊ → ສູນກາງ) & a=b + c?';
    const body = 'ແຖວທີ 1\nline 2: 100% #done';
    const url = mailtoUrl({ subject, body });
    expect(url, 'no raw space or line break').not.toMatch(/\s/);
    expect(url.split('?').length - 1, 'one ? (the query)').toBe(1);
    expect(url.split('&').length - 1, 'one & (between subject and body)').toBe(1);
    expect(url.split('#').length - 1, 'no # (would cut the URL)').toBe(0);
    expect(url).toContain('%0D%0A');
    const read = readMailto(url);
    expect(read.subject).toBe(subject);
    expect(read.body).toBe(body.replace(/\n/g, '\r\n'));
  });

  it('names the file, the offices and the SHA-256 in both languages, short enough for Windows mail programs', () => {
    for (const lang of ['lo', 'en'] as const) {
      const { t } = createI18n(lang);
      const mail = packageMail(t, lang === 'en' ? { ...facts, from: 'Xaisomboun', to: 'Central' } : facts);
      const url = mailtoUrl(mail);
      const read = readMailto(url);
      expect(read.subject, lang).toContain(facts.fileName);
      expect(read.subject, lang).toContain(lang === 'lo' ? '(ໄຊສົມບູນ → ສູນກາງ)' : '(Xaisomboun → Central)');
      expect(read.body, lang).toContain(facts.fileName);
      expect(read.body, lang).toContain(facts.sha256);
      expect(url.length, `${lang} mailto: is ${url.length} characters`).toBeLessThan(MAILTO_LIMIT);
    }
    expect(packageMail(createI18n('lo').t, facts).body).toContain('ນຳເຂົ້າ');
  });
});
