/**
 * "For e-mail": the message that goes with a package, in the sender's language, as a mailto: URL. A mailto:
 * cannot attach a file, so the body names the file and its SHA-256 for the recipient to check. Lao text
 * percent-encodes to nine characters a letter, and some mail programs on Windows drop a mailto: longer than
 * about 2,000 characters: keep the texts short (a unit test holds them under MAILTO_LIMIT).
 */
import type { i18n } from 'i18next';

export const MAILTO_LIMIT = 2000;

export interface PackageMailFacts {
  fileName: string;
  from: string;
  to: string;
  seq: number;
  messages: number;
  sha256: string;
}

/** RFC 6068: every reserved character percent-encoded (UTF-8), line breaks as CRLF. */
export function mailtoUrl(mail: { to?: string; subject: string; body: string }): string {
  const enc = (s: string) => encodeURIComponent(s.normalize('NFC'));
  const body = mail.body.replace(/\r?\n/g, '\r\n');
  return `mailto:${mail.to ? enc(mail.to) : ''}?subject=${enc(mail.subject)}&body=${enc(body)}`;
}

/** The subject and body of a package e-mail, in the language of t. */
export function packageMail(t: i18n['t'], facts: PackageMailFacts): { subject: string; body: string } {
  const params = { file: facts.fileName, from: facts.from, to: facts.to, seq: facts.seq, count: facts.messages, sha256: facts.sha256 };
  return { subject: t('syncPage.mailSubject', params), body: t('syncPage.mailBody', params) };
}
