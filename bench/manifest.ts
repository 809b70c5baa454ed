// Manifest checker benchmark: the checker will run on every keystroke of a yaml-fix answer, so
// checking a ~300-line multi-document manifest must stay under 10 ms once warm. Schema loading
// (module import and index) is timed apart, once; the baseline is plain YAML parsing of the same
// text, which the checker cannot beat since it starts with it.
import { performance } from 'node:perf_hooks';
import { parseAllDocuments } from 'yaml';
import { line, median, ms, percentile, timeRuns } from './stats';

const TARGET_MS = 10;
const WARM_UP_RUNS = 50;
const MEASURED_RUNS = 300;

/** One application of the course: storage, a workload, its Service and Ingress, TLS and network policy (about 100 lines). */
function applicationManifest(app: string): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-config
data:
  nginx.conf: "server { listen 8080; }"
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ${app}-data
spec:
  accessModes:
  - ReadWriteOnce
  resources:
    requests:
      storage: 5Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: ${app}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${app}
    spec:
      containers:
      - name: web
        image: nginx:1.27
        ports:
        - name: http
          containerPort: 8080
        volumeMounts:
        - name: data
          mountPath: /usr/share/nginx/html
        - name: config
          mountPath: /etc/nginx/nginx.conf
          subPath: nginx.conf
      volumes:
      - name: data
        persistentVolumeClaim:
          claimName: ${app}-data
      - name: config
        configMap:
          name: ${app}-config
---
apiVersion: v1
kind: Service
metadata:
  name: ${app}
spec:
  selector:
    app.kubernetes.io/name: ${app}
  ports:
  - name: http
    port: 80
    targetPort: http
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${app}
spec:
  ingressClassName: nginx
  tls:
  - hosts:
    - ${app}.example.com
    secretName: ${app}-tls
  rules:
  - host: ${app}.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: ${app}
            port:
              name: http
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${app}-from-ingress
spec:
  podSelector:
    matchLabels:
      app.kubernetes.io/name: ${app}
  ingress:
  - from:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: ingress-nginx
`;
}

/** Three applications: 300 lines, 18 documents. */
export function benchmarkManifest(): string {
  return ['front', 'catalog', 'orders'].map(applicationManifest).join('---\n');
}

export async function benchManifest(): Promise<string[]> {
  const text = benchmarkManifest();
  const lines = text.split('\n').length;
  const documents = text.split(/^---$/m).length;

  // Schema compilation, timed apart: loading the modules and indexing the bundled schemas, once.
  const importStart = performance.now();
  const { checkManifest } = await import('../src/shared/manifest/check');
  const { loadSchemas } = await import('../src/shared/manifest/registry');
  const importMs = performance.now() - importStart;
  const indexStart = performance.now();
  loadSchemas();
  const indexMs = performance.now() - indexStart;
  const firstStart = performance.now();
  const findings = checkManifest(text);
  const firstMs = performance.now() - firstStart;
  if (findings.some((finding) => finding.severity === 'error')) throw new Error(`the benchmark manifest should be valid: ${JSON.stringify(findings[0])}`);

  const check = await timeRuns(() => checkManifest(text), MEASURED_RUNS, WARM_UP_RUNS);
  const baseline = await timeRuns(() => parseAllDocuments(text), MEASURED_RUNS, WARM_UP_RUNS);
  const ratio = median(check) / median(baseline);
  return [
    line(
      `check a ${lines}-line manifest of ${documents} documents (Node, warm)`,
      `median ${ms(median(check))}, p95 ${ms(percentile(check, 95))}`,
      `target < ${TARGET_MS} ms; plain yaml.parseAllDocuments baseline median ${ms(median(baseline))}, p95 ${ms(percentile(baseline, 95))}, ×${ratio.toFixed(2)}`,
      median(check) < TARGET_MS,
    ),
    `  schema compilation (once, not in the numbers above): index ${ms(indexMs)}, module import ${ms(importMs)} (with tsx transpiling), first cold check ${ms(firstMs)}`,
  ];
}
