// What the generator writes itself, in French and English: card texts in the deck's language,
// notes for the trainer in the language of the messages.
import type { Locale } from '../i18n';
import type { MutationKind } from './mutations';

export interface CardTexts {
  /** A basic card's question, asking for the role of a term (Markdown). */
  basicFront(term: string): string;
  /** A basic card's question for a term the course defines in a sentence ("X est …"). */
  definitionFront(term: string): string;
  /** A yaml-fix task, naming the objects of the manifest (e.g. "Pod `web`"). */
  yamlFixTask(objects: string): string;
  /** Hints for each mutation kind, vaguest first: the app shows them one at a time. */
  hints: Record<MutationKind, string[]>;
  /** Added to a task whose manifest had placeholders: which value replaced each one. */
  placeholdersFilled(values: string): string;
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

export const CARD_TEXTS: Record<'fr' | 'en', CardTexts> = {
  fr: {
    basicFront: (term) => `À quoi sert ${term} ?`,
    definitionFront: (term) => `Qu'est-ce que ${term} ?`,
    yamlFixTask: (objects) => `Le serveur d'API refuse ce manifeste (${objects}). Corrigez-le.`,
    hints: {
      'ingress-legacy-api-version': [
        "Vérifiez l'`apiVersion` : certaines versions ne sont plus servies par les clusters récents.",
        "Depuis Kubernetes 1.22, les Ingress ne sont servis que dans le groupe d'API `networking.k8s.io`.",
      ],
      'ingress-missing-path-type': [
        'Regardez chaque élément de `paths`.',
        "En `networking.k8s.io/v1`, chaque chemin doit dire comment l'URL est comparée.",
      ],
      'ingress-port-shape': [
        'Regardez le `backend` de chaque chemin.',
        "Le port d'un Service en backend est un objet, avec `number` ou `name`.",
      ],
      'volume-mount-unknown-volume': [
        'Comparez les noms utilisés dans `volumeMounts` et dans `volumes`.',
        'Chaque montage doit désigner, par son nom exact, un volume déclaré dans le pod.',
      ],
      'enum-wrong-case': [
        "Certains champs n'acceptent qu'une liste fermée de valeurs.",
        'Ces valeurs sont sensibles à la casse : vérifiez les majuscules.',
      ],
      'port-out-of-range': ['Vérifiez les numéros de port.', 'Un numéro de port va de 1 à 65535.'],
      'port-as-string': [
        'Vérifiez les numéros de port.',
        'Ici un port est un entier : une chaîne entre guillemets est refusée.',
      ],
      'missing-container-image': ['Que doit exécuter chaque conteneur ?', 'Chaque conteneur doit indiquer son image.'],
      'misspelled-field': [
        "Relisez l'orthographe des noms de champs.",
        "Un champ obligatoire est mal orthographié : l'API ne le reconnaît pas.",
      ],
      'missing-metadata-name': ['Regardez la section `metadata`.', 'Tout objet Kubernetes doit avoir un nom.'],
    },
    placeholdersFilled: (values) => `Les valeurs à compléter du cours ont été remplies : ${values}.`,
    migrationTask: (changes) =>
      `Ce manifeste du cours ne fonctionne plus sur un cluster actuel (${changes} n'est plus servi). Migrez-le.`,
    migrationHints: (versions) => [
      "Regardez l'`apiVersion` : cette version a été retirée des clusters récents.",
      `Passez à ${versions.map((v) => `\`${v}\``).join(', ')}, puis adaptez les champs qui ont changé de forme.`,
    ],
    commandQuestion: (tool, step) => `Quelle commande \`${tool}\` pour cette étape : ${step} ?`,
    termOfDefinition: (definition) => `Quel terme correspond à cette description : « ${definition} » ?`,
    enumeration: (lead, gaps, etc) => `${lead} : ${gaps.join(', ')}${etc ? ', etc' : ''}.`,
    tableFront: (cell, headers) => `${cell} — ${headers} ?`,
    quizUnchecked: 'À vérifier : la correction du quiz n\'a pas été fournie, la première réponse est marquée juste par défaut.',
    deckDescription: (title) => `Brouillon de cartes généré à partir du chapitre « ${title} ».`,
    draftComment: (file) => `Brouillon généré depuis ${file} par \`kubedeck generate\` : à relire et corriger à la main.`,
    originComment: 'Après avoir retouché une carte, passez son `origin` à `generated-edited`.',
  },
  en: {
    basicFront: (term) => `What is ${term} for?`,
    definitionFront: (term) => `What is ${term}?`,
    yamlFixTask: (objects) => `The API server rejects this manifest (${objects}). Fix it.`,
    hints: {
      'ingress-legacy-api-version': [
        'Check the `apiVersion`: some versions are no longer served by recent clusters.',
        'Since Kubernetes 1.22, Ingresses are only served in the `networking.k8s.io` API group.',
      ],
      'ingress-missing-path-type': [
        'Look at each item of `paths`.',
        'In `networking.k8s.io/v1`, every path must say how the URL is matched.',
      ],
      'ingress-port-shape': [
        "Look at each path's `backend`.",
        "A backend Service's port is an object, with `number` or `name`.",
      ],
      'volume-mount-unknown-volume': [
        'Compare the names used in `volumeMounts` and in `volumes`.',
        'Each mount must name, exactly, a volume declared in the pod.',
      ],
      'enum-wrong-case': [
        'Some fields only accept a closed list of values.',
        'Those values are case-sensitive: check the capital letters.',
      ],
      'port-out-of-range': ['Check the port numbers.', 'A port number goes from 1 to 65535.'],
      'port-as-string': ['Check the port numbers.', 'Here a port is an integer: a quoted string is refused.'],
      'missing-container-image': ['What should each container run?', 'Every container must name its image.'],
      'misspelled-field': [
        'Check the spelling of the field names.',
        'A required field is misspelled: the API does not recognise it.',
      ],
      'missing-metadata-name': ['Look at the `metadata` section.', 'Every Kubernetes object needs a name.'],
    },
    placeholdersFilled: (values) => `The course's placeholders were filled in: ${values}.`,
    migrationTask: (changes) => `This manifest from the course no longer works on a current cluster (${changes} is no longer served). Migrate it.`,
    migrationHints: (versions) => [
      'Look at the `apiVersion`: this version was removed from recent clusters.',
      `Move to ${versions.map((v) => `\`${v}\``).join(', ')}, then adapt the fields whose shape changed.`,
    ],
    commandQuestion: (tool, step) => `Which \`${tool}\` command for this step: ${step}?`,
    termOfDefinition: (definition) => `Which term matches this description: "${definition}"?`,
    enumeration: (lead, gaps, etc) => `${lead}: ${gaps.join(', ')}${etc ? ', etc' : ''}.`,
    tableFront: (cell, headers) => `${cell} — ${headers}?`,
    quizUnchecked: "To check: the quiz's correction was not given, so the first choice is marked right by default.",
    deckDescription: (title) => `Draft cards generated from the chapter "${title}".`,
    draftComment: (file) => `Draft generated from ${file} by \`kubedeck generate\`: review and edit it by hand.`,
    originComment: 'Once you have edited a card, set its `origin` to `generated-edited`.',
  },
};

/** Why a YAML block gave no yaml-fix draft. */
export type SkipReason = 'syntax' | 'template' | 'empty' | 'not-a-manifest' | 'no-mutation' | 'block-fails' | 'migration-fails';

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

const SKIP_REASONS: Record<Locale, Record<SkipReason, string>> = {
  fr: {
    syntax: 'YAML invalide',
    template: 'gabarit ({{ … }}), pas un manifeste',
    empty: 'bloc vide',
    'not-a-manifest': 'pas un manifeste Kubernetes (apiVersion et kind manquants)',
    'no-mutation': 'aucune erreur connue à y introduire',
    'block-fails': 'le vérificateur refuse le bloc du cours, qui ne peut donc pas servir de solution',
    'migration-fails': 'le vérificateur refuse encore le manifeste migré',
  },
  en: {
    syntax: 'invalid YAML',
    template: 'a template ({{ … }}), not a manifest',
    empty: 'empty block',
    'not-a-manifest': 'not a Kubernetes manifest (no apiVersion and kind)',
    'no-mutation': 'no known mistake fits it',
    'block-fails': "the checker refuses the course's block, so it cannot be a solution",
    'migration-fails': 'the checker still refuses the migrated manifest',
  },
};

export const NOTE_TEXTS: Record<Locale, NoteTexts> = {
  fr: {
    frontMatterUnreadable: (format, detail) => `front matter ${format.toUpperCase()} illisible (${detail}) : ignoré`,
    langGuessed: (lang) => `pas de langue dans le front matter : « ${lang} » déduite du texte`,
    langNotGuessed: 'langue introuvable (ni front matter ni texte reconnaissable) : « en » par défaut',
    langIgnored: (value) => `langue « ${value} » du front matter ignorée : ce n'est pas un code de langue`,
    langWithoutTexts: (lang) => `questions, consignes et indices écrits en anglais : pas de textes pour « ${lang} »`,
    yamlSkipped: (line, reason, detail) =>
      `ligne ${line} : bloc YAML sans carte yaml-fix : ${SKIP_REASONS.fr[reason]}${detail ? ` (${detail})` : ''}`,
    quizWithoutAnswers: (count) =>
      `quiz de ${count} questions sans correction (--answers CORRECTION.md) : bonnes réponses à vérifier, la première est marquée par défaut`,
    quizQuestionSkipped: (line, number) => `ligne ${line} : question ${number} sans carte : la correction ne donne pas sa réponse`,
  },
  en: {
    frontMatterUnreadable: (format, detail) => `unreadable ${format.toUpperCase()} front matter (${detail}): ignored`,
    langGuessed: (lang) => `no language in the front matter: "${lang}" guessed from the text`,
    langNotGuessed: 'no language found (no front matter, no recognisable text): "en" by default',
    langIgnored: (value) => `front matter language "${value}" ignored: not a language tag`,
    langWithoutTexts: (lang) => `questions, tasks and hints are written in English: there are no texts for "${lang}"`,
    yamlSkipped: (line, reason, detail) =>
      `line ${line}: YAML block without a yaml-fix card: ${SKIP_REASONS.en[reason]}${detail ? ` (${detail})` : ''}`,
    quizWithoutAnswers: (count) =>
      `a quiz of ${count} questions without its correction (--answers CORRECTION.md): right answers to check, the first choice is marked by default`,
    quizQuestionSkipped: (line, number) => `line ${line}: question ${number} gives no card: the correction does not give its answer`,
  },
};
