// The committed corpus of real manifests (test/fixtures/manifests/corpus, sources in its README):
// the checker accepts every file, and rejects one-mutation variants of each on the mutated lines,
// as the API server would refuse them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';

const dir = resolve(import.meta.dirname, '../../fixtures/manifests/corpus');

function yamlFiles(folder: string): string[] {
  return readdirSync(folder)
    .flatMap((entry) => (statSync(join(folder, entry)).isDirectory() ? yamlFiles(join(folder, entry)) : entry.endsWith('.yaml') ? [join(folder, entry)] : []))
    .sort();
}

const files = yamlFiles(dir).map((path) => relative(dir, path));
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

/** A mutated text, and the lines (1-based, inclusive) the mutation wrote. */
interface Mutant {
  text: string;
  from: number;
  to: number;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;
const isFlow = (text: string) => /^(?:---\s*\n)?\{/.test(text);

/** Replaces the first match of `pattern` (a `^…$` line pattern with the `m` flag) by `replacement`. */
function replaceFirst(text: string, pattern: RegExp, replacement: (match: RegExpExecArray) => string): Mutant | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const written = replacement(match);
  const from = lineAt(text, match.index);
  return { text: text.slice(0, match.index) + written + text.slice(match.index + match[0].length), from, to: from + written.split('\n').length - 1 };
}

/** Adds `line` (block style, with the indentation of the line after `after`) just after the first line matching `after`. */
function insertAfter(text: string, after: RegExp, line: string): Mutant | undefined {
  const match = after.exec(text);
  if (!match || isFlow(text)) return undefined;
  const end = text.indexOf('\n', match.index);
  const next = text.slice(end + 1).match(/^( *)\S/);
  if (end < 0 || !next) return undefined;
  const written = `${next[1]}${line}\n`;
  const at = end + 1;
  const from = lineAt(text, at);
  return { text: text.slice(0, at) + written + text.slice(at), from, to: from };
}

/** One mistake each, the kind an API server refuses; a mutation that does not fit a file gives undefined. */
const MUTATIONS: Record<string, (text: string) => Mutant | undefined> = {
  // Kinds are case-sensitive.
  'kind in lower case': (text) => replaceFirst(text, /^(\s*kind:\s*"?)([A-Za-z]+)/m, (m) => m[1] + m[2].toLowerCase()),
  // The first `name:` of every file is its first object's metadata.name.
  'invalid object name': (text) => replaceFirst(text, /^(\s*name:\s*)("?)[a-z0-9][a-z0-9.-]*\2/m, (m) => `${m[1]}${m[2]}Not_A_Name${m[2]}`),
  'port out of range': (text) => replaceFirst(text, /\b(containerPort|port|number|targetPort):([ \t]*)\d+/, (m) => `${m[1]}:${m[2]}70000`),
  'unknown container resource': (text) => replaceFirst(text, /^(\s*)(cpu|memory):/m, (m) => `${m[1]}gpu:`),
  'request above its limit': (text) => replaceFirst(text, /(requests: \{\s*memory: ")(\d+)Mi"/, (m) => `${m[1]}900Mi"`),
  'probe with a second handler': (text) =>
    isFlow(text)
      ? replaceFirst(text, /^(\s*)(livenessProbe: \{)$/m, (m) => `${m[1]}${m[2]}\n${m[1]}  tcpSocket: { port: 8080 },`)
      : insertAfter(text, /^\s*(livenessProbe|readinessProbe):\s*$/m, 'tcpSocket: {port: 8080}'),
  'env value beside valueFrom': (text) => replaceFirst(text, /^(\s*)valueFrom: \{$/m, (m) => `${m[1]}value: "set twice",\n${m[0]}`),
  'toleration Exists with a value': (text) =>
    isFlow(text) ? replaceFirst(text, /operator: "Exists",/, (m) => `${m[0]} value: "gpu",`) : insertAfter(text, /^\s*operator: Exists\s*$/m, 'value: gpu'),
  // Built-in kinds only: a CRD's schema (MetalLB's namespaceSelectors) leaves the operator to its controller.
  'label selector operator Equals': (text) => (/\.io\/v/.test(text) ? undefined : replaceFirst(text, /(operator:\s*"?)In\b/, (m) => `${m[1]}Equals`)),
  'Job pods that restart Always': (text) => (/kind: (Cron)?Job/.test(text) ? replaceFirst(text, /restartPolicy: (Never|OnFailure)/, () => 'restartPolicy: Always') : undefined),
  'cron schedule with four fields': (text) => replaceFirst(text, /schedule: "\* \* \* \* \*"/, () => 'schedule: "* * * *"'),
  'Recreate with rollingUpdate': (text) => (/^kind: Deployment/m.test(text) && !text.includes('strategy:') ? insertAfter(text, /^spec:\s*$/m, 'strategy: {type: Recreate, rollingUpdate: {maxSurge: 1}}') : undefined),
  'DaemonSet that can never roll': (text) => (/^kind: DaemonSet/m.test(text) && !text.includes('updateStrategy:') ? insertAfter(text, /^spec:\s*$/m, 'updateStrategy: {rollingUpdate: {maxUnavailable: 0}}') : undefined),
  'negative replicas': (text) => replaceFirst(text, /\breplicas:\s*\d+/, () => 'replicas: -1'),
  'headless LoadBalancer': (text) => insertAfter(text, /^\s*type: (LoadBalancer|NodePort)\s*$/m, 'clusterIP: None'),
  'externalTrafficPolicy on a ClusterIP Service': (text) =>
    /^kind: Service\s*$/m.test(text) && !/^\s*type:/m.test(text) ? insertAfter(text, /^spec:\s*$/m, 'externalTrafficPolicy: Local') : undefined,
  'file mode above 0777': (text) => insertAfter(text, /^\s*(configMap|secret):\s*$/m, 'defaultMode: 0800'),
  'address out of range': (text) => replaceFirst(text, /(\d+\.\d+\.\d+\.\d+)\/(\d+)/, (m) => `${m[1]}/33`),
};

const errorsOf = (text: string) => checkManifest(text).filter((finding) => finding.severity === 'error');

describe('corpus of real manifests', () => {
  it('holds between 30 and 60 files, each listed in its README with its source', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.length).toBeLessThanOrEqual(60);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(files.filter((file) => !readme.includes(`| \`${file}\` | [`))).toEqual([]);
  });

  it('accepts every file without an error', () => {
    const errors = files.flatMap((file) => errorsOf(read(file)).map((f) => `${file}:${f.line}:${f.col} ${f.rule} ${formatFinding(f, 'en')}`));
    expect(errors).toEqual([]);
  });

  it('rejects every one-mutation variant on the mutated lines, at least two variants per file', () => {
    const missed: string[] = [];
    const tooFew: string[] = [];
    for (const file of files) {
      let applied = 0;
      for (const [name, mutate] of Object.entries(MUTATIONS)) {
        const mutant = mutate(read(file));
        if (!mutant) continue;
        applied++;
        const errors = errorsOf(mutant.text);
        if (!errors.some((finding) => finding.line >= mutant.from && finding.line <= mutant.to))
          missed.push(`${file} / ${name} (lines ${mutant.from}-${mutant.to}): ${errors.map((f) => `${f.line}:${f.col} ${f.rule}`).join(', ') || 'no error'}`);
      }
      if (applied < 2) tooFew.push(`${file}: ${applied}`);
    }
    expect(missed).toEqual([]);
    expect(tooFew).toEqual([]);
  });

  it('applies each mutation to at least one file', () => {
    const unused = Object.entries(MUTATIONS).filter(([, mutate]) => files.every((file) => mutate(read(file)) === undefined)).map(([name]) => name);
    expect(unused).toEqual([]);
  });
});
