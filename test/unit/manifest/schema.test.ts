// Schema checks: required fields, types, enums, unknown fields with "did you mean", quantities, limits.
import { describe, expect, it } from 'vitest';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';
import { Findings } from '../../../src/shared/manifest/findings';
import { validateSchema } from '../../../src/shared/manifest/validate-schema';
import { Field, parseManifestText } from '../../../src/shared/manifest/yaml';
import {
  BGP_PEER,
  CERTIFICATE,
  errorAt,
  findingsOf,
  INGRESS,
  ISSUER,
  PVC,
  POD,
  replaced,
  SERVICE,
  STORAGE_CLASS,
} from '../../fixtures/manifests';

const messageOf = (text: string) => formatFinding(checkManifest(text)[0], 'en');

describe('schema', () => {
  it('reports a missing required field on the object that lacks it', () => {
    const text = replaced(ISSUER, '    server: https://acme-v02.api.letsencrypt.org/directory\n', '');
    expect(findingsOf(text)).toEqual([errorAt(text, 'acme:', 'schema-required')]);
    expect(messageOf(text)).toBe('Missing required field "spec.acme.server"');
  });

  it('reports a missing required top-level field at the start of the document', () => {
    const text = replaced(CERTIFICATE, '  secretName: intranet-tls\n', '');
    expect(findingsOf(text)).toEqual([errorAt(text, 'spec:', 'schema-required')]);
  });

  it('reports a value of the wrong type on the value', () => {
    const text = replaced(INGRESS, '  tls:\n  - hosts:', '  tls:\n    hosts:');
    expect(findingsOf(text)).toEqual([errorAt(text, 'hosts:', 'schema-type')]);
    expect(messageOf(text)).toBe('"spec.tls" must be a list, not an object (key: value)');
    const scalar = replaced(PVC, 'accessModes:\n  - ReadWriteOnce', 'accessModes: ReadWriteOnce');
    expect(findingsOf(scalar)).toEqual([errorAt(scalar, 'ReadWriteOnce', 'schema-type')]);
  });

  it('tells to quote a boolean or a number written where text is expected', () => {
    const text = replaced(STORAGE_CLASS, 'metadata:\n', 'metadata:\n  annotations:\n    storageclass.kubernetes.io/is-default-class: true\n');
    expect(findingsOf(text)).toEqual([errorAt(text, 'true', 'schema-type')]);
    expect(formatFinding(checkManifest(text)[0], 'fr')).toBe(
      '« metadata.annotations["storageclass.kubernetes.io/is-default-class"] » doit être une chaîne, pas un booléen (true ou false) : écrivez "true" entre guillemets',
    );
  });

  it('reports a text where a number is expected', () => {
    const text = replaced(SERVICE, 'port: 80', 'port: "80"');
    expect(findingsOf(text)).toEqual([errorAt(text, '"80"', 'schema-type')]);
  });

  it('reports an unknown field on its key, with the field meant', () => {
    const typo = replaced(PVC, 'storageClassName:', 'storageClass:');
    expect(findingsOf(typo)).toEqual([errorAt(typo, 'storageClass:', 'schema-unknown-field')]);
    expect(messageOf(typo)).toBe('Unknown field "storageClass" (spec.storageClass): kubectl apply refuses it. Did you mean "storageClassName"?');
    expect(formatFinding(checkManifest(typo)[0], 'fr')).toBe('Champ inconnu « storageClass » (spec.storageClass) : kubectl apply le refuse. Vouliez-vous dire « storageClassName » ?');
    const shortName = replaced(POD, 'claimName: web-content', 'name: web-content');
    expect(findingsOf(shortName)).toEqual([errorAt(shortName, 'persistentVolumeClaim:', 'schema-required'), errorAt(shortName, 'name: web-content', 'schema-unknown-field')]);
    expect(formatFinding(checkManifest(shortName)[1], 'en')).toContain('Did you mean "claimName"?');
  });

  it('points an unknown field to where it belongs', () => {
    const misplaced = replaced(POD, '    persistentVolumeClaim:\n      claimName: web-content', '    hostPath:\n      type: Directory\n    path: /data');
    expect(checkManifest(misplaced).map((f) => formatFinding(f, 'en'))).toEqual([
      'Missing required field "spec.volumes[0].hostPath.path"',
      'Unknown field "path" (spec.volumes[0].path): kubectl apply refuses it. Did you mean "hostPath.path"?',
    ]);
    const oldBackend = replaced(INGRESS, '          service:\n            name: web\n            port:\n              number: 80', '          serviceName: web\n          servicePort: 80');
    expect(checkManifest(oldBackend).map((f) => formatFinding(f, 'en'))).toContain(
      'Unknown field "serviceName" (spec.rules[0].http.paths[0].backend.serviceName): kubectl apply refuses it. Did you mean "service.name"?',
    );
  });

  it('says when fields are wrapped in a spec the kind does not have', () => {
    const text = 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fast\nspec:\n  provisioner: ebs.csi.aws.com\n';
    expect(findingsOf(text)).toEqual([errorAt(text, 'apiVersion', 'schema-required'), errorAt(text, 'spec:', 'schema-unknown-field')]);
    expect(formatFinding(checkManifest(text)[1], 'en')).toBe('Unknown field "spec": kubectl apply refuses it; this kind has no "spec", its fields go one level up');
  });

  it('reports a value outside an enum, with the case-insensitive match', () => {
    const text = replaced(SERVICE, 'type: NodePort', 'type: Nodeport');
    expect(findingsOf(text)).toEqual([errorAt(text, 'Nodeport', 'schema-enum')]);
    expect(messageOf(text)).toBe('"Nodeport" is not allowed for "spec.type". Did you mean "NodePort"? (expected one of "ClusterIP", "ExternalName", "LoadBalancer", "NodePort")');
  });

  it('reports a malformed quantity', () => {
    const text = replaced(PVC, 'storage: 5Gi', 'storage: 5Go');
    expect(findingsOf(text)).toEqual([errorAt(text, '5Go', 'invalid-quantity')]);
  });

  it('applies the limits a CRD declares', () => {
    const text = replaced(BGP_PEER, 'myASN: 64500', 'myASN: 5000000000');
    expect(findingsOf(text)).toEqual([errorAt(text, '5000000000', 'schema-limits')]);
    expect(messageOf(text)).toBe('"spec.myASN" must be at most 4294967295, not 5000000000');
  });

  it('applies a CRD pattern', () => {
    const { documents, lineCounter } = parseManifestText('code: ab-12\n');
    const findings = new Findings(lineCounter);
    validateSchema(Field.root(documents[0]), { type: 'object', properties: { code: { type: 'string', pattern: '^[a-z]+$' } } }, findings);
    expect(findings.list).toMatchObject([{ line: 1, col: 7, rule: 'schema-pattern', params: { path: 'code', value: 'ab-12' } }]);
  });

  it('treats null as absent, as the API server does', () => {
    expect(findingsOf(replaced(INGRESS, 'metadata:\n', 'metadata:\n  creationTimestamp: null\n'))).toEqual([]);
    const text = replaced(CERTIFICATE, 'secretName: intranet-tls', 'secretName:');
    expect(findingsOf(text)).toEqual([errorAt(text, 'spec:', 'schema-required')]);
  });
});
