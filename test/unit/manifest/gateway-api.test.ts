// Gateway API: its CRDs' schemas, and the CEL rules the checker mirrors by hand.
import { describe, expect, it } from 'vitest';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';
import { resolveKind } from '../../../src/shared/manifest/registry';
import { errorAt, errorAtLast, findingsOf, replaced } from '../../fixtures/manifests';
import { GATEWAY, GATEWAY_CLASS, GRPC_ROUTE, HTTP_ROUTE, REFERENCE_GRANT } from '../../fixtures/manifests/gateway-api';

const messageOf = (text: string) => formatFinding(checkManifest(text)[0], 'en');

describe('Gateway API', () => {
  it('checks GatewayClass, Gateway, HTTPRoute, GRPCRoute and ReferenceGrant, and accepts valid ones', () => {
    for (const kind of ['GatewayClass', 'Gateway', 'HTTPRoute', 'GRPCRoute', 'ReferenceGrant'])
      expect(resolveKind('gateway.networking.k8s.io/v1', kind).status, kind).toBe('checked');
    expect(checkManifest([GATEWAY_CLASS, GATEWAY, HTTP_ROUTE, GRPC_ROUTE, REFERENCE_GRANT].join('---\n'))).toEqual([]);
  });

  it('reports unknown fields and wrong enums from the CRD schema', () => {
    const field = replaced(HTTP_ROUTE, 'hostnames:', 'hostname:');
    expect(findingsOf(field)).toEqual([errorAt(field, 'hostname:', 'schema-unknown-field')]);
    expect(messageOf(field)).toContain('Did you mean "hostnames"?');
    const enumValue = replaced(HTTP_ROUTE, 'type: PathPrefix', 'type: Prefix');
    expect(findingsOf(enumValue)).toEqual([errorAt(enumValue, 'Prefix', 'schema-enum')]);
  });

  it('bounds backend weights and requires a GatewayClass controller', () => {
    const weight = replaced(HTTP_ROUTE, 'weight: 90', 'weight: 2000000');
    expect(findingsOf(weight)).toEqual([errorAt(weight, '2000000', 'schema-limits')]);
    const controller = replaced(GATEWAY_CLASS, '  controllerName: gateway.envoyproxy.io/gatewayclass-controller\n', '  description: none\n');
    expect(findingsOf(controller)).toEqual([errorAt(controller, 'spec', 'schema-required')]);
  });

  it('treats GatewayClass as cluster-scoped', () => {
    const text = replaced(GATEWAY_CLASS, '  name: envoy\n', '  name: envoy\n  namespace: infra\n');
    expect(checkManifest(text).map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning namespace-ignored']);
  });

  it('requires unique listener names, and a distinct port, protocol and hostname per listener', () => {
    const name = replaced(GATEWAY, '- name: https', '- name: http');
    expect(findingsOf(name)).toEqual([errorAt(name, 'http\n    protocol: HTTPS', 'gateway-listener-duplicate')]);
    const twin = replaced(replaced(GATEWAY, 'port: 443', 'port: 80'), 'protocol: HTTPS', 'protocol: HTTP');
    const twinNoTls = replaced(twin, '    hostname: "*.example.com"\n    tls:\n      mode: Terminate\n      certificateRefs:\n      - kind: Secret\n        name: wildcard-tls\n        namespace: certs\n', '');
    expect(findingsOf(twinNoTls)).toEqual([errorAtLast(twinNoTls, '80', 'gateway-listener-conflict')]);
  });

  it('allows tls only on HTTPS and TLS listeners, and needs a certificate to terminate', () => {
    const http = replaced(GATEWAY, 'protocol: HTTPS', 'protocol: HTTP');
    expect(findingsOf(http)).toEqual([errorAt(http, 'tls:', 'gateway-listener-tls-forbidden')]);
    expect(messageOf(http)).toBe('"spec.listeners[1].tls" is not allowed with protocol HTTP: TLS settings go on HTTPS or TLS listeners');
    const noCert = replaced(GATEWAY, '      certificateRefs:\n      - kind: Secret\n        name: wildcard-tls\n        namespace: certs\n', '');
    expect(findingsOf(noCert)).toEqual([errorAt(noCert, 'tls:', 'gateway-listener-certificate')]);
    const passthrough = replaced(GATEWAY, 'mode: Terminate', 'mode: Passthrough');
    expect(findingsOf(passthrough)).toEqual([errorAt(passthrough, 'Passthrough', 'gateway-listener-https-passthrough')]);
  });

  it('requires absolute paths for Exact and PathPrefix matches, PathPrefix being the default type', () => {
    const relative = replaced(HTTP_ROUTE, 'value: /api', 'value: api');
    expect(findingsOf(relative)).toEqual([errorAt(relative, 'api\n', 'gateway-path-absolute')]);
    const defaulted = replaced(relative, '        type: PathPrefix\n', '');
    expect(findingsOf(defaulted)).toEqual([errorAt(defaulted, 'api\n', 'gateway-path-absolute')]);
    const regex = replaced(relative, 'type: PathPrefix', 'type: RegularExpression');
    expect(findingsOf(regex)).toEqual([]);
  });

  it('requires a port on Service backends', () => {
    const text = replaced(HTTP_ROUTE, '    - name: api-v1\n      port: 8080\n', '    - name: api-v1\n');
    expect(findingsOf(text)).toEqual([errorAt(text, 'name: api-v1', 'gateway-backend-port')]);
    const grpc = replaced(GRPC_ROUTE, '      port: 9000\n', '');
    expect(findingsOf(grpc)).toEqual([errorAtLast(grpc, 'name: inventory', 'gateway-backend-port')]);
  });

  it('matches each filter type with its own settings', () => {
    const missing = replaced(HTTP_ROUTE, 'requestHeaderModifier:', 'responseHeaderModifier:');
    expect(findingsOf(missing).map((f) => f.rule)).toEqual(['gateway-filter-field-missing', 'gateway-filter-field-mismatch']);
    const redirect = replaced(HTTP_ROUTE, '    - type: RequestHeaderModifier\n      requestHeaderModifier:\n        add:\n        - name: x-route\n          value: canary\n', '    - type: RequestRedirect\n      requestRedirect:\n        scheme: https\n');
    expect(findingsOf(redirect)).toEqual([errorAt(redirect, 'RequestRedirect', 'gateway-redirect-with-backends')]);
  });

  it('requires a sectionName to tell two references to the same parent apart', () => {
    const text = replaced(HTTP_ROUTE, '  parentRefs:\n  - name: shared\n    namespace: infra\n    sectionName: https\n', '  parentRefs:\n  - name: shared\n    namespace: infra\n  - name: shared\n    namespace: infra\n');
    expect(findingsOf(text)).toEqual([errorAtLast(text, 'shared', 'gateway-parent-ref-ambiguous')]);
  });
});
