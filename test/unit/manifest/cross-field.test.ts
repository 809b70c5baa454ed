// Rules that compare two fields or bound a number, each mirroring a Kubernetes validation function.
import { describe, expect, it } from 'vitest';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';
import { DEPLOYMENT, errorAt, errorAtLast, findingsOf, POD, replaced, SERVICE } from '../../fixtures/manifests';

const messages = (text: string, locale: 'en' | 'fr' = 'en') => checkManifest(text).map((finding) => formatFinding(finding, locale));

/** DEPLOYMENT with `lines` added to its container (indented as container fields). */
const withContainerFields = (lines: string) => replaced(DEPLOYMENT, '        image: nginx:1.27\n', `        image: nginx:1.27\n${lines}`);
/** DEPLOYMENT with `lines` added to its pod spec. */
const withPodFields = (lines: string) => replaced(DEPLOYMENT, '      containers:\n', `${lines}      containers:\n`);
/** DEPLOYMENT with `lines` added to its spec. */
const withSpecFields = (lines: string) => replaced(DEPLOYMENT, '  replicas: 2\n', `  replicas: 2\n${lines}`);

describe('container resources', () => {
  const resources = (requests: string, limits: string) => withContainerFields(`        resources:\n          requests:\n${requests}          limits:\n${limits}`);

  it('refuses a Deployment whose requests exceed its limits, on the request', () => {
    const text = resources('            cpu: 500m\n            memory: 2Gi\n', '            cpu: "1"\n            memory: 1Gi\n');
    expect(findingsOf(text)).toEqual([errorAt(text, '2Gi', 'resource-request-over-limit')]);
    expect(messages(text)).toEqual([
      'The memory request (2Gi) is more than its limit (1Gi): a request must be less than or equal to the limit (spec.template.spec.containers[0].resources.requests.memory)',
    ]);
    expect(messages(text, 'fr')[0]).toContain('La demande de memory (2Gi) dépasse sa limite (1Gi)');
  });

  it('compares quantities across suffixes and accepts a request equal to its limit or without one', () => {
    const over = resources('            cpu: 1500m\n', '            cpu: 1\n');
    expect(findingsOf(over)).toEqual([errorAt(over, '1500m', 'resource-request-over-limit')]);
    expect(findingsOf(resources('            cpu: 1000m\n            memory: 1024Mi\n', '            cpu: 1\n            memory: 1Gi\n'))).toEqual([]);
    expect(findingsOf(resources('            cpu: 4\n', '            memory: 1Gi\n'))).toEqual([]);
  });

  it('refuses "gpu", which is not a container resource, and accepts a domain-prefixed one whose request equals its limit', () => {
    const text = resources('            gpu: 1\n', '            gpu: 1\n');
    expect(findingsOf(text)).toEqual([errorAt(text, 'gpu', 'resource-name'), errorAtLast(text, 'gpu', 'resource-name')]);
    expect(messages(text)[0]).toContain('"gpu" is not a container resource');
    expect(findingsOf(resources('            nvidia.com/gpu: 1\n', '            nvidia.com/gpu: 1\n'))).toEqual([]);
  });

  it('refuses an extended resource or huge pages requested below their limit or without one', () => {
    const unequal = resources('            nvidia.com/gpu: 1\n', '            nvidia.com/gpu: 2\n');
    expect(findingsOf(unequal)).toEqual([errorAt(unequal, '1\n          limits', 'resource-extended')]);
    const noLimit = resources('            nvidia.com/gpu: 1\n', '            cpu: 1\n');
    expect(findingsOf(noLimit)).toEqual([errorAt(noLimit, 'nvidia.com/gpu', 'resource-extended')]);
    const half = resources('            nvidia.com/gpu: 500m\n', '            nvidia.com/gpu: 500m\n');
    expect(findingsOf(half)).toEqual([errorAt(half, '500m', 'resource-integer'), errorAtLast(half, '500m', 'resource-integer')]);
    const hugePages = resources('            hugepages-2Mi: 100Mi\n            memory: 100Mi\n', '            hugepages-2Mi: 200Mi\n            memory: 100Mi\n');
    expect(findingsOf(hugePages)).toEqual([errorAt(hugePages, '100Mi', 'resource-extended')]);
  });
});

describe('probes and lifecycle hooks', () => {
  it('refuses a probe with two handlers, on the second one', () => {
    const text = withContainerFields('        livenessProbe:\n          httpGet:\n            path: /healthz\n            port: 80\n          tcpSocket:\n            port: 80\n');
    expect(findingsOf(text)).toEqual([errorAt(text, 'tcpSocket', 'handler-count')]);
    expect(messages(text)[0]).toBe('"spec.template.spec.containers[0].livenessProbe" has exactly one handler, and this one has "httpGet" and "tcpSocket"');
  });

  it('refuses a probe without a handler, on its key', () => {
    const text = withContainerFields('        readinessProbe:\n          periodSeconds: 5\n');
    expect(findingsOf(text)).toEqual([errorAt(text, 'readinessProbe', 'handler-count')]);
  });

  it('refuses a lifecycle hook without a handler and a probe port out of range', () => {
    const hook = withContainerFields('        lifecycle:\n          preStop:\n            exec:\n              command: [nginx, -s, quit]\n          postStart: {}\n');
    expect(findingsOf(hook)).toEqual([errorAt(hook, 'postStart', 'handler-count')]);
    const port = withContainerFields('        startupProbe:\n          tcpSocket:\n            port: 0\n');
    expect(findingsOf(port)).toEqual([errorAt(port, '0\n', 'port-range')]);
  });

  it('refuses successThreshold other than 1 on a liveness probe, not on a readiness probe', () => {
    const liveness = withContainerFields('        livenessProbe:\n          exec:\n            command: [cat, /tmp/ready]\n          successThreshold: 2\n');
    expect(findingsOf(liveness)).toEqual([errorAt(liveness, 'successThreshold: 2', 'value-range', 18)]);
    expect(findingsOf(liveness.replace('livenessProbe', 'readinessProbe'))).toEqual([]);
  });
});

describe('environment variables', () => {
  it('refuses an env var with both value and valueFrom, on value', () => {
    const text = withContainerFields('        env:\n        - name: MODE\n          value: prod\n          valueFrom:\n            configMapKeyRef:\n              name: settings\n              key: mode\n');
    expect(findingsOf(text)).toEqual([errorAt(text, 'value: prod', 'env-value-from')]);
    expect(messages(text)[0]).toBe('"spec.template.spec.containers[0].env[0]" has both value and valueFrom: give one or the other');
  });

  it('refuses a valueFrom with no source or with two', () => {
    const none = withContainerFields('        env:\n        - name: MODE\n          valueFrom: {}\n');
    expect(findingsOf(none)).toEqual([errorAt(none, 'valueFrom', 'env-value-from')]);
    const two = withContainerFields(
      '        env:\n        - name: MODE\n          valueFrom:\n            fieldRef:\n              fieldPath: metadata.name\n            secretKeyRef:\n              name: s\n              key: k\n',
    );
    expect(findingsOf(two)).toEqual([errorAt(two, 'secretKeyRef', 'env-value-from')]);
  });

  it('accepts an empty value beside valueFrom, as the API server does', () => {
    expect(findingsOf(withContainerFields('        env:\n        - name: POD\n          value: ""\n          valueFrom:\n            fieldRef:\n              fieldPath: metadata.name\n'))).toEqual([]);
  });
});

describe('tolerations', () => {
  it('refuses a toleration with operator Exists and a value, on the value', () => {
    const text = withPodFields('      tolerations:\n      - key: dedicated\n        operator: Exists\n        value: gpu\n        effect: NoSchedule\n');
    expect(findingsOf(text)).toEqual([errorAt(text, 'gpu', 'toleration')]);
    expect(messages(text)[0]).toBe('Operator Exists matches any value: remove value "gpu" (spec.template.spec.tolerations[0].value)');
  });

  it('refuses a toleration without a key unless its operator is Exists, and tolerationSeconds without NoExecute', () => {
    const noKey = withPodFields('      tolerations:\n      - operator: Equal\n        value: x\n');
    expect(findingsOf(noKey)).toEqual([errorAt(noKey, 'Equal', 'toleration')]);
    expect(findingsOf(withPodFields('      tolerations:\n      - operator: Exists\n'))).toEqual([]);
    const badValue = withPodFields('      tolerations:\n      - key: dedicated\n        value: "gpu nodes"\n        effect: NoSchedule\n');
    expect(findingsOf(badValue)).toEqual([errorAt(badValue, '"gpu nodes"', 'invalid-label')]);
    const seconds = withPodFields('      tolerations:\n      - key: node.kubernetes.io/unreachable\n        operator: Exists\n        effect: NoSchedule\n        tolerationSeconds: 30\n');
    expect(findingsOf(seconds)).toEqual([errorAt(seconds, 'tolerationSeconds', 'toleration')]);
  });
});

describe('label selectors', () => {
  const expression = (lines: string) => replaced(DEPLOYMENT, '    matchLabels:\n      app: web\n', `    matchLabels:\n      app: web\n    matchExpressions:\n${lines}`);

  it('refuses In without values, on the operator', () => {
    const text = expression('    - key: tier\n      operator: In\n');
    expect(findingsOf(text)).toEqual([errorAt(text, 'In\n', 'selector-values')]);
    expect(messages(text)[0]).toBe('Operator In needs at least one value (spec.selector.matchExpressions[0].values)');
  });

  it('refuses Exists with values, and an operator such as Equals', () => {
    const exists = expression('    - key: tier\n      operator: Exists\n      values: [front]\n');
    expect(findingsOf(exists)).toEqual([errorAt(exists, 'values: [front]', 'selector-values')]);
    const equals = expression('    - key: tier\n      operator: Equals\n      values: [front]\n');
    expect(findingsOf(equals)).toEqual([errorAt(equals, 'Equals', 'selector-operator')]);
    expect(messages(equals)[0]).toBe('"Equals" is not a selector operator (spec.selector.matchExpressions[0].operator): expected one of In, NotIn, Exists, DoesNotExist');
  });

  it('checks selectors wherever they are: a pod anti-affinity term, node affinity Gt with one integer', () => {
    const affinity = withPodFields(
      '      affinity:\n        podAntiAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n          - topologyKey: kubernetes.io/hostname\n            labelSelector:\n              matchExpressions:\n              - key: app\n                operator: NotIn\n                values: []\n',
    );
    expect(findingsOf(affinity)).toEqual([errorAt(affinity, '[]', 'selector-values')]);
    const gt = withPodFields(
      '      affinity:\n        nodeAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n            nodeSelectorTerms:\n            - matchExpressions:\n              - key: cores\n                operator: Gt\n                values: ["eight"]\n',
    );
    expect(findingsOf(gt)).toEqual([errorAt(gt, '"eight"', 'selector-values')]);
    const two = gt.replace('["eight"]', '["4", "8"]');
    expect(findingsOf(two)).toEqual([errorAt(two, '["4", "8"]', 'selector-values')]);
    expect(messages(two, 'fr')[0]).toMatch(/^L’opérateur Gt compare une seule valeur/);
  });
});

describe('update strategies', () => {
  it('refuses a Recreate Deployment with rollingUpdate, on rollingUpdate', () => {
    const text = withSpecFields('  strategy:\n    type: Recreate\n    rollingUpdate:\n      maxSurge: 1\n');
    expect(findingsOf(text)).toEqual([errorAt(text, 'rollingUpdate', 'rolling-update-forbidden')]);
    expect(messages(text)[0]).toBe('"spec.strategy.rollingUpdate" is only allowed when the strategy type is RollingUpdate, not Recreate');
  });

  it('refuses maxSurge and maxUnavailable both 0, and maxUnavailable over 100%', () => {
    const zero = withSpecFields('  strategy:\n    rollingUpdate:\n      maxSurge: 0\n      maxUnavailable: 0%\n');
    expect(findingsOf(zero)).toEqual([errorAt(zero, '0%', 'rolling-update-both-zero')]);
    const over = withSpecFields('  strategy:\n    rollingUpdate:\n      maxUnavailable: 150%\n');
    expect(findingsOf(over)).toEqual([errorAt(over, '150%', 'percent-over-100')]);
    const word = withSpecFields('  strategy:\n    rollingUpdate:\n      maxSurge: half\n');
    expect(findingsOf(word)).toEqual([errorAt(word, 'half', 'int-or-percent')]);
    expect(findingsOf(withSpecFields('  strategy:\n    rollingUpdate:\n      maxSurge: 200%\n      maxUnavailable: 0\n'))).toEqual([]);
  });

  it('refuses a DaemonSet whose maxUnavailable is 0 with the default maxSurge of 0, and a StatefulSet OnDelete with rollingUpdate', () => {
    const daemonSet = withSpecFields('  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 0\n').replace('kind: Deployment', 'kind: DaemonSet').replace('  replicas: 2\n', '');
    expect(findingsOf(daemonSet)).toEqual([errorAt(daemonSet, '0\n', 'rolling-update-both-zero')]);
    const statefulSet = withSpecFields('  serviceName: web\n  updateStrategy:\n    type: OnDelete\n    rollingUpdate:\n      partition: 1\n').replace('kind: Deployment', 'kind: StatefulSet');
    expect(findingsOf(statefulSet)).toEqual([errorAt(statefulSet, 'rollingUpdate', 'rolling-update-forbidden')]);
  });

  it('refuses a DaemonSet with maxSurge beside the default maxUnavailable of 1, on maxSurge, and accepts it with maxUnavailable 0', () => {
    const daemonSet = (lines: string) => withSpecFields(`  updateStrategy:\n    rollingUpdate:\n${lines}`).replace('kind: Deployment', 'kind: DaemonSet').replace('  replicas: 2\n', '');
    const both = daemonSet('      maxSurge: 1\n');
    expect(findingsOf(both)).toEqual([errorAt(both, 'maxSurge: 1', 'rolling-update-both-set', 10)]);
    expect(messages(both)[0]).toContain('"spec.updateStrategy.rollingUpdate.maxSurge" may not be set when spec.updateStrategy.rollingUpdate.maxUnavailable is not 0');
    expect(findingsOf(daemonSet('      maxSurge: 1\n      maxUnavailable: 0\n'))).toEqual([]);
  });

  it('refuses a progressDeadlineSeconds that does not outlast minReadySeconds', () => {
    const text = withSpecFields('  minReadySeconds: 30\n  progressDeadlineSeconds: 30\n');
    expect(findingsOf(text)).toEqual([errorAt(text, 'progressDeadlineSeconds: 30', 'progress-deadline', 25)]);
    expect(findingsOf(withSpecFields('  minReadySeconds: 30\n  progressDeadlineSeconds: 600\n'))).toEqual([]);
  });

  it('refuses negative replicas, minReadySeconds and terminationGracePeriodSeconds', () => {
    const replicas = replaced(DEPLOYMENT, 'replicas: 2', 'replicas: -1');
    expect(findingsOf(replicas)).toEqual([errorAt(replicas, '-1', 'value-range')]);
    const ready = withSpecFields('  minReadySeconds: -5\n');
    expect(findingsOf(ready)).toEqual([errorAt(ready, '-5', 'value-range')]);
    const grace = withPodFields('      terminationGracePeriodSeconds: -1\n');
    expect(findingsOf(grace)).toEqual([errorAt(grace, '-1', 'value-range')]);
  });
});

describe('file modes', () => {
  const volume = (source: string) => replaced(POD, '    configMap:\n      name: nginx-config\n', source);

  it('reads 0644 as octal, as kubectl does, and accepts it', () => {
    expect(findingsOf(volume('    configMap:\n      name: nginx-config\n      defaultMode: 0644\n'))).toEqual([]);
    expect(findingsOf(volume('    secret:\n      secretName: tls\n      defaultMode: 0o400\n      items:\n      - key: tls.key\n        path: key.pem\n        mode: 256\n'))).toEqual([]);
  });

  it('refuses a defaultMode or an item mode above 0777, on the value', () => {
    const mode = volume('    configMap:\n      name: nginx-config\n      defaultMode: 644\n');
    expect(findingsOf(mode)).toEqual([errorAt(mode, '644', 'file-mode')]);
    expect(messages(mode)[0]).toBe('"spec.volumes[1].configMap.defaultMode" must be a file mode from 0 to 0777 (octal), not 644');
    const item = volume('    secret:\n      secretName: tls\n      items:\n      - key: tls.key\n        path: key.pem\n        mode: 01000\n');
    expect(findingsOf(item)).toEqual([errorAt(item, '01000', 'file-mode')]);
  });
});

describe('Service types', () => {
  it('refuses externalTrafficPolicy on a ClusterIP Service, accepts it on NodePort or with externalIPs', () => {
    const text = replaced(SERVICE, '  type: NodePort\n', '  externalTrafficPolicy: Local\n').replace('    nodePort: 30080\n', '');
    expect(findingsOf(text)).toEqual([errorAt(text, 'externalTrafficPolicy', 'external-traffic-policy-type')]);
    expect(findingsOf(replaced(SERVICE, '  type: NodePort\n', '  type: NodePort\n  externalTrafficPolicy: Local\n'))).toEqual([]);
    expect(findingsOf(text.replace('  externalTrafficPolicy: Local\n', '  externalTrafficPolicy: Local\n  externalIPs: [192.0.2.10]\n'))).toEqual([]);
  });

  it('refuses clusterIP None on a NodePort or LoadBalancer Service, and any clusterIP on ExternalName', () => {
    const headless = replaced(SERVICE, '  type: NodePort\n', '  type: LoadBalancer\n  clusterIP: None\n');
    expect(findingsOf(headless)).toEqual([errorAt(headless, 'None', 'cluster-ip-none-type')]);
    expect(messages(headless)[0]).toBe('clusterIP: None (a headless Service) is not allowed with type LoadBalancer');
    const external = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: ExternalName\n  externalName: db.example.com\n  clusterIP: None\n';
    expect(findingsOf(external)).toEqual([errorAt(external, 'clusterIP', 'cluster-ip-external-name')]);
  });
});
