/**
 * One Content Security Policy for the Electron window and the web bridge. Scripts only from the app itself;
 * no eval, no remote content, no framing. Inline styles are allowed because the component library writes its
 * theme as <style> elements at run time; inline scripts are not.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
