// YAML syntax errors and the identification of each document's apiVersion and kind.
import { describe, expect, it } from 'vitest';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';
import { CONFIG_MAP, errorAt, findingsOf, INGRESS, POD, positionOf, replaced, warningAt } from '../../fixtures/manifests';

describe('YAML syntax', () => {
  it('points at a tab used for indentation', () => {
    const text = replaced(POD, '  name: web', '\tname: web');
    expect(findingsOf(text)).toEqual([errorAt(text, '\tname', 'yaml-tab')]);
  });

  it('points at a key less indented than its siblings', () => {
    const text = replaced(POD, '  labels:', ' labels:');
    expect(findingsOf(text)).toEqual([errorAt(text, 'labels:', 'yaml-indentation')]);
  });

  it('points at a line indented deeper than the key above allows, not at the key', () => {
    const text = replaced(POD, '    image: nginx:1.27', '      image: nginx:1.27');
    expect(findingsOf(text)).toEqual([errorAt(text, 'image: nginx', 'yaml-indentation')]);
  });

  it('points at the second occurrence of a duplicate key and names it', () => {
    const text = replaced(POD, '  name: web\n', '  name: web\n  name: other\n');
    const [finding] = checkManifest(text);
    expect(findingsOf(text)).toEqual([errorAt(text, 'name: other', 'yaml-duplicate-key')]);
    expect(formatFinding(finding, 'en')).toBe('Duplicate key "name": the last value would silently replace the first');
  });

  it('points at an unclosed quote where it opens, and at a reserved first character', () => {
    const unclosed = replaced(CONFIG_MAP, 'log_level: info', 'log_level: "info');
    expect(findingsOf(unclosed)).toEqual([errorAt(unclosed, '"info', 'yaml-scalar')]);
    const reserved = replaced(CONFIG_MAP, 'log_level: info', 'log_level: @info');
    expect(findingsOf(reserved)).toEqual([errorAt(reserved, '@info', 'yaml-scalar')]);
    const colon = replaced(CONFIG_MAP, 'log_level: info', 'log_level: info: debug');
    expect(findingsOf(colon)).toEqual([errorAt(colon, 'info: debug', 'yaml-scalar')]);
  });

  it('checks the other documents of a file when one has a syntax error', () => {
    const text = `${replaced(POD, '  name: web', '\tname: web')}---\n${replaced(CONFIG_MAP, 'name: settings', 'name: Settings')}`;
    expect(findingsOf(text).map((f) => f.rule)).toEqual(['yaml-tab', 'invalid-name']);
  });

  it('accepts document end markers, comments-only documents and flow-style (KYAML) documents', () => {
    const kyaml = '---\n{\n  apiVersion: "v1",\n  kind: "ConfigMap",\n  metadata: { name: "other" },\n  data: { a: "b" },\n}\n';
    expect(findingsOf(`${CONFIG_MAP}...\n---\n# nothing here\n---\n${kyaml}`)).toEqual([]);
  });

  it('reads yes/no/on/off as booleans, as kubectl does, and says to quote them', () => {
    const text = replaced(CONFIG_MAP, 'log_level: info', 'debug: yes');
    expect(findingsOf(text)).toEqual([errorAt(text, 'yes', 'schema-type')]);
    expect(formatFinding(checkManifest(text)[0], 'fr')).toBe('« data.debug » doit être une chaîne, pas un booléen (true ou false) : écrivez "yes" entre guillemets');
  });

  it('expands merge keys as kubectl does', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - &base\n    name: a\n    image: nginx\n  - <<: *base\n    name: b\n    imagPullPolicy: Never\n';
    expect(findingsOf(text, { expect: [{ path: 'spec.containers[1].image', equals: 'nginx' }] })).toEqual([errorAt(text, 'imagPullPolicy', 'schema-unknown-field')]);
  });

  it('never throws on a manifest being typed, whatever its state', () => {
    const text = `${POD}---\n${INGRESS}`;
    for (let end = 0; end <= text.length; end += 3) expect(() => checkManifest(text.slice(0, end))).not.toThrow();
  });

  it('reports a document that is not an object', () => {
    expect(findingsOf('- a\n- b\n')).toEqual([{ line: 1, col: 1, severity: 'error', rule: 'document-not-object' }]);
  });
});

describe('apiVersion and kind', () => {
  it('requires both', () => {
    expect(findingsOf('metadata:\n  name: x\n').map((f) => f.rule)).toEqual(['missing-api-version', 'missing-kind']);
  });

  it('calls out a removed apiVersion with the current one', () => {
    const text = replaced(INGRESS, 'networking.k8s.io/v1', 'extensions/v1beta1');
    const [finding] = checkManifest(text);
    expect(findingsOf(text)).toEqual([errorAt(text, 'extensions/v1beta1', 'api-version-removed')]);
    expect(formatFinding(finding, 'en')).toBe('extensions/v1beta1 is no longer served for Ingress (removed in Kubernetes 1.22): use networking.k8s.io/v1');
  });

  it('calls out a cert-manager version removed by cert-manager 1.7', () => {
    const text = 'apiVersion: cert-manager.io/v1alpha2\nkind: ClusterIssuer\nmetadata:\n  name: ca\nspec:\n  selfSigned: {}\n';
    expect(formatFinding(checkManifest(text)[0], 'fr')).toBe(
      'cert-manager.io/v1alpha2 n’est plus servi pour ClusterIssuer (retiré dans cert-manager 1.7) : utilisez cert-manager.io/v1',
    );
  });

  it('suggests the right version for a version that never existed', () => {
    const text = 'apiVersion: metallb.io/v1\nkind: IPAddressPool\nmetadata:\n  name: lan\nspec:\n  addresses: [10.0.0.0/28]\n';
    expect(findingsOf(text)).toEqual([errorAt(text, 'metallb.io/v1', 'api-version-unknown')]);
    expect(formatFinding(checkManifest(text)[0], 'en')).toBe('IPAddressPool is not served as metallb.io/v1: use metallb.io/v1beta1');
  });

  it('suggests the right group for a built-in kind in the wrong one', () => {
    const text = 'apiVersion: v1\nkind: Deployment\nmetadata:\n  name: web\n';
    expect(formatFinding(checkManifest(text)[0], 'en')).toBe('Deployment is not served as v1: use apps/v1');
  });

  it('suggests the kind for a wrong case or a typo', () => {
    const text = 'apiVersion: cert-manager.io/v1\nkind: Clusterissuer\nmetadata:\n  name: ca\nspec:\n  selfSigned: {}\n';
    expect(findingsOf(text)).toEqual([errorAt(text, 'Clusterissuer', 'kind-unknown')]);
    expect(formatFinding(checkManifest(text)[0], 'en')).toBe('Unknown kind "Clusterissuer" in cert-manager.io/v1: kinds are case-sensitive, write "ClusterIssuer"');
    const typo = replaced(INGRESS, 'kind: Ingress', 'kind: Ingres');
    expect(formatFinding(checkManifest(typo)[0], 'en')).toContain('Did you mean "Ingress"?');
  });

  it('warns that custom resources of unknown groups are not checked, and never errs on them', () => {
    const text = 'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n  name: l3-rule\nspec:\n  whatever: 1\n';
    expect(findingsOf(text)).toEqual([warningAt(text, 'CiliumNetworkPolicy', 'kind-not-checked')]);
  });

  it('warns that a served built-in kind without a bundled schema is not checked', () => {
    const text = 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\n';
    expect(findingsOf(text)).toEqual([warningAt(text, 'HorizontalPodAutoscaler', 'kind-not-checked')]);
  });

  it('warns about a deprecated CRD version with the CRD own warning', () => {
    const text = 'apiVersion: metallb.io/v1beta1\nkind: BGPPeer\nmetadata:\n  name: r\nspec:\n  myASN: 64500\n  peerASN: 64501\n  peerAddress: 10.0.0.1\n';
    expect(findingsOf(text)).toEqual([warningAt(text, 'metallb.io/v1beta1', 'api-version-deprecated')]);
    expect(formatFinding(checkManifest(text)[0], 'en')).toBe('metallb.io/v1beta1 BGPPeer is deprecated: v1beta1 is deprecated, please use v1beta2');
  });

  it('gives every finding a range and its document index', () => {
    const text = `${CONFIG_MAP}---\n${replaced(CONFIG_MAP, 'name: settings', 'name: Bad_Name')}`;
    const [finding] = checkManifest(text);
    expect(finding).toMatchObject({ ...positionOf(text, 'Bad_Name'), endLine: positionOf(text, 'Bad_Name').line, endCol: positionOf(text, 'Bad_Name').col + 8, document: 1 });
  });
});
