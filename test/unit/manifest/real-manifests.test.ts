// Real manifests from the Kubernetes, ingress-nginx, cert-manager, MetalLB, Calico and Cilium
// projects (../shared/manifests/real, see its SOURCES.md): the checker must accept every one,
// and must reject the upstream snippets that are not valid as written (_placeholders/).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';

const dir = resolve(import.meta.dirname, '../../../../shared/manifests/real');
const available = existsSync(dir);

function yamlFiles(folder: string): string[] {
  return readdirSync(folder)
    .flatMap((entry) => (statSync(join(folder, entry)).isDirectory() ? yamlFiles(join(folder, entry)) : entry.endsWith('.yaml') ? [join(folder, entry)] : []))
    .sort();
}

const files = available ? yamlFiles(dir).map((path) => relative(dir, path)) : [];
const check = (file: string) => checkManifest(readFileSync(join(dir, file), 'utf8'));
const summary = (file: string, severity: 'error' | 'warning') =>
  check(file)
    .filter((finding) => finding.severity === severity)
    .map((finding) => `${finding.line}:${finding.col} ${finding.rule}`);

/** The warnings the real manifests get, each one deserved. */
const EXPECTED_WARNINGS: Record<string, string[]> = {
  // Calico and Cilium policies are custom resources: their CRDs are not bundled.
  'calico-cilium/calico-globalnetworkpolicy-deny-app.yaml': ['2:7 kind-not-checked'],
  'calico-cilium/calico-networkpolicy-default-deny.yaml': ['2:7 kind-not-checked'],
  'calico-cilium/cilium-l3-policy.yaml': ['2:7 kind-not-checked'],
  'calico-cilium/cilium-l4-policy.yaml': ['2:7 kind-not-checked'],
  'calico-cilium/cilium-l7-http-policy.yaml': ['2:7 kind-not-checked'],
  // The in-tree cephfs plugin was removed in Kubernetes 1.31 (archived examples).
  'pod-volumes/cephfs-pod.yaml': ['14:5 deprecated-volume-type'],
  'pod-volumes/cephfs-with-secret-pod.yaml': ['14:5 deprecated-volume-type'],
  // spec.loadBalancerIP is deprecated since Kubernetes 1.24.
  'service/static-ip-loadbalancer.yaml': ['12:3 deprecated-field'],
};

describe.skipIf(!available)(`real manifests${available ? '' : ' (skipped: ../shared/manifests/real is not beside this repository)'}`, () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it('accepts every real manifest without an error', () => {
    const errors = files
      .filter((file) => !file.startsWith('_placeholders/'))
      .flatMap((file) => check(file).filter((f) => f.severity === 'error').map((f) => `${file}:${f.line}:${f.col} ${f.rule} ${formatFinding(f, 'en')}`));
    expect(errors).toEqual([]);
  });

  it('gives only the expected warnings', () => {
    const warnings = Object.fromEntries(
      files.filter((file) => !file.startsWith('_placeholders/')).map((file) => [file, summary(file, 'warning')]).filter(([, list]) => list.length > 0),
    );
    expect(warnings).toEqual(EXPECTED_WARNINGS);
  });

  it('rejects the placeholder snippets where the placeholders are', () => {
    expect(summary('_placeholders/cert-manager-http01-podtemplate-issuer.yaml', 'error')).toEqual([
      '4:9 placeholder-value', // name: ...
      '9:13 placeholder-value', // privateKeySecretRef.name: ...
    ]);
    // The API server takes any string for the ACME server and the EBS volume ID: warnings.
    expect(summary('_placeholders/cert-manager-http01-podtemplate-issuer.yaml', 'warning')).toEqual(['7:13 placeholder-value']);
    expect(summary('_placeholders/cert-manager-ingress-cluster-issuer-annotation.yaml', 'error')).toEqual([
      '7:9 invalid-name', // name: myIngress
      '8:14 invalid-name', // namespace: myIngress
    ]);
    expect(summary('_placeholders/ingress-nginx-docker-registry-tls.yaml', 'error')).toEqual([
      '15:7 placeholder-value', // tls host registry.<your domain>
      '18:11 placeholder-value', // rule host registry.<your domain>
    ]);
    expect(summary('_placeholders/k8s-docs-aws-ebs-volume-id.yaml', 'error')).toEqual([]);
    expect(summary('_placeholders/k8s-docs-aws-ebs-volume-id.yaml', 'warning')).toContain('16:17 placeholder-value'); // volumeID: "<volume id>"
  });
});
