/**
 * The age library, loaded when first needed, as Excel and Word are: the app starts without it (bench:
 * backendStart). Loaded once: each dynamic import() goes through the module loader again, which under a
 * loader hook (tsx, in the bench and tests) cost an export up to 9 ms.
 */
type Age = typeof import('age-encryption');

let age: Promise<Age> | undefined;

export function loadAge(): Promise<Age> {
  age ??= import('age-encryption');
  return age;
}
