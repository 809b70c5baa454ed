import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import { ID_PATTERN } from '../../../src/shared/decks/spec';
import type { BasicCard, Card, ClozeCard, Deck, YamlFixCard } from '../../../src/shared/decks/types';
import { generateDeck, type GenerateOptions } from '../../../src/shared/generator';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = join(REPO, 'test/fixtures/courses');
const COURSE = resolve(REPO, '../shared/course/08-cours-stockage-reseau.md');
const CHAPTERS = ['05-services-reseau.md', 'networkpolicies.en.md', '03-namespaces-labels.md', 'odd-markdown.md', 'storage-classes.md'];

function generate(name: string, options: Partial<GenerateOptions> = {}) {
  return generateDeck(readFileSync(join(FIXTURES, name), 'utf8'), { fileName: name, ...options });
}

function cardsOf<T extends Card['type']>(deck: Deck, type: T): Extract<Card, { type: T }>[] {
  return deck.cards.filter((card): card is Extract<Card, { type: T }> => card.type === type);
}

function basicCard(deck: Deck, front: string): BasicCard {
  const card = cardsOf(deck, 'basic').find((c) => c.front === front);
  expect(card, `no basic card "${front}" among ${cardsOf(deck, 'basic').map((c) => c.front).join(' | ')}`).toBeDefined();
  return card!;
}

/** The deck file must load with no error and no warning, and say exactly what `deck` says. */
function expectValidDeck(yaml: string, deck: Deck) {
  const parsed = parseDeck(yaml, 'generated.yaml');
  expect(parsed.problems).toEqual([]);
  expect(parsed.deck).toEqual(deck);
}

describe('generateDeck on chapters in the course style', () => {
  it.each(CHAPTERS)('drafts a deck from %s that passes the deck checker with no problem', (name) => {
    const { deck, yaml } = generate(name);
    expect(deck.cards.length).toBeGreaterThan(0);
    expectValidDeck(yaml, deck);
    for (const card of deck.cards) {
      expect(card.id).toMatch(ID_PATTERN);
      expect(card.origin).toBe('generated');
    }
    expect(new Set(deck.cards.map((card) => card.id)).size).toBe(deck.cards.length);
  });

  it('starts the file with the schema comment and a draft comment naming the chapter', () => {
    const lines = generate('05-services-reseau.md').yaml.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=./deck.schema.json');
    expect(lines[1]).toMatch(/^# Brouillon généré depuis 05-services-reseau\.md par `kubedeck generate` : à relire/);
    expect(generate('networkpolicies.en.md').yaml.split('\n')[1]).toMatch(
      /^# Draft generated from networkpolicies\.en\.md by `kubedeck generate`: review and edit it by hand/,
    );
  });

  it('takes title, source, description and tags from the front matter', () => {
    const { deck } = generate('05-services-reseau.md');
    expect(deck).toMatchObject({
      id: 'services-reseau',
      title: '05 - Cours - Exposer ses applications avec les Services',
      source: '05 - Cours - Exposer ses applications avec les Services',
      description: 'Les types de Service, la découverte par DNS et les manifestes qui vont avec.',
      tags: ['reseau', 'services-kubernetes'],
      lang: 'fr',
    });
  });

  it('makes basic cards from "term: definition" bullets, in both typographies, keeping inline code', () => {
    const { deck } = generate('05-services-reseau.md');
    expect(basicCard(deck, "Qu'est-ce que `ClusterIP` ?").back).toBe("Une adresse virtuelle joignable uniquement depuis l'intérieur du cluster");
    expect(basicCard(deck, 'À quoi sert **LoadBalancer** ?').back).toBe(
      'Demande au fournisseur de cloud un répartiteur de charge externe avec une IP publique',
    );
    expect(basicCard(deck, 'À quoi sert `ExternalName` ?').back).toBe('Renvoie un alias DNS vers un nom extérieur au cluster, sans aucun proxy');
    expect(basicCard(deck, "Qu'est-ce que **Headless Service** ?").back).toBe(
      'Un Service avec `clusterIP: None`, dont le DNS renvoie directement les IP des pods',
    );
    // The link-only bullet of the same list gives no card.
    expect(cardsOf(deck, 'basic').some((card) => card.front.includes('Documentation'))).toBe(false);
  });

  it('reads "**term:** definition" and "`term` - definition" bullets, and writes English questions for English chapters', () => {
    const { deck } = generate('networkpolicies.en.md');
    expect(basicCard(deck, 'What is **egress rule**?').back).toBe('A list of allowed destinations for traffic leaving the selected pods');
    expect(basicCard(deck, 'What is `ipBlock`?').back).toBe('A CIDR range, usually for addresses outside the cluster');
    expect(basicCard(deck, 'What is `podSelector` for?').id).toBe('vocabulary-podselector');
  });

  it('tags each card with its section and cites the section as source', () => {
    const { deck } = generate('05-services-reseau.md');
    const clusterIp = basicCard(deck, "Qu'est-ce que `ClusterIP` ?");
    expect(clusterIp).toMatchObject({ id: 'types-services-clusterip', tags: ['types-services'], source: '§ Les types de Services' });
    const sections = new Set(deck.cards.map((card) => `${card.tags.join()} ${card.source}`));
    expect([...sections]).toEqual([
      'pourquoi-services § Pourquoi des Services ?',
      'types-services § Les types de Services',
      'decouverte-services § La découverte de services',
      "stocker-donnees-application § Stocker les données d'une application",
    ]);
  });

  it('makes cloze cards from sentences with marked-out terms, a few per section', () => {
    const { deck } = generate('05-services-reseau.md');
    const texts = cardsOf(deck, 'cloze').map((card) => card.text);
    expect(texts).toContain('Le type par défaut est {{ClusterIP}} quand le champ `type` est absent du manifeste.');
    expect(texts).toContain('Une application avec état demande un volume par une {{PersistentVolumeClaim}}.');
    const sources = cardsOf(deck, 'cloze').map((card) => card.source);
    for (const source of sources) expect(sources.filter((s) => s === source).length).toBeLessThanOrEqual(3);
  });

  it('makes one yaml-fix card per manifest block, with the block (comments included) as solution', () => {
    const { deck } = generate('05-services-reseau.md');
    const [service, claim] = cardsOf(deck, 'yaml-fix');
    expect(cardsOf(deck, 'yaml-fix')).toHaveLength(2);
    expect(service.task).toBe("Le serveur d'API refuse ce manifeste (Deployment `web`, Service `web`). Corrigez-le.");
    expect(service.solution).toContain('kind: Deployment');
    expect(service.solution).toContain('  type: NodePort');
    expect(service.broken).not.toBe(service.solution);
    expect(service.hints).toHaveLength(2);
    expect(claim.solution).toContain('# La demande de volume de la base de données');
    expect(claim.solution).toContain('- ReadWriteOnce # un seul nœud à la fois');
    // The second block is broken in another way than the first (ids name the section and the mistake).
    expect([service.id, claim.id]).toEqual(['types-services-enum-wrong-case', 'stocker-donnees-misspelled-field']);
  });

  it('writes tasks and hints in English for English decks', () => {
    const { deck } = generate('networkpolicies.en.md');
    const ingress = cardsOf(deck, 'yaml-fix').find((card) => card.solution.includes('kind: Ingress')) as YamlFixCard;
    expect(ingress.task).toBe('The API server rejects this manifest (Ingress `shop`). Fix it.');
    expect(ingress.hints[0]).toMatch(/^Check the `apiVersion`/);
  });

  it('drafts no yaml-fix card from a chapter without YAML, and says nothing about its shell blocks', () => {
    const { deck, notes } = generate('03-namespaces-labels.md');
    expect(cardsOf(deck, 'yaml-fix')).toEqual([]);
    expect(cardsOf(deck, 'basic').map((card) => card.front)).toEqual([
      "Qu'est-ce que `default` ?",
      "Qu'est-ce que `kube-system` ?",
      "Qu'est-ce que `kube-public` ?",
      "Qu'est-ce que **labels** ?",
      "À quoi sert **selector d'égalité** ?",
      "À quoi sert **selector d'ensemble** ?",
    ]);
    expect(cardsOf(deck, 'cloze').length).toBeGreaterThan(0);
    expect(notes).toEqual(['no language in the front matter: "fr" guessed from the text']);
  });

  it('survives odd Markdown: TOML front matter, comments, nested lists, tables, anchors, broken blocks', () => {
    const markdown = readFileSync(join(FIXTURES, 'odd-markdown.md'), 'utf8');
    const { deck, notes } = generate('odd-markdown.md');
    expect(deck).toMatchObject({ title: 'Odd markdown: a chapter that breaks every rule', tags: ['edge-cases', 'markdown'], lang: 'en' });
    expect(cardsOf(deck, 'basic').map((card) => card.front)).toEqual([
      'What is `outer`?',
      'What is `inner`?',
      'What is **deepest**?',
      'What is `task`?',
      // A table gives a card per row, its header naming what is asked.
      '`Pod` — Meaning?',
      '**Node** — Meaning?',
    ]);
    expect(basicCard(deck, '`Pod` — Meaning?').back).toBe('the smallest deployable unit');
    expect(basicCard(deck, 'What is `outer`?').source).toBe('§ Headings with anchors');
    const everything = JSON.stringify(deck);
    // Commented-out bullets, link texts, shortcodes and admonition fences give nothing.
    for (const absent of ['hidden', 'multi-line comment', '{{Ingress}}', 'notice', ':::', 'Docs']) {
      expect(everything).not.toContain(absent);
    }
    expect(cardsOf(deck, 'cloze').map((card) => card.text)).toContain(
      'Docusaurus admonitions wrap text with a {{highlighted}} term in a sentence of reasonable length.',
    );
    // Only the ```YAML ConfigMap is a manifest; the other YAML blocks are reported with their line.
    const lineOf = (text: string) => markdown.split('\n').findIndex((line) => line.includes(text)) + 1;
    expect(cardsOf(deck, 'yaml-fix').map((card) => card.solution)).toEqual([
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: "fast"\n',
    ]);
    expect(notes).toEqual([
      'no language in the front matter: "en" guessed from the text',
      `line ${lineOf('# Helm values') - 1}: YAML block without a yaml-fix card: not a Kubernetes manifest (no apiVersion and kind)`,
      expect.stringMatching(new RegExp(`^line ${lineOf('name: broken') - 4}: YAML block without a yaml-fix card: invalid YAML \\(`)),
      `line ${lineOf('{{ .Release.Name }}') - 4}: YAML block without a yaml-fix card: a template ({{ … }}), not a manifest`,
    ]);
  });

  it('takes the title from the first # heading without front matter, and cites it for the introduction', () => {
    const { deck, yaml } = generate('storage-classes.md');
    expect(deck).toMatchObject({ id: 'storage-classes', title: 'Dynamic provisioning with StorageClasses', lang: 'en' });
    expect(deck.cards[0]).toMatchObject({
      type: 'cloze',
      text: expect.stringContaining('With {{dynamic provisioning}}, the cluster creates a volume'),
      source: '§ Dynamic provisioning with StorageClasses',
      tags: [],
    });
    expectValidDeck(yaml, deck);
  });

  it('falls back to the file name for the title, without its chapter number for the id', () => {
    const { deck } = generateDeck('- `emptyDir`: a scratch directory that lives as long as its pod\n', { fileName: 'notes/07-my-notes.md' });
    expect(deck).toMatchObject({ id: 'my-notes', title: '07-my-notes', source: '07-my-notes' });
    expect(generateDeck('', { fileName: 'part-2/_index.md' }).deck.id).toBe('part-2');
    expect(generateDeck('', { fileName: '42.md', lang: 'en' }).deck.id).toBe('42');
  });

  it('takes the language from the front matter, the file name or the text, unless overridden', () => {
    const french = readFileSync(join(FIXTURES, '05-services-reseau.md'), 'utf8');
    const english = generateDeck(french, { fileName: 'services.md', lang: 'en' });
    expect(english.deck.lang).toBe('en');
    expect(cardsOf(english.deck, 'basic')[0].front).toBe('What is `ClusterIP`?');
    expect(english.notes).toEqual([]);
    expect(generateDeck('- `a`: some text here\n', { fileName: 'chapitre.fr.md' }).deck.lang).toBe('fr');
    expect(generateDeck('---\nlang: fr_FR\n---\n- `a`: some text here\n', { fileName: 'x.md' }).deck.lang).toBe('fr-FR');
    const german = generateDeck('---\nlang: de\n---\n- `a`: ein Text hier\n', { fileName: 'x.md' });
    expect(german.deck.lang).toBe('de');
    expect(german.notes).toEqual(['questions, tasks and hints are written in English: there are no texts for "de"']);
  });

  it('writes notes in the language asked for', () => {
    const { notes } = generate('03-namespaces-labels.md', { locale: 'fr' });
    expect(notes).toEqual(['pas de langue dans le front matter : « fr » déduite du texte']);
  });

  it('gives the same file for the same chapter, whatever its line endings', () => {
    const markdown = readFileSync(join(FIXTURES, '05-services-reseau.md'), 'utf8');
    const first = generateDeck(markdown, { fileName: '05-services-reseau.md' });
    expect(generateDeck(markdown, { fileName: '05-services-reseau.md' })).toEqual(first);
    expect(generateDeck(markdown.replace(/\n/g, '\r\n'), { fileName: '05-services-reseau.md' }).yaml).toBe(first.yaml);
  });

  it('keeps ids unique with a suffix when two cards derive the same one', () => {
    const markdown = '## Terms\n\n- `port`: the port the Service listens on\n- `port`: the same term defined again later\n';
    expect(generateDeck(markdown, { fileName: 'x.md' }).deck.cards.map((card) => card.id)).toEqual(['terms-port', 'terms-port-2']);
  });

  it('never gaps a term twice in a sentence nor text inside a link', () => {
    const markdown = [
      '## Links',
      '',
      'Read [the **Service** guide](https://example.com) before you expose any **Deployment** to the outside world.',
      '',
      'A `Pod` is scheduled on a node, and the scheduler never moves a running `Pod` to another node.',
    ].join('\n');
    const texts = cardsOf(generateDeck(markdown, { fileName: 'x.md' }).deck, 'cloze').map((card: ClozeCard) => card.text);
    expect(texts).toEqual(['Read the **Service** guide before you expose any {{Deployment}} to the outside world.']);
  });

  it.each([
    ['an empty file', ''],
    ['a lone rule', '---'],
    ['an unterminated front matter', '---\ntitle: x\n# Heading\n- `a`: b c d'],
    ['an unreadable front matter', '---\ntitle: [unclosed\n---\n# T\n\n- `x`: some definition here\n'],
    ['an empty TOML front matter', '+++\n+++\n'],
    ['headings without text', '#\n##\n### {#only-anchor}\n## `code`\n'],
    ['deeply nested lists', Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- \`t${i}\`: definition number ${i}`).join('\n')],
    ['HTML only', '<div>\n<p>**not markdown**</p>\n</div>\n<!-- comment -->'],
    ['a table of terms', '| `a` | b |\n| --- | --- |\n| `c`: d | e |'],
    ['braces and gap syntax', '## S\n\nA sentence that has **{{x}}** and `a::b` and **ok term** inside it here.\n\n- `{{y}}`: a definition with {{braces}} in it'],
    ['an unclosed code fence', '## S\n\n```yaml\napiVersion: v1\nkind: Pod\n'],
    ['control characters', '## S\u0000\n\n- `a\u0007`: a definition \u0001 with control characters'],
  ])('does not crash on %s', (_name, markdown) => {
    const { deck, yaml } = generateDeck(markdown, { fileName: 'odd.md' });
    if (deck.cards.length > 0) expectValidDeck(yaml, deck);
  });
});

describe('generateDeck on the real course chapter', () => {
  it('drafts a deck that passes the deck checker, with cards of each kind', (context) => {
    if (!existsSync(COURSE)) context.skip(`course chapter not found at ${COURSE}`);
    const { deck, yaml } = generateDeck(readFileSync(COURSE, 'utf8'), { fileName: '08-cours-stockage-reseau.md' });
    expectValidDeck(yaml, deck);
    expect(deck).toMatchObject({
      id: 'cours-stockage-reseau',
      title: '08 - Cours - Le stockage et le réseau dans Kubernetes',
      source: '08 - Cours - Le stockage et le réseau dans Kubernetes',
      lang: 'fr',
    });
    // The seven volume types of the bullet list ("etc." is not a term), then a definition sentence;
    // a definition opening on an article says what the term is, the others what it is for.
    expect(cardsOf(deck, 'basic').map((card) => card.front)).toEqual([
      ...['hostPath', 'local'].map((term) => `À quoi sert \`${term}\` ?`),
      "Qu'est-ce que `emptyDir` ?",
      ...['configMap', 'secret', 'nfs', 'cephfs'].map((term) => `À quoi sert \`${term}\` ?`),
      "Qu'est-ce que `Certmanager` ?",
    ]);
    expect(basicCard(deck, "Qu'est-ce que `Certmanager` ?").back).toMatch(/^Une application kubernetes \(un `operator`\) plus ou moins officielle/);
    expect(basicCard(deck, "Qu'est-ce que `emptyDir` ?")).toMatchObject({
      back: 'Un dossier temporaire qui est supprimé en même temps que le pod',
      tags: ['volumes-kubernetes'],
      source: '§ Les Volumes Kubernetes',
    });
    // One yaml-fix per YAML block, each broken differently, the comments of the Pod kept.
    const fixes = cardsOf(deck, 'yaml-fix');
    expect(fixes.map((card) => card.id)).toEqual([
      'volumes-kubernetes-volume-mount-unknown-volume',
      'objets-ingresses-ingress-legacy-api-version',
      'gestion-dynamique-ingress-missing-path-type',
    ]);
    expect(fixes[0].solution).toContain("# chemin du dossier sur l'hôte");
    expect(cardsOf(deck, 'cloze').map((card) => card.text)).toContain(
      'Un Ingress est un objet pour gérer dynamiquement le {{reverse proxy}} HTTP/HTTPS dans Kubernetes.',
    );
    // Headings lose their backticks in sources.
    expect(deck.cards.map((card) => card.source)).toContain('§ Les types de stockage avec les StorageClasses');
  });
});
