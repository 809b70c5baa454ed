// Pod specs (in Pods and in controllers' templates) and controllers' selectors.
import { describe, expect, it } from 'vitest';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';
import { DEPLOYMENT, errorAt, findingsOf, POD, replaced, warningAt } from '../../fixtures/manifests';

const messageOf = (text: string) => formatFinding(checkManifest(text)[0], 'en');

describe('pod spec', () => {
  it('reports a volumeMount that names no volume, with the volume meant', () => {
    const text = replaced(POD, '    - name: html\n      mountPath', '    - name: htm\n      mountPath');
    expect(findingsOf(text)).toEqual([errorAt(text, 'htm\n', 'volume-mount-unknown-volume')]);
    expect(messageOf(text)).toBe('volumeMount "htm" names no volume of the pod. Did you mean "html"?');
  });

  it('reports a duplicate volume name on the second one', () => {
    const text = replaced(POD, '  - name: config\n    configMap', '  - name: html\n    configMap');
    expect(findingsOf(text)).toEqual([
      errorAt(text, 'config\n      mountPath', 'volume-mount-unknown-volume'),
      errorAt(text, 'html\n    configMap', 'duplicate-volume-name'),
    ]);
  });

  it('accepts a volume without a source, which the API server defaults to an emptyDir, and reports a volume with two', () => {
    const none = replaced(POD, '    configMap:\n      name: nginx-config\n', '');
    expect(findingsOf(none)).toEqual([]);
    const two = replaced(POD, '    configMap:\n', '    emptyDir: {}\n    configMap:\n');
    expect(findingsOf(two)).toEqual([errorAt(two, 'configMap:\n      name: nginx', 'volume-source-count')]);
    expect(messageOf(two)).toBe('A volume has exactly one source, and this one has "emptyDir" and "configMap" (spec.volumes[1])');
  });

  it('warns about in-tree volume plugins that were removed', () => {
    const text = replaced(POD, '    configMap:\n      name: nginx-config', '    cephfs:\n      monitors: [10.0.0.1:6789]');
    expect(findingsOf(text)).toEqual([warningAt(text, 'cephfs', 'deprecated-volume-type')]);
  });

  it('reports names that are not DNS labels: volumes, containers', () => {
    const volume = replaced(replaced(POD, '  - name: config\n    configMap', '  - name: Config_Files\n    configMap'), '    - name: config\n      mountPath', '    - name: Config_Files\n      mountPath');
    expect(findingsOf(volume)).toEqual([errorAt(volume, 'Config_Files\n    configMap', 'invalid-name')]);
    const container = replaced(POD, '- name: nginx', '- name: web.server');
    expect(findingsOf(container)).toEqual([errorAt(container, 'web.server', 'invalid-name')]);
  });

  it('reports duplicate container names across init and app containers', () => {
    const text = replaced(POD, 'spec:\n  containers:', 'spec:\n  initContainers:\n  - name: nginx\n    image: busybox\n  containers:');
    expect(findingsOf(text)).toEqual([errorAt(text, 'nginx\n    image: nginx', 'duplicate-container-name')]);
  });

  it('requires an image and at least one container', () => {
    const noImage = replaced(POD, '    image: nginx:1.27\n', '');
    expect(findingsOf(noImage)).toEqual([errorAt(noImage, '- name: nginx', 'container-image-required', 2)]);
    const empty = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: []\n';
    expect(findingsOf(empty)).toEqual([errorAt(empty, '[]', 'containers-required')]);
  });

  it('checks container ports: range, name format, duplicate names', () => {
    const range = replaced(POD, 'containerPort: 80', 'containerPort: 80000');
    expect(findingsOf(range)).toEqual([errorAt(range, '80000', 'port-range')]);
    const name = replaced(POD, '- name: http\n', '- name: http_port\n');
    expect(findingsOf(name)).toEqual([errorAt(name, 'http_port', 'invalid-port-name')]);
    const duplicate = replaced(POD, '      containerPort: 80\n', '      containerPort: 80\n    - name: http\n      containerPort: 81\n');
    expect(findingsOf(duplicate)).toEqual([errorAt(duplicate, 'http\n      containerPort: 81', 'duplicate-port-name')]);
  });

  it('reports a subPath that is absolute or climbs out of the volume', () => {
    const absolute = replaced(POD, 'subPath: nginx.conf', 'subPath: /nginx.conf');
    expect(findingsOf(absolute)).toEqual([errorAt(absolute, 'subPath: /nginx.conf', 'invalid-sub-path', 'subPath: '.length)]);
    expect(messageOf(absolute)).toBe('subPath "/nginx.conf" must be relative to the volume root: remove the leading "/"');
    const parent = replaced(POD, 'subPath: nginx.conf', 'subPath: ../nginx.conf');
    expect(findingsOf(parent)).toEqual([errorAt(parent, '../nginx.conf', 'invalid-sub-path')]);
  });

  it('reports a mount path used twice in a container', () => {
    const text = replaced(POD, 'mountPath: /etc/nginx/nginx.conf', 'mountPath: /usr/share/nginx/html');
    expect(findingsOf(text)).toEqual([errorAt(text, '/usr/share/nginx/html\n      subPath', 'duplicate-mount-path')]);
  });

  it('checks the hostPath type against its closed list', () => {
    const text = replaced(POD, '    configMap:\n      name: nginx-config', '    hostPath:\n      path: /data\n      type: directory');
    expect(findingsOf(text)).toEqual([errorAt(text, 'directory', 'schema-enum')]);
    expect(messageOf(text)).toContain('Did you mean "Directory"?');
  });
});

describe('controllers', () => {
  it('reports a selector that does not match the template labels, on the template label', () => {
    const text = replaced(DEPLOYMENT, '        app: web\n', '        app: website\n');
    expect(findingsOf(text)).toEqual([errorAt(text, 'website', 'selector-mismatch')]);
    expect(messageOf(text)).toBe(
      'The selector (spec.selector.matchLabels.app) wants app=web, but the pod template has app=website: the selector must match the template labels',
    );
  });

  it('reports a selector label missing from the template, and an empty selector', () => {
    const missing = replaced(DEPLOYMENT, '        app: web\n', '        role: web\n');
    expect(findingsOf(missing)).toEqual([errorAt(missing, 'labels:', 'selector-mismatch')]);
    const empty = replaced(DEPLOYMENT, '  selector:\n    matchLabels:\n      app: web\n', '  selector: {}\n');
    expect(findingsOf(empty)).toEqual([errorAt(empty, 'selector:', 'selector-mismatch')]);
  });

  it('evaluates matchExpressions against the template labels', () => {
    const ok = replaced(DEPLOYMENT, '    matchLabels:\n      app: web\n', '    matchExpressions:\n    - {key: tier, operator: In, values: [front, back]}\n');
    expect(findingsOf(ok)).toEqual([]);
    const wrong = replaced(ok, 'values: [front, back]', 'values: [back]');
    expect(findingsOf(wrong)).toEqual([errorAt(wrong, 'labels:', 'selector-mismatch')]);
  });

  it('requires restartPolicy Always in a controller template', () => {
    const text = replaced(DEPLOYMENT, '    spec:\n      containers:', '    spec:\n      restartPolicy: Never\n      containers:');
    expect(findingsOf(text)).toEqual([errorAt(text, 'Never', 'restart-policy')]);
  });

  it('checks the claims of a StatefulSet like PersistentVolumeClaims', () => {
    const statefulSet = `${replaced(DEPLOYMENT, 'kind: Deployment', 'kind: StatefulSet')}  volumeClaimTemplates:\n  - metadata:\n      name: data\n    spec:\n      accessModes: [ReadWriteOnce]\n`;
    expect(findingsOf(statefulSet)).toEqual([errorAt(statefulSet, 'spec:\n      accessModes', 'pvc-storage-request')]);
  });

  it('checks the pod template like a pod', () => {
    const text = replaced(DEPLOYMENT, '      - name: nginx', '      - name: Nginx');
    expect(findingsOf(text)).toEqual([errorAt(text, 'Nginx', 'invalid-name')]);
  });

  it('requires the selector in apps/v1 and rejects replicas in a DaemonSet', () => {
    const noSelector = replaced(DEPLOYMENT, '  selector:\n    matchLabels:\n      app: web\n', '');
    expect(findingsOf(noSelector)).toEqual([errorAt(noSelector, 'spec:', 'schema-required')]);
    const daemonSet = replaced(DEPLOYMENT, 'kind: Deployment', 'kind: DaemonSet');
    expect(findingsOf(daemonSet)).toEqual([errorAt(daemonSet, 'replicas', 'schema-unknown-field')]);
  });
});

describe('numeric bounds', () => {
  it('refuses negative replicas and grace periods, probe periods below 1, and a liveness successThreshold other than 1', () => {
    const replicas = replaced(DEPLOYMENT, 'replicas: 2', 'replicas: -1');
    expect(findingsOf(replicas)).toEqual([errorAt(replicas, '-1', 'value-range')]);
    const probes = replaced(POD, '    image: nginx:1.27\n', '    image: nginx:1.27\n    livenessProbe:\n      httpGet: {path: /, port: 80}\n      periodSeconds: 0\n      successThreshold: 2\n    readinessProbe:\n      httpGet: {path: /, port: 80}\n      successThreshold: 2\n');
    expect(findingsOf(probes)).toEqual([errorAt(probes, '0\n', 'value-range'), errorAt(probes, '2\n', 'value-range')]);
    const grace = replaced(POD, 'spec:\n  containers:', 'spec:\n  terminationGracePeriodSeconds: -5\n  containers:');
    expect(findingsOf(grace)).toEqual([errorAt(grace, '-5', 'value-range')]);
  });
});
