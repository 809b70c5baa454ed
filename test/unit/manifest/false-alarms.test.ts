// Valid manifests the checker once refused: each is accepted now, as the API server accepts it.
import { describe, expect, it } from 'vitest';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';
import { resolveKind } from '../../../src/shared/manifest/registry';
import { errorAt, findingsOf, POD, replaced, warningAt } from '../../fixtures/manifests';

const STATEFUL_SET = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
      - name: postgres
        image: postgres:17
        volumeMounts:
        - name: data
          mountPath: /var/lib/postgresql/data
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: [ReadWriteOnce]
      resources:
        requests:
          storage: 1Gi
`;

const ISSUER = `apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: acme
spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
    privateKeySecretRef:
      name: acme-key
    solvers:
    - dns01:
        route53:
          auth:
            kubernetes:
              serviceAccountRef:
                name: cert-manager-route53
      waitInsteadOfSelfCheck: 2m
`;

describe('false alarms', () => {
  it('accepts StatefulSet containers mounting a volumeClaimTemplates name', () => {
    expect(findingsOf(STATEFUL_SET)).toEqual([]);
    const typo = replaced(STATEFUL_SET, '        - name: data', '        - name: dta');
    expect(findingsOf(typo)).toEqual([errorAt(typo, 'dta', 'volume-mount-unknown-volume')]);
  });

  it('accepts current cert-manager fields: route53 auth without a region, waitInsteadOfSelfCheck, vault kubernetes auth without a secretRef, venafi options, Certificate renewal', () => {
    expect(findingsOf(ISSUER)).toEqual([]);
    const vault = `apiVersion: cert-manager.io/v1
kind: Issuer
metadata:
  name: vault
spec:
  vault:
    server: https://vault.example.com
    path: pki/sign/example
    auth:
      kubernetes:
        role: cert-manager
        mountPath: /v1/auth/kubernetes
        serviceAccountRef:
          name: vault-issuer
`;
    expect(findingsOf(vault)).toEqual([]);
    const venafi = `apiVersion: cert-manager.io/v1
kind: Issuer
metadata:
  name: venafi
spec:
  venafi:
    zone: devops\\cert-manager
    tpp:
      url: https://tpp.example.com/vedsdk
      credentialsRef:
        name: tpp-credentials
      caBundleSecretRef:
        name: tpp-ca
        key: ca.crt
`;
    expect(findingsOf(venafi)).toEqual([]);
    expect(resolveKind('cert-manager.io/v1', 'CertificateRequest').status).toBe('checked');
  });

  it('checks every served MetalLB CRD, Community and BFDProfile included', () => {
    const community = `apiVersion: metallb.io/v1beta1
kind: Community
metadata:
  name: communities
  namespace: metallb-system
spec:
  communities:
  - name: no-advertise
    value: 65535:65282
`;
    expect(findingsOf(community)).toEqual([]);
    const bfd = `apiVersion: metallb.io/v1beta1
kind: BFDProfile
metadata:
  name: fast
  namespace: metallb-system
spec:
  receiveInterval: 380
  transmitInterval: 270
`;
    expect(findingsOf(bfd)).toEqual([]);
    const unknown = replaced(bfd, 'receiveInterval', 'receiveIntreval');
    expect(findingsOf(unknown)).toEqual([errorAt(unknown, 'receiveIntreval', 'schema-unknown-field')]);
  });

  it('warns, without an error, about a kind of a known group that the bundled schemas do not have', () => {
    const text = 'apiVersion: networking.k8s.io/v1\nkind: ClusterTrafficPolicy\nmetadata:\n  name: extra\nspec: {}\n';
    expect(findingsOf(text)).toEqual([warningAt(text, 'ClusterTrafficPolicy', 'kind-not-checked')]);
    expect(formatFinding(checkManifest(text)[0], 'en')).toBe('networking.k8s.io/v1 ClusterTrafficPolicy is not checked: newer than the bundled schemas, or misspelt');
    // A near miss of a known kind is still an error with the kind meant.
    const typo = 'apiVersion: networking.k8s.io/v1\nkind: Ingres\nmetadata:\n  name: web\n';
    expect(findingsOf(typo)).toEqual([errorAt(typo, 'Ingres', 'kind-unknown')]);
  });

  it('warns about a field that only a newer Kubernetes knows, naming the release', () => {
    const text = replaced(POD, 'spec:\n  containers:', 'spec:\n  hostnameOverride: web-0\n  containers:');
    expect(findingsOf(text)).toEqual([warningAt(text, 'hostnameOverride', 'schema-field-newer')]);
    expect(formatFinding(checkManifest(text)[0], 'en')).toBe('"spec.hostnameOverride" is not checked: Kubernetes 1.34 added it, newer than the bundled schemas');
  });

  it('reads \\\' inside double quotes as kubectl does', () => {
    const text = replaced(POD, '    image: nginx:1.27\n', '    image: nginx:1.27\n    command: ["sh", "-c", "echo \\\'hi\\\'"]\n');
    expect(findingsOf(text)).toEqual([]);
  });

  it('reports a missing metadata.name on the metadata key, even when metadata is empty', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\ndata:\n  a: b\n';
    expect(findingsOf(text)).toEqual([errorAt(text, 'metadata', 'metadata-name-required')]);
  });
});
