// What a quiz shows under a wrong yaml-fix answer: what the manifest checker still refuses in the
// student's manifest (errors only: warnings do not cost the point), top to bottom, each once.
import type { ManifestFinding } from '../manifest/findings';

export function stillRefused(findings: readonly ManifestFinding[]): ManifestFinding[] {
  const seen = new Set<string>();
  return findings
    .filter((finding) => finding.severity === 'error')
    .sort((a, b) => a.document - b.document || a.line - b.line || a.col - b.col)
    .filter((finding) => {
      const key = `${finding.line}:${finding.message}:${JSON.stringify(finding.params)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
