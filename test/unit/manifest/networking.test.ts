// Services, Ingresses, IngressClasses and NetworkPolicies.
import { describe, expect, it } from 'vitest';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';
import { errorAt, findingsOf, INGRESS, INGRESS_CLASS, NETWORK_POLICY, replaced, SERVICE, warningAt } from '../../fixtures/manifests';

const messageOf = (text: string) => formatFinding(checkManifest(text)[0], 'en');

describe('Service', () => {
  it('requires a name for each port when there are several', () => {
    const text = replaced(SERVICE, '  - name: https\n    port: 443', '  - port: 443');
    expect(findingsOf(text)).toEqual([errorAt(text, 'port: 443', 'service-port-names')]);
  });

  it('checks port, targetPort and nodePort ranges', () => {
    const port = replaced(SERVICE, 'port: 443', 'port: 0');
    expect(findingsOf(port)).toEqual([errorAt(port, 'port: 0', 'port-range', 6)]);
    const targetPort = replaced(SERVICE, 'targetPort: 8080', 'targetPort: 70000');
    expect(findingsOf(targetPort)).toEqual([errorAt(targetPort, '70000', 'port-range')]);
    const nodePort = replaced(SERVICE, 'nodePort: 30080', 'nodePort: 300080');
    expect(findingsOf(nodePort)).toEqual([errorAt(nodePort, '300080', 'node-port')]);
    expect(messageOf(nodePort)).toBe('nodePort 300080 is outside the node port range 30000-32767 (the API server default)');
  });

  it('refuses a nodePort on a ClusterIP Service', () => {
    const text = replaced(SERVICE, 'type: NodePort', 'type: ClusterIP');
    expect(findingsOf(text)).toEqual([errorAt(text, 'nodePort', 'node-port')]);
  });

  it('checks targetPort names and Service port names', () => {
    const target = replaced(SERVICE, 'targetPort: https', 'targetPort: HTTPS');
    expect(findingsOf(target)).toEqual([errorAt(target, 'HTTPS', 'invalid-port-name')]);
    const name = replaced(SERVICE, '- name: https', '- name: Https');
    expect(findingsOf(name)).toEqual([errorAt(name, 'Https', 'invalid-name')]);
  });

  it('reports duplicate port names and duplicate ports', () => {
    const names = replaced(SERVICE, '- name: https', '- name: http');
    expect(findingsOf(names)).toEqual([errorAt(names, 'http\n    port: 443', 'duplicate-port-name')]);
    const ports = replaced(SERVICE, 'port: 443', 'port: 80');
    expect(findingsOf(ports)).toEqual([errorAt(ports, '80\n    targetPort: https', 'duplicate-port')]);
  });

  it('requires ports, except for ExternalName Services, which need externalName', () => {
    const noPorts = SERVICE.slice(0, SERVICE.indexOf('  ports:'));
    expect(findingsOf(noPorts)).toEqual([errorAt(noPorts, 'spec:', 'service-ports-required')]);
    const externalName = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: ExternalName\n';
    expect(findingsOf(externalName)).toEqual([errorAt(externalName, 'spec:', 'service-external-name')]);
  });

  it('names Services as DNS-1035 labels (starting with a letter)', () => {
    const text = replaced(SERVICE, 'name: web', 'name: 1web');
    expect(findingsOf(text)).toEqual([errorAt(text, '1web', 'invalid-name')]);
  });

  it('warns about the deprecated loadBalancerIP field', () => {
    const text = replaced(SERVICE, 'type: NodePort', 'type: LoadBalancer\n  loadBalancerIP: 192.168.1.240');
    expect(findingsOf(text)).toEqual([warningAt(text, 'loadBalancerIP', 'deprecated-field')]);
  });
});

describe('Ingress', () => {
  it('requires a pathType on every path', () => {
    const text = replaced(INGRESS, '        pathType: Prefix\n', '');
    expect(findingsOf(text)).toEqual([errorAt(text, 'path: /', 'schema-required')]);
  });

  it('requires absolute paths for Prefix and Exact, without dot segments', () => {
    const relative = replaced(INGRESS, 'path: /', 'path: api');
    expect(findingsOf(relative)).toEqual([errorAt(relative, 'path: api', 'ingress-path', 'path: '.length)]);
    expect(messageOf(relative)).toBe('With pathType Prefix, the path must start with "/" (spec.rules[0].http.paths[0].path)');
    const dots = replaced(INGRESS, 'path: /', 'path: /api/../admin');
    expect(findingsOf(dots)).toEqual([errorAt(dots, '/api/../admin', 'ingress-path')]);
  });

  it('refuses an IP address as host, a misplaced wildcard, an invalid name', () => {
    const ip = replaced(INGRESS, '  - host: shop.example.com', '  - host: 203.0.113.10');
    expect(findingsOf(ip)).toEqual([warningAt(ip, 'shop.example.com', 'ingress-tls-host-unmatched'), errorAt(ip, '203.0.113.10', 'ingress-host')]);
    const wildcard = replaced(INGRESS, '  - host: shop.example.com', '  - host: shop.*.com');
    expect(findingsOf(wildcard)).toContainEqual(errorAt(wildcard, 'shop.*.com', 'ingress-host'));
    const name = replaced(INGRESS, '    - shop.example.com', '    - Shop.example.com');
    expect(findingsOf(name)).toEqual([errorAt(name, 'Shop.example.com', 'ingress-host'), warningAt(name, 'Shop.example.com', 'ingress-tls-host-unmatched')]);
    expect(findingsOf(replaced(INGRESS, 'shop.example.com\n    secretName', '"*.example.com"\n    secretName'))).toEqual([]);
  });

  it('requires a backend with a service or a resource, and a service port by name or number', () => {
    const none = replaced(INGRESS, '          service:\n            name: web\n            port:\n              number: 80\n', '          {}\n');
    expect(findingsOf(none)).toEqual([errorAt(none, 'backend:', 'ingress-backend')]);
    const noPort = replaced(INGRESS, '            port:\n              number: 80\n', '');
    expect(findingsOf(noPort)).toEqual([errorAt(noPort, 'service:', 'ingress-service-port')]);
    const both = replaced(INGRESS, '              number: 80\n', '              number: 80\n              name: http\n');
    expect(findingsOf(both)).toEqual([errorAt(both, 'port:\n', 'ingress-service-port')]);
  });

  it('requires rules or a defaultBackend', () => {
    const text = INGRESS.slice(0, INGRESS.indexOf('  tls:'));
    expect(findingsOf(text)).toEqual([errorAt(text, 'spec:', 'ingress-rules-or-backend')]);
  });

  it('refuses a class annotation that contradicts ingressClassName, and warns about it otherwise', () => {
    const conflict = replaced(INGRESS, 'metadata:\n', 'metadata:\n  annotations:\n    kubernetes.io/ingress.class: traefik\n');
    expect(findingsOf(conflict)).toEqual([errorAt(conflict, 'traefik', 'ingress-class-conflict')]);
    const alone = replaced(replaced(INGRESS, 'metadata:\n', 'metadata:\n  annotations:\n    kubernetes.io/ingress.class: nginx\n'), '  ingressClassName: nginx\n', '');
    expect(findingsOf(alone)).toEqual([warningAt(alone, 'kubernetes.io/ingress.class', 'deprecated-annotation')]);
    expect(messageOf(alone)).toBe('The kubernetes.io/ingress.class annotation is deprecated: use spec.ingressClassName');
  });

  it('checks ingressClassName and the TLS Secret name as object names', () => {
    const className = replaced(INGRESS, 'ingressClassName: nginx', 'ingressClassName: Traefik');
    expect(findingsOf(className)).toEqual([errorAt(className, 'Traefik', 'invalid-name')]);
    const secret = replaced(INGRESS, 'secretName: shop-tls', 'secretName: shop_tls');
    expect(findingsOf(secret)).toEqual([errorAt(secret, 'shop_tls', 'invalid-name')]);
  });

  it('warns about a TLS host that no rule serves', () => {
    const text = replaced(INGRESS, '    - shop.example.com', '    - www.example.com');
    expect(findingsOf(text)).toEqual([warningAt(text, 'www.example.com', 'ingress-tls-host-unmatched')]);
  });
});

describe('IngressClass', () => {
  it('requires a controller, as a domain-prefixed path', () => {
    const missing = replaced(INGRESS_CLASS, '  controller: example.com/ingress-controller\n', '');
    expect(findingsOf(missing)).toEqual([errorAt(missing, 'spec:', 'ingressclass-controller')]);
    const format = replaced(INGRESS_CLASS, 'controller: example.com/ingress-controller', 'controller: nginx');
    expect(findingsOf(format)).toEqual([errorAt(format, 'nginx', 'ingressclass-controller')]);
  });

  it('requires a namespace for Namespace-scoped parameters, and refuses one otherwise', () => {
    const missing = replaced(INGRESS_CLASS, '    namespace: ingress-config\n', '');
    expect(findingsOf(missing)).toEqual([errorAt(missing, 'Namespace', 'ingressclass-parameters')]);
    const cluster = replaced(INGRESS_CLASS, 'scope: Namespace', 'scope: Cluster');
    expect(findingsOf(cluster)).toEqual([errorAt(cluster, 'namespace: ingress', 'ingressclass-parameters')]);
  });
});

describe('NetworkPolicy', () => {
  it('accepts only Ingress and Egress as policy types', () => {
    const text = replaced(NETWORK_POLICY, '  - Ingress\n', '  - Inbound\n');
    expect(findingsOf(text)).toEqual([errorAt(text, 'Inbound', 'schema-enum')]);
  });

  it('refuses an ipBlock combined with a selector in the same peer', () => {
    const text = replaced(NETWORK_POLICY, '        cidr: 172.17.0.0/16\n    - podSelector:', '        cidr: 172.17.0.0/16\n      podSelector:');
    expect(findingsOf(text)).toEqual([errorAt(text, 'podSelector:\n        matchLabels:\n          role: api', 'netpol-peer')]);
  });

  it('refuses an empty peer and an invalid CIDR', () => {
    const empty = replaced(NETWORK_POLICY, '    - podSelector:\n        matchLabels:\n          role: api\n', '    - {}\n');
    expect(findingsOf(empty)).toEqual([errorAt(empty, '{}', 'netpol-peer')]);
    const cidr = replaced(NETWORK_POLICY, '172.17.0.0/16', '172.17.0.0/33');
    expect(findingsOf(cidr)).toEqual([errorAt(cidr, '172.17.0.0/33', 'invalid-cidr')]);
  });

  it('checks ports and port ranges', () => {
    const protocol = replaced(NETWORK_POLICY, 'protocol: TCP', 'protocol: HTTP');
    expect(findingsOf(protocol)).toEqual([errorAt(protocol, 'HTTP', 'schema-enum')]);
    const before = replaced(NETWORK_POLICY, 'endPort: 5440', 'endPort: 5000');
    expect(findingsOf(before)).toEqual([errorAt(before, '5000', 'port-range')]);
    const named = replaced(NETWORK_POLICY, 'port: 5432', 'port: postgres');
    expect(findingsOf(named)).toEqual([errorAt(named, 'endPort', 'port-range')]);
  });
});
