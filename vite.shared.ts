// Renderer settings shared by the Electron and web builds.
import type { BuildEnvironmentOptions, Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/shared/security/csp.ts';

export const rendererBuild: BuildEnvironmentOptions = {
  target: 'es2022',
  // Inline assets would need data: in script-src/style-src; keep every asset a file.
  assetsInlineLimit: 0,
  modulePreload: { polyfill: false },
  chunkSizeWarningLimit: 1024,
  // Rolldown's report of slow plugins is noise on every `npm start` of a busy machine, not a problem to fix.
  rolldownOptions: { checks: { bundlerTimings: false } },
};

/** Puts the CSP in the built page too, so that any static server hosting out/web enforces it. */
function cspMetaTag(): Plugin {
  return {
    name: 'kubedeck-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      // frame-ancestors only works as a header; in a <meta> tag the browser ignores it with a console error.
      const policy = CONTENT_SECURITY_POLICY.split('; ')
        .filter((directive) => !directive.startsWith('frame-ancestors'))
        .join('; ');
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    },
  };
}

export function rendererPlugins(): Plugin[] {
  return [cspMetaTag()];
}
