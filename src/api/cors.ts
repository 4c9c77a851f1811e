/** Browsers on this machine (any port) may call the API; other origins only when configured. */
export function isAllowedOrigin(origin: string, configured: readonly string[]): boolean {
  if (configured.includes(origin)) return true;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}
