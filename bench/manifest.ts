// Manifest checker benchmark: the checker will run on every keystroke of a yaml-fix answer, so
// checking a ~300-line multi-document manifest must stay under 10 ms once warm. Schema loading
// (module import and index) is timed apart, once; the baseline is plain YAML parsing of the same
// text, which the checker cannot beat since it starts with it. Then the same over the committed
// corpus of real manifests, and `kubedeck lint` on one small file as a whole process.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseAllDocuments } from 'yaml';
import { line, median, ms, percentile, timeAlternating } from './stats';

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

  const [check, baseline] = await timeAlternating(() => checkManifest(text), () => parseAllDocuments(text), MEASURED_RUNS, WARM_UP_RUNS);
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

const corpusDir = resolve(import.meta.dirname, '../test/fixtures/manifests/corpus');
const CORPUS_TARGET_RATIO = 1.5;
const CORPUS_ROUNDS = 80;

function corpusFiles(folder = corpusDir): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? corpusFiles(join(folder, entry.name)) : entry.name.endsWith('.yaml') ? [join(folder, entry.name)] : [],
  );
}

/**
 * Throughput over the committed corpus of real manifests (test/fixtures/manifests/corpus):
 * documents checked per second against documents parsed per second by yaml.parseAllDocuments.
 */
export async function benchManifestCorpus(): Promise<string[]> {
  const { checkManifest } = await import('../src/shared/manifest/check');
  const texts = corpusFiles().map((file) => readFileSync(file, 'utf8'));
  const documents = texts.reduce((sum, text) => sum + parseAllDocuments(text).length, 0);
  const checkAll = () => texts.forEach((text) => checkManifest(text));
  const parseAll = () => texts.forEach((text) => parseAllDocuments(text));
  const [check, parse] = await timeAlternating(checkAll, parseAll, CORPUS_ROUNDS, 5);
  const perSecond = (durations: number[]) => (documents / median(durations)) * 1000;
  const ratio = median(check) / median(parse);
  return [
    line(
      `check the corpus: ${texts.length} real files, ${documents} documents (Node, warm)`,
      `${Math.round(perSecond(check))} documents/s (median ${ms(median(check))} per pass)`,
      `yaml.parseAllDocuments of the same files ${Math.round(perSecond(parse))} documents/s (median ${ms(median(parse))}), checker ×${ratio.toFixed(2)} of parsing, target ≤ ×${CORPUS_TARGET_RATIO}`,
      ratio <= CORPUS_TARGET_RATIO,
    ),
  ];
}

const root = resolve(import.meta.dirname, '..');
const CLI_RUNS = 10;
const CLI_TARGET_MS = 250;

function processMs(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 200)}`);
  return performance.now() - start;
}

/**
 * `node bin/kubedeck.mjs lint <one small file>` as a whole process, from the prebuilt bundle
 * (built first, as `npm run build` does); baselines in the same run: an empty Node process, and
 * the same command from the TypeScript sources through tsx (what bin/kubedeck.mjs falls back to).
 */
export async function benchLintProcess(): Promise<string[]> {
  const build = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr.slice(0, 200)}`);
  const file = join(corpusDir, 'job/pi-job.yaml');
  const fromSources = `const { register } = await import('tsx/esm/api'); register(); const { main } = await import('./src/cli/main.ts'); process.exitCode = await main(['lint', ${JSON.stringify(file)}]);`;
  const bundled: number[] = [];
  const empty: number[] = [];
  const sources: number[] = [];
  processMs(['bin/kubedeck.mjs', 'lint', file]); // warm the disk cache
  for (let i = 0; i < CLI_RUNS; i++) {
    empty.push(processMs(['-e', '0']));
    bundled.push(processMs(['bin/kubedeck.mjs', 'lint', file]));
    sources.push(processMs(['--input-type=module', '-e', fromSources]));
  }
  return [
    line(
      'node bin/kubedeck.mjs lint <one small file>, whole process (prebuilt bundle out/cli)',
      `median ${ms(median(bundled))}, p95 ${ms(percentile(bundled, 95))}`,
      `target < ${CLI_TARGET_MS} ms; empty Node process median ${ms(median(empty))} (×${(median(bundled) / median(empty)).toFixed(1)}); from the sources through tsx median ${ms(median(sources))} (×${(median(sources) / median(bundled)).toFixed(1)} of the bundle)`,
      median(bundled) < CLI_TARGET_MS,
    ),
  ];
}
