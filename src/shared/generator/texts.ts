// What the generator writes itself, in French and English: card texts in the deck's language,
// notes for the trainer in the language of the messages.
import type { Locale } from '../i18n';
import type { MutationKind } from './mutations';

export interface CardTexts {
  /** A basic card's question, asking for the role of a term (Markdown). */
  basicFront(term: string): string;
  /** A yaml-fix task, naming the objects of the manifest (e.g. "Pod `web`"). */
  yamlFixTask(objects: string): string;
  /** Hints for each mutation kind, vaguest first: the app shows them one at a time. */
  hints: Record<MutationKind, string[]>;
  deckDescription(title: string): string;
  draftComment(file: string): string;
  originComment: string;
}

export const CARD_TEXTS: Record<'fr' | 'en', CardTexts> = {
  fr: {
    basicFront: (term) => `À quoi sert ${term} ?`,
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
    deckDescription: (title) => `Brouillon de cartes généré à partir du chapitre « ${title} ».`,
    draftComment: (file) => `Brouillon généré depuis ${file} par \`kubedeck generate\` : à relire et corriger à la main.`,
    originComment: 'Après avoir retouché une carte, passez son `origin` à `generated-edited`.',
  },
  en: {
    basicFront: (term) => `What is ${term} for?`,
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
    deckDescription: (title) => `Draft cards generated from the chapter "${title}".`,
    draftComment: (file) => `Draft generated from ${file} by \`kubedeck generate\`: review and edit it by hand.`,
    originComment: 'Once you have edited a card, set its `origin` to `generated-edited`.',
  },
};

/** Why a YAML block gave no yaml-fix draft. */
export type SkipReason = 'syntax' | 'template' | 'empty' | 'not-a-manifest' | 'no-mutation';

export interface NoteTexts {
  frontMatterUnreadable(format: string, detail: string): string;
  langGuessed(lang: string): string;
  langNotGuessed: string;
  langIgnored(value: string): string;
  langWithoutTexts(lang: string): string;
  yamlSkipped(line: number, reason: SkipReason, detail: string): string;
}

const SKIP_REASONS: Record<Locale, Record<SkipReason, string>> = {
  fr: {
    syntax: 'YAML invalide',
    template: 'gabarit ({{ … }}), pas un manifeste',
    empty: 'bloc vide',
    'not-a-manifest': 'pas un manifeste Kubernetes (apiVersion et kind manquants)',
    'no-mutation': 'aucune erreur connue à y introduire',
  },
  en: {
    syntax: 'invalid YAML',
    template: 'a template ({{ … }}), not a manifest',
    empty: 'empty block',
    'not-a-manifest': 'not a Kubernetes manifest (no apiVersion and kind)',
    'no-mutation': 'no known mistake fits it',
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
  },
  en: {
    frontMatterUnreadable: (format, detail) => `unreadable ${format.toUpperCase()} front matter (${detail}): ignored`,
    langGuessed: (lang) => `no language in the front matter: "${lang}" guessed from the text`,
    langNotGuessed: 'no language found (no front matter, no recognisable text): "en" by default',
    langIgnored: (value) => `front matter language "${value}" ignored: not a language tag`,
    langWithoutTexts: (lang) => `questions, tasks and hints are written in English: there are no texts for "${lang}"`,
    yamlSkipped: (line, reason, detail) =>
      `line ${line}: YAML block without a yaml-fix card: ${SKIP_REASONS.en[reason]}${detail ? ` (${detail})` : ''}`,
  },
};
