// Secrets, ConfigMaps, metadata for every kind, placeholders, cert-manager and MetalLB resources.
import { describe, expect, it } from 'vitest';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';
import { ADDRESS_POOL, BGP_PEER, CERTIFICATE, CONFIG_MAP, errorAt, findingsOf, ISSUER, replaced, SECRET, SERVICE, STORAGE_CLASS, warningAt } from '../../fixtures/manifests';

const messageOf = (text: string) => formatFinding(checkManifest(text)[0], 'en');

describe('Secret and ConfigMap', () => {
  it('requires the keys of a typed Secret', () => {
    const text = replaced(SECRET, 'tls.crt:', 'cert.pem:');
    expect(findingsOf(text)).toEqual([errorAt(text, '\ndata:', 'secret-type-keys', 1)]);
    expect(messageOf(text)).toBe('A Secret of type kubernetes.io/tls must have the key "tls.crt"');
  });

  it('requires base64 in data', () => {
    const text = replaced(SECRET, 'LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCg==', 'not base64!');
    expect(findingsOf(text)).toEqual([errorAt(text, 'not base64!', 'secret-data-base64')]);
  });

  it('checks data keys', () => {
    const text = replaced(CONFIG_MAP, 'log_level:', 'log level:');
    expect(findingsOf(text)).toEqual([errorAt(text, 'log level', 'invalid-data-key')]);
  });
});

describe('metadata', () => {
  it('requires a name', () => {
    const text = replaced(CONFIG_MAP, '  name: settings\n', '  labels:\n    app: web\n');
    expect(findingsOf(text)).toEqual([errorAt(text, 'metadata:', 'metadata-name-required')]);
  });

  it('checks the name format per kind, and the namespace', () => {
    const name = replaced(CONFIG_MAP, 'name: settings', 'name: Settings');
    expect(findingsOf(name)).toEqual([errorAt(name, 'Settings', 'invalid-name')]);
    expect(messageOf(name)).toBe(
      '"Settings" is not a valid name (metadata.name): lowercase letters, digits, "-" and "." only, each part starting and ending with a letter or digit',
    );
    const namespace = replaced(CONFIG_MAP, '  name: settings\n', '  name: settings\n  namespace: my.team\n');
    expect(findingsOf(namespace)).toEqual([errorAt(namespace, 'my.team', 'invalid-name')]);
  });

  it('checks label keys and values, and annotation keys', () => {
    const value = replaced(CONFIG_MAP, '  name: settings\n', '  name: settings\n  labels:\n    app: my app\n');
    expect(findingsOf(value)).toEqual([errorAt(value, 'my app', 'invalid-label')]);
    const key = replaced(CONFIG_MAP, '  name: settings\n', '  name: settings\n  labels:\n    -app: web\n');
    expect(findingsOf(key)).toEqual([errorAt(key, '-app', 'invalid-label')]);
    const annotation = replaced(CONFIG_MAP, '  name: settings\n', '  name: settings\n  annotations:\n    example.com/a/b: x\n');
    expect(findingsOf(annotation)).toEqual([errorAt(annotation, 'example.com/a/b', 'invalid-annotation')]);
  });

  it('warns that a cluster-scoped object ignores its namespace', () => {
    const text = replaced(STORAGE_CLASS, '  name: fast-ssd\n', '  name: fast-ssd\n  namespace: default\n');
    expect(findingsOf(text)).toEqual([warningAt(text, 'namespace', 'namespace-ignored')]);
  });

  it('reports placeholders as errors where the API server refuses them (names, hosts), once, and warns elsewhere', () => {
    const text = replaced(ISSUER, 'name: letsencrypt-prod\nspec', 'name: ...\nspec');
    expect(findingsOf(text)).toEqual([errorAt(text, '...', 'placeholder-value')]);
    const host = replaced(CERTIFICATE, '- intranet.example.com', '- intranet.<your domain>');
    expect(findingsOf(host)).toEqual([warningAt(host, 'intranet.<your domain>', 'placeholder-value')]);
    const port = replaced(SERVICE, 'targetPort: https', 'targetPort: <port>');
    expect(findingsOf(port)).toEqual([errorAt(port, '<port>', 'placeholder-value')]);
    const env = replaced(SERVICE, 'type: NodePort', 'type: <type>');
    expect(findingsOf(env).map((f) => `${f.severity} ${f.rule}`)).toEqual(['error schema-enum']);
    expect(messageOf(host)).toBe('"intranet.<your domain>" is a placeholder from an example (spec.dnsNames[0]): replace it with a real value');
  });
});

describe('cert-manager', () => {
  it('requires exactly one issuer type', () => {
    const two = replaced(ISSUER, 'spec:\n', 'spec:\n  selfSigned: {}\n');
    expect(findingsOf(two)).toEqual([errorAt(two, 'acme:', 'issuer-type')]);
    const none = 'apiVersion: cert-manager.io/v1\nkind: ClusterIssuer\nmetadata:\n  name: nothing\nspec: {}\n';
    expect(findingsOf(none)).toEqual([errorAt(none, 'spec:', 'issuer-type')]);
  });

  it('requires the ACME account key Secret and server', () => {
    const text = replaced(ISSUER, '    privateKeySecretRef:\n      name: letsencrypt-prod\n', '');
    expect(findingsOf(text)).toEqual([errorAt(text, 'acme:', 'schema-required')]);
  });

  it('requires a Certificate to name what it certifies, and where to store it', () => {
    const identity = replaced(CERTIFICATE, '  dnsNames:\n  - intranet.example.com\n', '');
    expect(findingsOf(identity)).toEqual([errorAt(identity, 'spec:', 'certificate-identity')]);
    const secret = replaced(CERTIFICATE, 'secretName: intranet-tls', 'secretName: Intranet');
    expect(findingsOf(secret)).toEqual([errorAt(secret, 'Intranet', 'invalid-name')]);
  });

  it('knows fields newer than the packaged models (ACME profiles, otherNames)', () => {
    expect(findingsOf(replaced(ISSUER, '    email:', '    profile: tlsserver\n    email:'))).toEqual([]);
    expect(findingsOf(`${CERTIFICATE}  otherNames:\n  - oid: 1.3.6.1.4.1.311.20.2.3\n    utf8Value: upn@example.local\n`)).toEqual([]);
  });
});

describe('MetalLB', () => {
  it('requires addresses as a list of CIDRs or ranges', () => {
    const scalar = replaced(ADDRESS_POOL, '  addresses:\n  - 192.168.1.240/28\n  - 192.168.9.1-192.168.9.5\n  - fc00:f853:ccd:e799::/124\n', '  addresses: 192.168.1.240/28\n');
    expect(findingsOf(scalar)).toEqual([errorAt(scalar, '192.168.1.240/28', 'schema-type')]);
    const range = replaced(ADDRESS_POOL, '192.168.9.1-192.168.9.5', '192.168.9.1-192.168.9');
    expect(findingsOf(range)).toEqual([errorAt(range, '192.168.9.1-192.168.9', 'metallb-address')]);
  });

  it('requires myASN in a BGPPeer, and knows the L2Advertisement fields', () => {
    const text = replaced(BGP_PEER, '  myASN: 64500\n', '');
    expect(findingsOf(text)).toEqual([errorAt(text, 'spec:', 'schema-required')]);
    const l2 = 'apiVersion: metallb.io/v1beta1\nkind: L2Advertisement\nmetadata:\n  name: lan\n  namespace: metallb-system\nspec:\n  ipAddressPool: lan\n';
    expect(findingsOf(l2)).toEqual([errorAt(l2, 'ipAddressPool', 'schema-unknown-field')]);
    expect(messageOf(l2)).toContain('Did you mean "ipAddressPools"?');
  });
});
