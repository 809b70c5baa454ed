// Input cards from shell sessions: each `kubectl`, `docker` or `helm` command of a code block whose
// step the course says (a `# comment` just above it, or for the block's first command the sentence
// that introduces the block) becomes "which command for this step?", the command as the answer.
// Labs also name commands inside a sentence ("Désinstallez Wordpress avec `helm uninstall wp`",
// "`docker network prune` permet de faire le ménage des réseaux"): the rest of the sentence is the step.
import { capitalize } from './basic';
import type { Sentence } from './inline';

export interface CommandDraft {
  tool: string;
  /** The step, as the course words it, without its final colon or full stop. */
  step: string;
  /** The command, whitespace normalised (continuation lines joined). */
  command: string;
}

/** A tool and at least one argument: `docker-compose.yml` or a lone `kind` (a YAML field) is no command. */
const TOOLS = /^(kubectl|docker-compose|docker|helm|minikube|kind|k3d|kubeadm|kustomize)(?=\s+\S)/;
const SHELL_LANGS = new Set(['', 'bash', 'sh', 'shell', 'console', 'zsh', 'terminal', 'shell-session', 'shellsession']);
const MAX_COMMAND_LENGTH = 160;
const MIN_STEP_WORDS = 2;
const MAX_STEP_WORDS = 30;

/** Whether a fenced block's info string says a shell session (or says nothing). */
export function isShellBlock(lang: string): boolean {
  return SHELL_LANGS.has((/^[\w-]*/.exec(lang.trim())?.[0] ?? '').toLowerCase());
}

/** The command drafts of one block; `introduction` is the sentence written just before it, if any. */
export function commandDrafts(block: string, introduction: string | undefined): CommandDraft[] {
  const drafts: CommandDraft[] = [];
  let comment: string | undefined;
  let first = true;
  const lines = block.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line.startsWith('#')) {
      comment = line.replace(/^#+\s*/, '');
      continue;
    }
    if (!line) continue;
    let command = line.replace(/^\$\s+/, '');
    while (command.endsWith('\\') && i + 1 < lines.length) command = `${command.slice(0, -1)} ${lines[++i].trim()}`;
    // The sentence before the block names the step of its first command only when that command
    // stands alone ("Deploy everything else:" above four commands is about all four).
    const step = comment ?? (first && !nextIsCommand(lines, i + 1) ? introduction : undefined);
    comment = undefined;
    first = false;
    const tool = TOOLS.exec(command)?.[1];
    if (!tool || !step) continue;
    const draft = { tool, step: cleanStep(step), command: withoutComment(command).replace(/\s+/g, ' ').trim() };
    if (isUsable(draft)) drafts.push(draft);
  }
  return drafts;
}

/**
 * What comes just before a command that ends its sentence and only leads to it: "avec (la
 * commande)", "en lançant", "utilisez", "with", "run", a colon…
 */
const LEAD_IN =
  /(?:[\s,]+(?:avec|via|grâce à|en (?:lançant|faisant|tapant|utilisant|exécutant)|(?:il )?(?:suffit d['’]|suffit de|faut) ?(?:lancer|taper|faire|utiliser|exécuter)|lancez|tapez|exécutez|utilisez|faites|using|with|by running|run(?:ning)?|use|type)(?:\s+(?:la|une|cette|les|the|a|this)\s+(?:commandes?|commands?))?\s*[:：]?|\s*[:：])\s*$/iu;
/** What follows a command that says what it is for: "pour …", "to …", "permet de …", "lets you …". */
const PURPOSE = /^\s*(?:,\s*)?(?:pour|afin de|permet(?:tant)? d[e'’]\s*|to|lets you|allows you to)\s*/iu;
/** A step written as what one can do ("Vous pouvez retrouver…", "Pour installer…"): the task is the verb after. */
const MODAL = /^(?:vous pouvez|on peut|nous pouvons|il est possible de|pour|you can|we can|to)\s+/iu;

/**
 * Input drafts from commands written in the running text of a paragraph or list item: a command
 * (`code` starting with a tool) that ends its sentence after a lead-in ("Arrêtez-les : `docker
 * stop web`"), or that is followed by what it is for ("`kubectl get deploy -w` to watch…").
 * Returns the drafts and the sentences they were taken from (which give no cloze then).
 */
export function inlineCommandDrafts(sentences: readonly Sentence[]): { drafts: CommandDraft[]; used: Set<Sentence> } {
  const drafts: CommandDraft[] = [];
  const used = new Set<Sentence>();
  for (const sentence of sentences) {
    const { pieces } = sentence;
    pieces.forEach((piece, index) => {
      if (piece.style !== 'code') return;
      const command = piece.plain.replace(/^\$\s+/, '').replace(/\s+/g, ' ').trim();
      const tool = TOOLS.exec(command)?.[1];
      if (!tool) return;
      const before = pieces.slice(0, index).map((p) => p.plain).join('');
      const after = pieces.slice(index + 1).map((p) => p.plain).join('');
      let step: string | undefined;
      // The command ends its sentence, or its line (a lab often goes on, unpunctuated, on the next one).
      if (/^[ \t.;:!)]*(?:\n|$)/.test(after) && LEAD_IN.test(before)) {
        step = before.replace(LEAD_IN, '');
      } else if (PURPOSE.test(after) && !pieces.slice(index + 1).some((p) => p.style === 'code' && TOOLS.test(p.plain))) {
        step = after.replace(PURPOSE, '').replace(/[\s.;:!)]+$/, '');
        // "`kubectl auth can-i` pour différents cas": "pour" says what for only before a verb.
        if (/^\s*(?:,\s*)?(?:pour|afin de)\s/iu.test(after) && !/^(?:s['’]|se\s+|vous\s+|nous\s+|m['’]|me\s+)?\p{L}+(?:er|ir|re)\b/iu.test(step)) step = undefined;
      }
      // "+ simple dans minikube avec `minikube addons enable ingress`": a step starts with a word.
      if (!step || !/^[\s(]*\p{L}/u.test(step)) return;
      step = step.replace(/^[\s(-]*(?:hint|astuce|indice|note)\s*:\s*/iu, '').trim();
      step = (PURPOSE_FIRST.test(step) ? step : step.replace(MODAL, '')).trim();
      const draft = { tool, step: cleanStep(step), command: withoutComment(command) };
      // "(c'est la commande cat couplée avec `docker exec`)": a step cut inside a parenthesis.
      const unbalanced = draft.step.split('(').length !== draft.step.split(')').length;
      if (!isUsable(draft) || unbalanced || NEEDS_CONTEXT_START.test(draft.step)) return;
      drafts.push(draft);
      used.add(sentence);
    });
  }
  return { drafts, used };
}

/**
 * A glossary bullet whose term is a command ("- `helm repo add bitnami …` : ajouter un dépôt",
 * "- `helm plugin install …` pour installer le plugin diff"): an input draft, what the bullet
 * says it does as the step. Undefined when the term is no command or the step is unusable.
 */
export function commandOfBullet(term: string, definition: string): CommandDraft | undefined {
  const command = term.replace(/^\$\s+/, '').replace(/\s+/g, ' ').trim();
  const tool = TOOLS.exec(command)?.[1];
  if (!tool) return undefined;
  const step = cleanStep(definition.replace(/^(?:permet(?:tant)? d['’]\s*|permet de\s+|pour\s+|sert à\s+|lets you\s+|allows you to\s+|to\s+)/iu, '').replace(/\s*\([^)]*\)\s*\.?$/, ''));
  const draft = { tool, step, command: withoutComment(command) };
  return isUsable(draft) && !NEEDS_CONTEXT_START.test(step) ? draft : undefined;
}

/** A step starting with a pronoun or a link word means nothing out of its sentence ("y accéder", "Then…"); a gerund ("En utilisant…") is fine. */
const NEEDS_CONTEXT_START = /^(?:y|en(?! \p{L}+ant\b)|le|la|les|l['’]|lui|leur|s['’](?:en|y)|it|them|then|et|puis|and)\b/iu;

/** Whether the next non-empty line from `from` is a command (not a comment, not the end). */
function nextIsCommand(lines: readonly string[], from: number): boolean {
  const next = lines.slice(from).find((line) => line.trim() !== '');
  return next !== undefined && !next.trim().startsWith('#');
}

/** `docker run debian # stops at once` → `docker run debian`: a comment after the command, outside quotes. */
function withoutComment(command: string): string {
  const at = command.search(/\s#\s/);
  if (at < 0) return command;
  const before = command.slice(0, at);
  const balanced = (quote: string) => (before.split(quote).length - 1) % 2 === 0;
  return balanced("'") && balanced('"') ? before : command;
}

/**
 * The step a paragraph or list item names for the block after it: its last sentence when that
 * sentence introduces the block (it ends with a colon), else its first ("Lancez un conteneur
 * Nginx. Notez que…" names the step in its first sentence).
 */
export function introductionOf(sentences: readonly string[]): string | undefined {
  const last = sentences.at(-1);
  return last !== undefined && /[:：]$/.test(last) ? last : sentences[0];
}

/** A remark ("Si…", "Notez que…", "Par défaut…") says something about the block; it names no step. */
const REMARK = /^(?:si|notez|note|remarque|attention|par défaut|en plus|nb|if|notice|by default|remember)\b/iu;

/** "Pour démarrer un chart, on peut utiliser la commande d'initialisation :", "Pour supprimer les Services, saisissez cette commande :": the purpose is the step. */
const PURPOSE_FIRST =
  /^(?:pour|to)\s+(.+?),?\s+(?:on peut|vous pouvez|nous pouvons|il faut|il suffit|nous allons|utilisez|lancez|tapez|saisissez|entrez|exécutez|you can|we can|use|run|type|enter)\b/iu;

function cleanStep(step: string): string {
  let cleaned = step.replace(/\s*[:：.]\s*$/, '').trim();
  cleaned = PURPOSE_FIRST.exec(cleaned)?.[1] ?? cleaned;
  // "…à partir du fichier `policy.yaml` ci-dessus": the file is named, the pointer can go. "Les
  // commandes ci-dessus…" is about what came before: it stays, and the quality filter leaves it out.
  if (!/^(?:les?|la|l['’]|ces?|cette|cet|the|these|this)\s/iu.test(cleaned)) cleaned = cleaned.replace(/\s+(?:ci-dessus|ci-dessous|above|below)\b/giu, '');
  // "Vous pouvez créer un pod…": the step is what one does.
  return capitalize(cleaned.replace(/^(?:vous pouvez|on peut|nous pouvons|you can|we can)\s+/iu, ''));
}

/**
 * A step that names the task without giving the answer away, and a command one can type: no
 * placeholder to guess (`<pod>`), no here-document or output sample, not too long.
 */
function isUsable({ step, command }: CommandDraft): boolean {
  const words = step.split(/\s+/).length;
  if (words < MIN_STEP_WORDS || words > MAX_STEP_WORDS) return false;
  // A question, a shortcode, a link or a command is no step to name.
  if (/\?$|\{\{|\{%|https?:\/\//.test(step) || TOOLS.test(step.toLowerCase()) || REMARK.test(step)) return false;
  if (step.includes(command) || /<[^<>\s]+>|<<|\{\{/.test(command) || command.length > MAX_COMMAND_LENGTH) return false;
  return true;
}
