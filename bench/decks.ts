// Loading and checking a generated library of 10,000 cards (about 3 MB of YAML) in Node, against
// plain `yaml.parse` of the same files in the same run.
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';
import { loadLibrary, type DeckSource } from '../src/shared/decks/library';
import { line, median, ms, timeRuns } from './stats';

const DECKS = 20;
const CARDS_PER_DECK = 500;
const TARGET_MS = 1000;

function card(deck: number, i: number): string {
  const id = `card-${deck}-${i}`;
  switch (i % 5) {
    case 0:
      return `  - id: ${id}\n    type: basic\n    tags: [stockage]\n    source: "§ Les Volumes Kubernetes"\n    front: Que fait un volume \`emptyDir\` numéro ${i} quand son pod est supprimé ?\n    back: |\n      Il est supprimé avec le pod : son contenu est perdu. Il sert d'espace de travail\n      temporaire partagé entre les conteneurs du pod.\n    reverse: true\n`;
    case 1:
      return `  - id: ${id}\n    type: cloze\n    source: "§ CNI"\n    text: Canal combine {{Calico}} pour les NetworkPolicies et {{Flannel::un CNI overlay}} pour le réseau (variante ${i}).\n`;
    case 2:
      return `  - id: ${id}\n    type: mcq\n    source: "§ MetalLB"\n    question: Pourquoi un Service LoadBalancer reste-t-il en attente (cas ${i}) ?\n    choices:\n      - text: Aucun contrôleur ne lui attribue d'adresse\n        correct: true\n        why: Sans fournisseur cloud ni MetalLB, personne ne répond.\n      - text: Le port est invalide\n        correct: false\n      - text: Le namespace est plein\n        correct: false\n    explanation: MetalLB joue ce rôle sur un cluster on-premise.\n`;
    case 3:
      return `  - id: ${id}\n    type: input\n    source: "§ MetalLB"\n    question: Plage par défaut des NodePorts (${i}) ?\n    answers: ["30000-32767", "30000 à 32767"]\n`;
    default:
      return `  - id: ${id}\n    type: yaml-fix\n    source: "§ Les objets Ingresses"\n    task: Ajoutez le champ manquant (${i}).\n    broken: |\n      apiVersion: networking.k8s.io/v1\n      kind: Ingress\n      metadata:\n        name: demo-${i}\n      spec:\n        rules:\n          - http:\n              paths:\n                - path: /\n                  backend:\n                    service:\n                      name: web\n                      port:\n                        number: 80\n    solution: |\n      apiVersion: networking.k8s.io/v1\n      kind: Ingress\n      metadata:\n        name: demo-${i}\n      spec:\n        rules:\n          - http:\n              paths:\n                - path: /\n                  pathType: Prefix\n                  backend:\n                    service:\n                      name: web\n                      port:\n                        number: 80\n    expect:\n      - path: spec.rules[0].http.paths[0].pathType\n        exists: true\n    hints: [Chaque chemin a besoin d'un pathType.]\n`;
  }
}

export function generatedLibrary(): DeckSource[] {
  return Array.from({ length: DECKS }, (_, d) => {
    const cards = Array.from({ length: CARDS_PER_DECK }, (_, i) => card(d, i)).join('');
    const text = `format: kubedeck/1\nid: bench-${d}\ntitle: Paquet ${d}\nlang: fr\ndescription: Paquet généré pour le banc d'essai.\nsource: Banc d'essai\ntopics:\n  stockage:\n    fr: Stockage\ncards:\n${cards}`;
    return { file: `bench-${d}.yaml`, origin: 'bundled' as const, text };
  });
}

export async function benchDecks(): Promise<string[]> {
  const sources = generatedLibrary();
  const bytes = sources.reduce((sum, s) => sum + ('text' in s ? s.text.length : 0), 0);
  const texts = sources.map((s) => ('text' in s ? s.text : ''));
  const check = await timeRuns(() => {
    const { decks, library } = loadLibrary(sources);
    if (decks.size !== DECKS || library.decks.some((e) => e.problems.length > 0)) throw new Error('bench library should be valid');
  }, 5);
  const baseline = await timeRuns(() => texts.forEach((text) => parse(text)), 5);
  const fastest = await timeRuns(() => texts.forEach((text) => load(text, { schema: CORE_SCHEMA })), 5);
  const ratio = median(check) / median(baseline);
  return [
    line(
      `load + check ${DECKS * CARDS_PER_DECK} cards (${(bytes / 1024 / 1024).toFixed(1)} MB YAML, Node)`,
      `median ${ms(median(check))}`,
      `target < ${TARGET_MS} ms and < 2× parsing; plain yaml.parse baseline ${ms(median(baseline))}, ×${ratio.toFixed(2)}; ` +
        `js-yaml load alone ${ms(median(fastest))}, ×${(median(check) / median(fastest)).toFixed(2)}`,
      median(check) < TARGET_MS && ratio < 2,
    ),
  ];
}
