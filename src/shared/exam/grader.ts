// The manifest checker pulls in the Kubernetes schemas: loaded only when an attempt has yaml-fix
// questions, so that it stays out of the start-up bundle.
import type { ManifestGrader } from './scoring';

export async function loadManifestGrader(): Promise<ManifestGrader> {
  const { checkManifest } = await import('../manifest/check');
  return (manifest, expect) => !checkManifest(manifest, { expect }).some((finding) => finding.severity === 'error');
}
