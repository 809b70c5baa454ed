// The Content-Security-Policy of every page KubeDeck shows, in Electron and in the web twin:
// only the app's own files, no inline script, no remote origin, no plugins, no framing.
// Deck images come as data: or blob: URLs; styles set through the CSSOM are not affected.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
