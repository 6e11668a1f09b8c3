/**
 * Errors cross the process boundary as data: a stable code the renderer translates, plus parameters for the
 * message. Never a stack trace: what a user sees must be a sentence in their language.
 */
export type ErrorParams = Record<string, string | number | boolean | null | string[]>;

export interface ApiError {
  code: string;
  params: ErrorParams;
}

export class AppError extends Error {
  readonly code: string;
  readonly params: ErrorParams;
  constructor(code: string, params: ErrorParams = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
