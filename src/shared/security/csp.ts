// The Content-Security-Policy of every page KubeDeck shows, in Electron and in the web twin:
// only the app's own files, no inline script, no remote origin, no plugins, no framing.
// Styles set through the CSSOM (Svelte's style: directives) are not affected by style-src.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  // WebAssembly (sql.js, for Anki packages) needs 'wasm-unsafe-eval': it compiles wasm, never JavaScript.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  // Sounds and videos imported with Anki decks, played from the deck folder.
  "media-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
