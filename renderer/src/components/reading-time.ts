/**
 * Seconds a message stays on screen: antd's three seconds are gone before a refusal of forty Lao words is
 * read. About twelve characters a second, never under three seconds nor over twenty (hovering holds it).
 */
export function readingSeconds(text: string): number {
  return Math.min(20, Math.max(3, Math.ceil(text.length / 12)));
}
