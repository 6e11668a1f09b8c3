/**
 * Lao text in dictionary order. SQLite and plain string comparison order code points, which puts every word
 * written with a vowel before its consonant (ເ ແ ໂ ໃ ໄ) after all the others, and ສ, ຊ, ລ, ວ where the
 * alphabet does not. ICU's Lao collation, the same in Node, Electron and Chromium, orders as a Lao dictionary
 * does, and Latin text as English does. A person's title (ນາງ, ທ້າວ) is not part of the order of names:
 * otherwise every woman comes before every man.
 */
const lao = new Intl.Collator('lo');
const TITLE = /^(ນາງ|ທ້າວ)\s+/u;

export const compareLao = (a: string, b: string): number => lao.compare(a, b);

/** A name without the title before it: ນາງ ຄຳ is ຄຳ when names are ordered or compared. */
export const withoutTitle = (name: string): string => name.replace(TITLE, '');

/** The title before a name (ນາງ, ທ້າວ), or null. */
export const titleOf = (name: string): string | null => TITLE.exec(name)?.[1] ?? null;

export const compareLaoNames = (a: string, b: string): number => lao.compare(withoutTitle(a), withoutTitle(b)) || lao.compare(a, b);
