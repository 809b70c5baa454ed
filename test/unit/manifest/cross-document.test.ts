// Warnings across the documents of one file, and a yaml-fix challenge's own assertions.
import { describe, expect, it } from 'vitest';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';
import { CONFIG_MAP, DEPLOYMENT, errorAt, findingsOf, INGRESS, positionOf, replaced, SERVICE, warningAt } from '../../fixtures/manifests';

const join = (...documents: string[]) => documents.join('---\n');
const clusterIpService = replaced(SERVICE, '    nodePort: 30080\n', '').replace('type: NodePort', 'type: ClusterIP');

describe('across documents', () => {
  it('accepts a Deployment, its Service and its Ingress that fit together', () => {
    expect(findingsOf(join(DEPLOYMENT, clusterIpService, INGRESS))).toEqual([]);
  });

  it('warns about a Service selector that matches no pod template of the file', () => {
    const text = join(DEPLOYMENT, replaced(clusterIpService, '    app: web', '    app: webapp'));
    expect(findingsOf(text)).toEqual([warningAt(text, '  selector:\n    app: webapp', 'service-selector-unmatched', 2)]);
    expect(formatFinding(checkManifest(text)[0], 'en')).toBe('This selector (app=webapp) matches no pod template in this file: the Service would have no endpoints');
  });

  it('does not guess about Services alone in their file', () => {
    expect(findingsOf(clusterIpService)).toEqual([]);
  });

  it('warns about an Ingress backend naming a Service the file does not define, or a port it lacks', () => {
    const service = replaced(INGRESS, '            name: web\n', '            name: website\n');
    const text = join(clusterIpService, service);
    expect(findingsOf(text)).toEqual([warningAt(text, 'website', 'ingress-backend-service-missing')]);
    const port = join(clusterIpService, replaced(INGRESS, 'number: 80', 'number: 8080'));
    expect(findingsOf(port)).toEqual([warningAt(port, 'number: 8080', 'ingress-backend-port-missing', 'number: '.length)]);
    expect(findingsOf(service)).toEqual([]);
  });

  it('warns about an object defined twice', () => {
    const text = join(CONFIG_MAP, CONFIG_MAP);
    expect(findingsOf(text)).toEqual([{ ...positionOf(text, 'settings', 0, true), severity: 'warning', rule: 'duplicate-object' }]);
  });
});

describe('expectations', () => {
  it('holds when every expectation is met', () => {
    const expectations = [
      { path: 'spec.rules[0].http.paths[0].pathType', equals: 'Prefix' },
      { kind: 'Service', path: 'spec.ports[1].name', equals: 'https' },
      { path: 'metadata.annotations', exists: false },
    ];
    expect(findingsOf(join(INGRESS, SERVICE), { expect: expectations })).toEqual([]);
  });

  it('reports a value that differs, on the value', () => {
    const text = replaced(INGRESS, 'pathType: Prefix', 'pathType: Exact');
    expect(findingsOf(text, { expect: [{ path: 'spec.rules[0].http.paths[0].pathType', equals: 'Prefix' }] })).toEqual([errorAt(text, 'Exact', 'expect')]);
    expect(formatFinding(checkManifest(text, { expect: [{ path: 'spec.rules[0].http.paths[0].pathType', equals: 'Prefix' }] })[0], 'fr')).toBe(
      'spec.rules[0].http.paths[0].pathType devrait valoir "Prefix", trouvé "Exact"',
    );
  });

  it('reports a field that should or should not exist, and a missing kind', () => {
    expect(findingsOf(INGRESS, { expect: [{ path: 'spec.defaultBackend', exists: true }] })).toEqual([errorAt(INGRESS, 'spec:', 'expect')]);
    expect(findingsOf(INGRESS, { expect: [{ path: 'spec.tls', exists: false }] })).toEqual([errorAt(INGRESS, 'tls:', 'expect')]);
    expect(findingsOf(INGRESS, { expect: [{ kind: 'Service', path: 'spec.ports', exists: true }] })).toEqual([{ line: 1, col: 1, severity: 'error', rule: 'expect' }]);
  });
});
