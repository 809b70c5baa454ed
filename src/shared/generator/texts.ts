// What the generator writes itself, as one catalog in the shape every catalog has (French and
// English side by side, ICU plurals), read through `say`: card texts in the deck's language (a
// French course gives French questions, tasks and hints), notes for the trainer in the language
// of the messages. `cardTexts` and `noteTexts` give the drafting code typed access to it.
import { say, type Catalog, type Locale, type MessageParams } from '../i18n';
import { MUTATION_KINDS, type MutationKind } from './mutations';

export const GENERATOR_TEXTS = {
  // Card faces, in the deck's language
  'card.basicFront': { fr: 'À quoi sert {term} ?', en: 'What is {term} for?' },
  'card.definitionFront': { fr: "Qu'est-ce que {term} ?", en: 'What is {term}?' },
  'card.yamlFixTask': {
    fr: "Le serveur d'API refuse ce manifeste ({objects}). Corrigez-le.",
    en: 'The API server rejects this manifest ({objects}). Fix it.',
  },
  'card.placeholdersFilled': {
    fr: '{count, plural, one {La valeur à compléter du cours a été remplie} other {Les valeurs à compléter du cours ont été remplies}} : {values}.',
    en: "{count, plural, one {The course's placeholder was filled in} other {The course's placeholders were filled in}}: {values}.",
  },
  'card.migrationTask': {
    fr: "Ce manifeste du cours ne fonctionne plus sur un cluster actuel ({changes} n'est plus servi). Migrez-le.",
    en: 'This manifest from the course no longer works on a current cluster ({changes} is no longer served). Migrate it.',
  },
  'card.migrationHint.1': {
    fr: "Regardez l'`apiVersion` : cette version a été retirée des clusters récents.",
    en: 'Look at the `apiVersion`: this version was removed from recent clusters.',
  },
  'card.migrationHint.2': {
    fr: 'Passez à {versions}, puis adaptez les champs qui ont changé de forme.',
    en: 'Move to {versions}, then adapt the fields whose shape changed.',
  },
  'card.commandQuestion': { fr: 'Quelle commande `{tool}` pour cette étape : {step} ?', en: 'Which `{tool}` command for this step: {step}?' },
  'card.termOfDefinition': {
    fr: 'Quel terme correspond à cette description : « {definition} » ?',
    en: 'Which term matches this description: "{definition}"?',
  },
  'card.enumeration': { fr: '{lead} : {items}.', en: '{lead}: {items}.' },
  'card.enumerationEtc': { fr: '{lead} : {items}, etc.', en: '{lead}: {items}, etc.' },
  'card.tableFront': { fr: '{cell} — {headers} ?', en: '{cell} — {headers}?' },
  'card.quizUnchecked': {
    fr: "À vérifier : la correction du quiz n'a pas été fournie, la première réponse est marquée juste par défaut.",
    en: "To check: the quiz's correction was not given, so the first choice is marked right by default.",
  },
  'deck.description': { fr: 'Brouillon de cartes généré à partir du chapitre « {title} ».', en: 'Draft cards generated from the chapter "{title}".' },
  'deck.draftComment': {
    fr: 'Brouillon généré depuis {file} par `kubedeck generate` : à relire et corriger à la main.',
    en: 'Draft generated from {file} by `kubedeck generate`: review and edit it by hand.',
  },
  'deck.originComment': {
    fr: 'Après avoir retouché une carte, passez son `origin` à `generated-edited`.',
    en: 'Once you have edited a card, set its `origin` to `generated-edited`.',
  },

  // Hints of each mutation kind, vaguest first: the app shows them one at a time
  'hint.ingress-legacy-api-version.1': {
    fr: "Vérifiez l'`apiVersion` : certaines versions ne sont plus servies par les clusters récents.",
    en: 'Check the `apiVersion`: some versions are no longer served by recent clusters.',
  },
  'hint.ingress-legacy-api-version.2': {
    fr: "Depuis Kubernetes 1.22, les Ingress ne sont servis que dans le groupe d'API `networking.k8s.io`.",
    en: 'Since Kubernetes 1.22, Ingresses are only served in the `networking.k8s.io` API group.',
  },
  'hint.ingress-missing-path-type.1': { fr: 'Regardez chaque élément de `paths`.', en: 'Look at each item of `paths`.' },
  'hint.ingress-missing-path-type.2': {
    fr: "En `networking.k8s.io/v1`, chaque chemin doit dire comment l'URL est comparée.",
    en: 'In `networking.k8s.io/v1`, every path must say how the URL is matched.',
  },
  'hint.ingress-port-shape.1': { fr: 'Regardez le `backend` de chaque chemin.', en: "Look at each path's `backend`." },
  'hint.ingress-port-shape.2': {
    fr: "Le port d'un Service en backend est un objet, avec `number` ou `name`.",
    en: "A backend Service's port is an object, with `number` or `name`.",
  },
  'hint.volume-mount-unknown-volume.1': {
    fr: 'Comparez les noms utilisés dans `volumeMounts` et dans `volumes`.',
    en: 'Compare the names used in `volumeMounts` and in `volumes`.',
  },
  'hint.volume-mount-unknown-volume.2': {
    fr: 'Chaque montage doit désigner, par son nom exact, un volume déclaré dans le pod.',
    en: 'Each mount must name, exactly, a volume declared in the pod.',
  },
  'hint.enum-wrong-case.1': { fr: "Certains champs n'acceptent qu'une liste fermée de valeurs.", en: 'Some fields only accept a closed list of values.' },
  'hint.enum-wrong-case.2': {
    fr: 'Ces valeurs sont sensibles à la casse : vérifiez les majuscules.',
    en: 'Those values are case-sensitive: check the capital letters.',
  },
  'hint.port-out-of-range.1': { fr: 'Vérifiez les numéros de port.', en: 'Check the port numbers.' },
  'hint.port-out-of-range.2': { fr: 'Un numéro de port va de 1 à 65535.', en: 'A port number goes from 1 to 65535.' },
  'hint.port-as-string.1': { fr: 'Vérifiez les numéros de port.', en: 'Check the port numbers.' },
  'hint.port-as-string.2': {
    fr: 'Ici un port est un entier : une chaîne entre guillemets est refusée.',
    en: 'Here a port is an integer: a quoted string is refused.',
  },
  'hint.missing-container-image.1': { fr: 'Que doit exécuter chaque conteneur ?', en: 'What should each container run?' },
  'hint.missing-container-image.2': { fr: 'Chaque conteneur doit indiquer son image.', en: 'Every container must name its image.' },
  'hint.misspelled-field.1': { fr: "Relisez l'orthographe des noms de champs.", en: 'Check the spelling of the field names.' },
  'hint.misspelled-field.2': {
    fr: "Un champ obligatoire est mal orthographié : l'API ne le reconnaît pas.",
    en: 'A required field is misspelled: the API does not recognise it.',
  },
  'hint.missing-metadata-name.1': { fr: 'Regardez la section `metadata`.', en: 'Look at the `metadata` section.' },
  'hint.missing-metadata-name.2': { fr: 'Tout objet Kubernetes doit avoir un nom.', en: 'Every Kubernetes object needs a name.' },

  // Notes for the trainer, in the language of the messages
  'note.frontMatterUnreadable': { fr: 'front matter {format} illisible ({detail}) : ignoré', en: 'unreadable {format} front matter ({detail}): ignored' },
  'note.langGuessed': { fr: 'pas de langue dans le front matter : « {lang} » déduite du texte', en: 'no language in the front matter: "{lang}" guessed from the text' },
  'note.langNotGuessed': {
    fr: 'langue introuvable (ni front matter ni texte reconnaissable) : « en » par défaut',
    en: 'no language found (no front matter, no recognisable text): "en" by default',
  },
  'note.langIgnored': {
    fr: "langue « {value} » du front matter ignorée : ce n'est pas un code de langue",
    en: 'front matter language "{value}" ignored: not a language tag',
  },
  'note.langWithoutTexts': {
    fr: 'questions, consignes et indices écrits en anglais : pas de textes pour « {lang} »',
    en: 'questions, tasks and hints are written in English: there are no texts for "{lang}"',
  },
  'note.yamlSkipped': { fr: 'ligne {line} : bloc YAML sans carte yaml-fix : {reason}', en: 'line {line}: YAML block without a yaml-fix card: {reason}' },
  'note.yamlSkippedDetail': {
    fr: 'ligne {line} : bloc YAML sans carte yaml-fix : {reason} ({detail})',
    en: 'line {line}: YAML block without a yaml-fix card: {reason} ({detail})',
  },
  'note.quizWithoutAnswers': {
    fr: 'quiz de {count, plural, one {# question} other {# questions}} sans correction (--answers CORRECTION.md) : bonnes réponses à vérifier, la première est marquée par défaut',
    en: 'a quiz of {count, plural, one {# question} other {# questions}} without its correction (--answers CORRECTION.md): right answers to check, the first choice is marked by default',
  },
  'note.quizQuestionSkipped': {
    fr: 'ligne {line} : question {number} sans carte : la correction ne donne pas sa réponse',
    en: 'line {line}: question {number} gives no card: the correction does not give its answer',
  },

  // Why a draft gave no card: in the notes and in the chapter's summary
  'skip.syntax': { fr: 'YAML invalide', en: 'invalid YAML' },
  'skip.template': { fr: 'gabarit ({{ … }}), pas un manifeste', en: 'a template ({{ … }}), not a manifest' },
  'skip.empty': { fr: 'bloc vide', en: 'empty block' },
  'skip.not-a-manifest': {
    fr: 'pas un manifeste Kubernetes (apiVersion et kind manquants)',
    en: 'not a Kubernetes manifest (no apiVersion and kind)',
  },
  'skip.kubeconfig': {
    fr: "un fichier kubeconfig (kind: Config) configure kubectl ; ce n'est pas un objet à envoyer au serveur d'API",
    en: 'a kubeconfig file (kind: Config) configures kubectl; it is not an object for the API server',
  },
  'skip.tool-config': {
    fr: "la configuration d'un outil, pas un objet à envoyer au serveur d'API",
    en: "a tool's configuration, not an object for the API server",
  },
  'skip.no-mutation': { fr: 'aucune erreur connue à y introduire', en: 'no known mistake fits it' },
  'skip.block-fails': {
    fr: 'le vérificateur refuse le bloc du cours, qui ne peut donc pas servir de solution',
    en: "the checker refuses the course's block, so it cannot be a solution",
  },
  'skip.migration-fails': { fr: 'le vérificateur refuse encore le manifeste migré', en: 'the checker still refuses the migrated manifest' },
  'skip.no-answer': { fr: 'la correction ne donne pas la réponse', en: 'the correction does not give the answer' },
} as const satisfies Catalog;

export type GeneratorTextKey = keyof typeof GENERATOR_TEXTS;

/** A generator text in `locale`, with its placeholders and plurals filled from `params`. */
export function generatorSay(key: GeneratorTextKey, locale: Locale, params: MessageParams = {}): string {
  return say(GENERATOR_TEXTS[key], locale, params);
}

/** Why a YAML block gave no yaml-fix draft. */
export type SkipReason =
  | 'syntax'
  | 'template'
  | 'empty'
  | 'not-a-manifest'
  | 'kubeconfig'
  | 'tool-config'
  | 'no-mutation'
  | 'block-fails'
  | 'migration-fails';
/** Why a draft gave no card: a YAML block's reason, or a quiz question the correction does not answer. */
export type DraftSkipReason = SkipReason | 'no-answer';

/** Why a draft gave no card, in `locale`. */
export function skipReasonText(reason: DraftSkipReason, locale: Locale): string {
  return generatorSay(`skip.${reason}`, locale);
}

/** The card texts in one language, as the drafting code calls them. */
export interface CardTexts {
  /** A basic card's question, asking for the role of a term (Markdown). */
  basicFront(term: string): string;
  /** A basic card's question for a term the course defines in a sentence ("X est …"). */
  definitionFront(term: string): string;
  /** A yaml-fix task, naming the objects of the manifest (e.g. "Pod `web`"). */
  yamlFixTask(objects: string): string;
  /** Hints for each mutation kind, vaguest first. */
  hints: Record<MutationKind, string[]>;
  /** Added to a task whose manifest had placeholders: which value replaced each one. */
  placeholdersFilled(values: string[]): string;
  /** A migration task, naming each object on a removed API (e.g. "Ingress `extensions/v1beta1`"). */
  migrationTask(changes: string): string;
  migrationHints(currentVersions: string[]): string[];
  /** An input card's question: which command does this step (the step as the course says it). */
  commandQuestion(tool: string, step: string): string;
  /** An mcq question asking which term of a glossary list a definition is of. */
  termOfDefinition(definition: string): string;
  /** A cloze enumerating a list's items (already written as gaps) after what introduces them; `etc` when the list says so. */
  enumeration(lead: string, gaps: string[], etc: boolean): string;
  /** A table row's question: the row's first cell, and the headers of the columns asked for. */
  tableFront(cell: string, headers: string): string;
  /** The explanation of a quiz question whose correction was not given. */
  quizUnchecked: string;
  deckDescription(title: string): string;
  draftComment(file: string): string;
  originComment: string;
}

export function cardTexts(lang: Locale): CardTexts {
  const text = (key: GeneratorTextKey, params: MessageParams = {}) => generatorSay(key, lang, params);
  return {
    basicFront: (term) => text('card.basicFront', { term }),
    definitionFront: (term) => text('card.definitionFront', { term }),
    yamlFixTask: (objects) => text('card.yamlFixTask', { objects }),
    hints: Object.fromEntries(MUTATION_KINDS.map((kind) => [kind, [text(`hint.${kind}.1`), text(`hint.${kind}.2`)]])) as Record<MutationKind, string[]>,
    placeholdersFilled: (values) => text('card.placeholdersFilled', { count: values.length, values: values.join(', ') }),
    migrationTask: (changes) => text('card.migrationTask', { changes }),
    migrationHints: (versions) => [text('card.migrationHint.1'), text('card.migrationHint.2', { versions: versions.map((v) => `\`${v}\``).join(', ') })],
    commandQuestion: (tool, step) => text('card.commandQuestion', { tool, step }),
    termOfDefinition: (definition) => text('card.termOfDefinition', { definition }),
    enumeration: (lead, gaps, etc) => text(etc ? 'card.enumerationEtc' : 'card.enumeration', { lead, items: gaps.join(', ') }),
    tableFront: (cell, headers) => text('card.tableFront', { cell, headers }),
    quizUnchecked: text('card.quizUnchecked'),
    deckDescription: (title) => text('deck.description', { title }),
    draftComment: (file) => text('deck.draftComment', { file }),
    originComment: text('deck.originComment'),
  };
}

/** The notes for the trainer in one language. */
export interface NoteTexts {
  frontMatterUnreadable(format: string, detail: string): string;
  langGuessed(lang: string): string;
  langNotGuessed: string;
  langIgnored(value: string): string;
  langWithoutTexts(lang: string): string;
  yamlSkipped(line: number, reason: SkipReason, detail: string): string;
  quizWithoutAnswers(count: number): string;
  quizQuestionSkipped(line: number, number: number): string;
}

export function noteTexts(locale: Locale): NoteTexts {
  const text = (key: GeneratorTextKey, params: MessageParams = {}) => generatorSay(key, locale, params);
  return {
    frontMatterUnreadable: (format, detail) => text('note.frontMatterUnreadable', { format: format.toUpperCase(), detail }),
    langGuessed: (lang) => text('note.langGuessed', { lang }),
    langNotGuessed: text('note.langNotGuessed'),
    langIgnored: (value) => text('note.langIgnored', { value }),
    langWithoutTexts: (lang) => text('note.langWithoutTexts', { lang }),
    // The detail: a YAML error, the checker's rule, the kind and API version of a tool's configuration.
    yamlSkipped: (line, reason, detail) =>
      text(detail ? 'note.yamlSkippedDetail' : 'note.yamlSkipped', { line, reason: skipReasonText(reason, locale), detail }),
    quizWithoutAnswers: (count) => text('note.quizWithoutAnswers', { count }),
    quizQuestionSkipped: (line, number) => text('note.quizQuestionSkipped', { line, number }),
  };
}
