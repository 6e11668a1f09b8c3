import { InputNumber, type InputNumberProps } from 'antd';

/** Lao digits (໐ to ໙) as ASCII ones: many offices type figures with a Lao keyboard layout. */
export const asciiDigits = (text: string) => text.replace(/[\u0ED0-\u0ED9]/g, (d) => String(d.charCodeAt(0) - 0x0ed0));

/**
 * antd's InputNumber reading Lao digits too: its own parser drops every character that is not a Latin
 * letter or digit, so "໒໕" (25) became an empty box, and the figure was lost without a word. Give it no min,
 * max or precision: InputNumber quietly clamps or rounds to them when the box is left, where the form's
 * shared rules say what is wrong beside it and keep what was typed.
 */
export function NumberInput(props: InputNumberProps<number>) {
  // The parser may hand back text: InputNumber reads it as a decimal, and an empty box stays empty.
  const parser = (text: string | undefined) => asciiDigits(text ?? '').replace(/[^\d.-]+/g, '') as unknown as number;
  return <InputNumber<number> parser={parser} {...props} />;
}
