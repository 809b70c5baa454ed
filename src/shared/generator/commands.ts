// Input cards from shell sessions: each `kubectl`, `docker` or `helm` command of a code block whose
// step the course says (a `# comment` just above it, or for the block's first command the sentence
// that introduces the block) becomes "which command for this step?", the command as the answer.

export interface CommandDraft {
  tool: string;
  /** The step, as the course words it, without its final colon or full stop. */
  step: string;
  /** The command, whitespace normalised (continuation lines joined). */
  command: string;
}

const TOOLS = /^(kubectl|docker|helm|minikube|kind|k3d|kubeadm|kustomize)\b/;
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

function cleanStep(step: string): string {
  return step.replace(/\s*[:：.]\s*$/, '').trim();
}

/**
 * A step that names the task without giving the answer away, and a command one can type: no
 * placeholder to guess (`<pod>`), no here-document or output sample, not too long.
 */
function isUsable({ step, command }: CommandDraft): boolean {
  const words = step.split(/\s+/).length;
  if (words < MIN_STEP_WORDS || words > MAX_STEP_WORDS) return false;
  // A question, a shortcode, a link or a command is no step to name.
  if (/\?$|\{\{|\{%|https?:\/\//.test(step) || TOOLS.test(step) || REMARK.test(step)) return false;
  if (step.includes(command) || /[<>]|<<|\{\{/.test(command) || command.length > MAX_COMMAND_LENGTH) return false;
  return true;
}
