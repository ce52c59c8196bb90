/**
 * A post-sign-in destination from the query string, only if it stays on this site: a relative path, never
 * `//host`, `/\host`, a scheme, or control characters (browsers drop tabs and newlines, turning `/\t/host` into
 * `//host`).
 */
export function safeRedirect(value: unknown, fallback = '/'): string {
  return typeof value === 'string' &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.startsWith('/\\') &&
    !/[\u0000-\u001f\u007f]/.test(value)
    ? value
    : fallback
}
