// The checker's messages, English and French side by side so that neither falls behind.
// `{name}` placeholders take the finding's params; `expected` and `actual` hold value types,
// translated through TYPE_NAMES.
import { say, type Catalog, type Locale } from '../i18n';
import type { ManifestFinding } from './findings';

export const MANIFEST_MESSAGES = {
  // Text encoding (before any YAML is read)
  'invalid-utf8': {
    en: 'Invalid UTF-8: byte {byte} is not part of a character (save the file as UTF-8)',
    fr: 'UTF-8 invalide : l’octet {byte} ne fait partie d’aucun caractère (enregistrez le fichier en UTF-8)',
  },
  'nul-character': {
    en: 'NUL character (byte 0x00): a manifest is text, this file is not',
    fr: 'Caractère NUL (octet 0x00) : un manifeste est du texte, ce fichier n’en est pas',
  },
  // YAML syntax
  'yaml-tab': {
    en: 'Tab character in the indentation: YAML indents with spaces only',
    fr: 'Tabulation dans l’indentation : YAML n’indente qu’avec des espaces',
  },
  'yaml-indentation': {
    en: 'Bad indentation: items of the same object or list must start at the same column',
    fr: 'Mauvaise indentation : les éléments d’un même objet ou d’une même liste doivent commencer à la même colonne',
  },
  'yaml-indentation-deeper': {
    en: 'Bad indentation: this line is indented deeper than the key above it allows (or that key lacks its ":")',
    fr: 'Mauvaise indentation : cette ligne est plus indentée que ne le permet la clé au-dessus (ou il manque le « : » de cette clé)',
  },
  'yaml-duplicate-key': {
    en: 'Duplicate key "{key}": the last value would silently replace the first',
    fr: 'Clé « {key} » en double : la dernière valeur remplacerait la première sans prévenir',
  },
  'yaml-colon-in-value': {
    en: 'A value cannot contain ": " unquoted: put the value in quotes, or write the nested object on its own indented lines',
    fr: 'Une valeur ne peut pas contenir « : » sans guillemets : mettez la valeur entre guillemets, ou écrivez l’objet imbriqué sur ses propres lignes indentées',
  },
  'yaml-reserved-character': {
    en: 'A value cannot start with "{char}" unquoted: put it in quotes',
    fr: 'Une valeur ne peut pas commencer par « {char} » sans guillemets : mettez-la entre guillemets',
  },
  'yaml-unclosed-quote': {
    en: 'This quote is never closed',
    fr: 'Ce guillemet n’est jamais fermé',
  },
  'yaml-missing-colon': {
    en: 'Missing ":" after this key',
    fr: 'Il manque « : » après cette clé',
  },
  'yaml-syntax': {
    en: 'YAML syntax error: {detail}',
    fr: 'Erreur de syntaxe YAML : {detail}',
  },
  'yaml-alias-unknown': {
    en: 'Alias *{name} names no anchor defined before it (&{name})',
    fr: 'L’alias *{name} ne désigne aucune ancre définie avant lui (&{name})',
  },
  'yaml-alias-cycle': {
    en: 'Alias *{name} is inside the node it names: it would contain itself',
    fr: 'L’alias *{name} est à l’intérieur du nœud qu’il désigne : il se contiendrait lui-même',
  },
  'yaml-merge-source': {
    en: 'A merge key (<<) takes a map or a list of maps, not a plain value',
    fr: 'Une clé de fusion (<<) prend un objet ou une liste d’objets, pas une valeur simple',
  },
  'yaml-expansion-budget': {
    en: 'This document expands its aliases and merge keys too much (over {limit} times): kubectl refuses excessive aliasing too',
    fr: 'Ce document développe trop ses alias et ses clés de fusion (plus de {limit} fois) : kubectl refuse lui aussi un tel excès d’alias',
  },
  'checker-failed': {
    en: 'KubeDeck could not check this document ({detail})',
    fr: 'KubeDeck n’a pas pu vérifier ce document ({detail})',
  },
  'value-at-least': {
    en: '"{path}" must be at least {min}, not {value}',
    fr: '« {path} » doit valoir au moins {min}, pas {value}',
  },
  'probe-success-threshold': {
    en: '"{path}" must be 1 for liveness and startup probes, not {value}',
    fr: '« {path} » doit valoir 1 pour les sondes liveness et startup, pas {value}',
  },
  'more-findings': {
    en: '…and {count, plural, one {# more problem} other {# more problems}} in this file, not listed',
    fr: '…et {count, plural, one {# autre problème dans ce fichier, non listé} other {# autres problèmes dans ce fichier, non listés}}',
  },
  'document-not-object': {
    en: 'A manifest document must be an object (key: value), not {actual}',
    fr: 'Un document de manifeste doit être un objet (clé: valeur), pas {actual}',
  },

  // apiVersion and kind
  'missing-api-version': {
    en: 'Missing apiVersion: the API server cannot tell which API this object belongs to',
    fr: 'apiVersion manquant : le serveur d’API ne peut pas savoir à quelle API appartient cet objet',
  },
  'missing-kind': {
    en: 'Missing kind: the API server cannot tell what type of object this is',
    fr: 'kind manquant : le serveur d’API ne peut pas savoir quel type d’objet c’est',
  },
  'api-version-removed': {
    en: '{apiVersion} is no longer served for {kind} (removed in {release}): use {current}',
    fr: '{apiVersion} n’est plus servi pour {kind} (retiré dans {release}) : utilisez {current}',
  },
  'api-version-removed-no-replacement': {
    en: '{apiVersion} is no longer served for {kind} (removed in {release}), and {kind} has no replacement',
    fr: '{apiVersion} n’est plus servi pour {kind} (retiré dans {release}), et {kind} n’a pas de remplaçant',
  },
  'api-version-unknown': {
    en: '{kind} is not served as {apiVersion}: use {current}',
    fr: '{kind} n’est pas servi en {apiVersion} : utilisez {current}',
  },
  'api-version-invalid': {
    en: 'Invalid apiVersion "{apiVersion}": expected version or group/version, such as v1 or apps/v1',
    fr: 'apiVersion « {apiVersion} » invalide : attendu version ou groupe/version, comme v1 ou apps/v1',
  },
  'api-version-deprecated': {
    en: '{apiVersion} {kind} is deprecated: {warning}',
    fr: '{apiVersion} {kind} est déprécié : {warning}',
  },
  'kind-unknown': {
    en: 'Unknown kind "{kind}" in {apiVersion}',
    fr: 'Type « {kind} » inconnu dans {apiVersion}',
  },
  'kind-unknown-suggestion': {
    en: 'Unknown kind "{kind}" in {apiVersion}. Did you mean "{suggestion}"?',
    fr: 'Type « {kind} » inconnu dans {apiVersion}. Vouliez-vous dire « {suggestion} » ?',
  },
  'kind-unknown-case': {
    en: 'Unknown kind "{kind}" in {apiVersion}: kinds are case-sensitive, write "{suggestion}"',
    fr: 'Type « {kind} » inconnu dans {apiVersion} : la casse compte, écrivez « {suggestion} »',
  },
  'kind-unknown-suggestion-version': {
    en: 'Unknown kind "{kind}" in {apiVersion}. Did you mean "{suggestion}" ({current})?',
    fr: 'Type « {kind} » inconnu dans {apiVersion}. Vouliez-vous dire « {suggestion} » ({current}) ?',
  },
  'kind-not-checked-builtin': {
    en: '{apiVersion} {kind} is not checked: its schema is not bundled with KubeDeck',
    fr: '{apiVersion} {kind} n’est pas vérifié : son schéma n’est pas fourni avec KubeDeck',
  },
  'kind-not-checked-newer': {
    en: '{apiVersion} {kind} is not checked: newer than the bundled schemas, or misspelt',
    fr: '{apiVersion} {kind} n’est pas vérifié : plus récent que les schémas fournis, ou mal orthographié',
  },
  'kind-not-checked-custom': {
    en: '{apiVersion} {kind} is a custom resource KubeDeck does not know: not checked (its CRD must be installed)',
    fr: '{apiVersion} {kind} est une ressource personnalisée que KubeDeck ne connaît pas : non vérifiée (sa CRD doit être installée)',
  },

  // Schema
  'schema-required': {
    en: 'Missing required field "{path}"',
    fr: 'Champ obligatoire manquant : « {path} »',
  },
  'schema-type': {
    en: '"{path}" must be {expected}, not {actual}',
    fr: '« {path} » doit être {expected}, pas {actual}',
  },
  'schema-type-quote': {
    en: '"{path}" must be {expected}, not {actual}: write "{value}" in quotes',
    fr: '« {path} » doit être {expected}, pas {actual} : écrivez "{value}" entre guillemets',
  },
  'schema-unknown-field': {
    en: 'Unknown field "{field}" ({path}): kubectl apply refuses it (strict field validation, its default; the API server on its own would drop it with a warning)',
    fr: 'Champ inconnu « {field} » ({path}) : kubectl apply le refuse (validation stricte des champs, son réglage par défaut ; le serveur d’API seul l’ignorerait avec un avertissement)',
  },
  'schema-field-newer': {
    en: '"{path}" is not checked: Kubernetes {version} added it, newer than the bundled schemas',
    fr: '« {path} » n’est pas vérifié : Kubernetes {version} l’a ajouté, après les schémas fournis',
  },
  'schema-unknown-field-suggestion': {
    en: 'Unknown field "{field}" ({path}): kubectl apply refuses it. Did you mean "{suggestion}"?',
    fr: 'Champ inconnu « {field} » ({path}) : kubectl apply le refuse. Vouliez-vous dire « {suggestion} » ?',
  },
  'schema-unknown-field-unwrap': {
    en: 'Unknown field "{field}": kubectl apply refuses it; this kind has no "{field}", its fields go one level up',
    fr: 'Champ inconnu « {field} » : kubectl apply le refuse ; ce type n’a pas de « {field} », ses champs se placent un niveau plus haut',
  },
  'schema-enum': {
    en: '"{value}" is not allowed for "{path}": expected one of {allowed}',
    fr: '« {value} » n’est pas permis pour « {path} » : attendu l’une des valeurs {allowed}',
  },
  'schema-enum-suggestion': {
    en: '"{value}" is not allowed for "{path}". Did you mean "{suggestion}"? (expected one of {allowed})',
    fr: '« {value} » n’est pas permis pour « {path} ». Vouliez-vous dire « {suggestion} » ? (valeurs permises : {allowed})',
  },
  'schema-pattern': {
    en: '"{value}" does not have the expected form for "{path}" (pattern {pattern})',
    fr: '« {value} » n’a pas la forme attendue pour « {path} » (motif {pattern})',
  },
  'schema-min-items': {
    en: '"{path}" needs at least {limit, plural, one {# item} other {# items}}',
    fr: '« {path} » demande au moins {limit, plural, one {# élément} other {# éléments}}',
  },
  'schema-max-items': {
    en: '"{path}" accepts at most {limit, plural, one {# item} other {# items}}',
    fr: '« {path} » accepte au plus {limit, plural, one {# élément} other {# éléments}}',
  },
  'schema-min-length': {
    en: '"{path}" needs at least {limit, plural, one {# character} other {# characters}}',
    fr: '« {path} » demande au moins {limit, plural, one {# caractère} other {# caractères}}',
  },
  'schema-max-length': {
    en: '"{path}" accepts at most {limit, plural, one {# character} other {# characters}}',
    fr: '« {path} » accepte au plus {limit, plural, one {# caractère} other {# caractères}}',
  },
  'schema-min-value': { en: '"{path}" must be at least {limit}, not {actual}', fr: '« {path} » doit valoir au moins {limit}, pas {actual}' },
  'schema-max-value': { en: '"{path}" must be at most {limit}, not {actual}', fr: '« {path} » doit valoir au plus {limit}, pas {actual}' },
  'invalid-quantity': {
    en: '"{value}" is not a quantity ({path}): write a number with an optional suffix such as 500Mi, 1Gi, 250m (binary suffixes end in i)',
    fr: '« {value} » n’est pas une quantité ({path}) : écrivez un nombre suivi éventuellement d’un suffixe comme 500Mi, 1Gi, 250m (les suffixes binaires finissent par i)',
  },

  // Names, labels, ports
  'invalid-name-dns-label': {
    en: '"{value}" is not a valid name ({path}): lowercase letters, digits and "-" only, starting and ending with a letter or digit, at most 63 characters',
    fr: '« {value} » n’est pas un nom valide ({path}) : minuscules, chiffres et « - » seulement, en commençant et finissant par une lettre ou un chiffre, 63 caractères au plus',
  },
  'invalid-name-dns-subdomain': {
    en: '"{value}" is not a valid name ({path}): lowercase letters, digits, "-" and "." only, each part starting and ending with a letter or digit',
    fr: '« {value} » n’est pas un nom valide ({path}) : minuscules, chiffres, « - » et « . » seulement, chaque partie commençant et finissant par une lettre ou un chiffre',
  },
  'invalid-name-dns-1035-label': {
    en: '"{value}" is not a valid name ({path}): lowercase letters, digits and "-" only, starting with a letter, at most 63 characters',
    fr: '« {value} » n’est pas un nom valide ({path}) : minuscules, chiffres et « - » seulement, en commençant par une lettre, 63 caractères au plus',
  },
  'invalid-label-key': {
    en: 'Invalid label key "{key}" ({path}): name or prefix/name, with letters, digits, "-", "_" and "."',
    fr: 'Clé de label « {key} » invalide ({path}) : nom ou préfixe/nom, avec lettres, chiffres, « - », « _ » et « . »',
  },
  'invalid-label-value': {
    en: 'Invalid label value "{value}" ({path}): at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit',
    fr: 'Valeur de label « {value} » invalide ({path}) : 63 caractères au plus parmi lettres, chiffres, « - », « _ » et « . », en commençant et finissant par une lettre ou un chiffre',
  },
  'invalid-annotation': {
    en: 'Invalid annotation key "{key}" ({path}): name or prefix/name, such as example.com/my-note',
    fr: 'Clé d’annotation « {key} » invalide ({path}) : nom ou préfixe/nom, comme example.com/ma-note',
  },
  'port-range': {
    en: 'Port {value} is out of range ({path}): ports go from 1 to 65535',
    fr: 'Le port {value} est hors limites ({path}) : les ports vont de 1 à 65535',
  },
  'end-port-needs-number': {
    en: '"{path}" needs a numeric port to start the range',
    fr: '« {path} » demande un port numérique pour commencer la plage',
  },
  'end-port-before-port': {
    en: 'endPort {value} is lower than port {port} ({path})',
    fr: 'endPort {value} est inférieur au port {port} ({path})',
  },
  'invalid-port-name': {
    en: 'Invalid port name "{value}" ({path}): at most 15 lowercase letters, digits and "-", with at least one letter',
    fr: 'Nom de port « {value} » invalide ({path}) : 15 caractères au plus parmi minuscules, chiffres et « - », dont au moins une lettre',
  },
  'metadata-name-required': {
    en: 'Missing metadata.name: every object needs a name (or metadata.generateName)',
    fr: 'metadata.name manquant : tout objet a besoin d’un nom (ou de metadata.generateName)',
  },
  'namespace-ignored': {
    en: '{kind} is not namespaced: metadata.namespace "{value}" is ignored',
    fr: '{kind} n’appartient à aucun namespace : metadata.namespace « {value} » est ignoré',
  },
  'placeholder-value': {
    en: '"{value}" is a placeholder from an example ({path}): replace it with a real value',
    fr: '« {value} » est un espace réservé tiré d’un exemple ({path}) : remplacez-le par une vraie valeur',
  },
  'duplicate-object': {
    en: '{kind} "{name}" is already defined in this file (document {first}): the second one would replace the first',
    fr: '{kind} « {name} » est déjà défini dans ce fichier (document {first}) : le second remplacerait le premier',
  },

  // Pods
  'containers-required': {
    en: 'A pod needs at least one container ({path})',
    fr: 'Un pod a besoin d’au moins un conteneur ({path})',
  },
  'duplicate-container-name': {
    en: 'Container name "{value}" is used twice in this pod (see {first})',
    fr: 'Le nom de conteneur « {value} » est utilisé deux fois dans ce pod (voir {first})',
  },
  'container-image-required': {
    en: 'Missing container image ({path})',
    fr: 'Image de conteneur manquante ({path})',
  },
  'duplicate-volume-name': {
    en: 'Volume name "{value}" is used twice in this pod (see {first})',
    fr: 'Le nom de volume « {value} » est utilisé deux fois dans ce pod (voir {first})',
  },
  'volume-source-missing': {
    en: 'This volume has no source ({path}): give one, such as emptyDir, hostPath, persistentVolumeClaim, configMap or secret',
    fr: 'Ce volume n’a pas de source ({path}) : indiquez-en une, comme emptyDir, hostPath, persistentVolumeClaim, configMap ou secret',
  },
  'volume-source-several': {
    en: 'A volume has exactly one source, and this one has "{first}" and "{second}" ({path})',
    fr: 'Un volume a une seule source, et celui-ci a « {first} » et « {second} » ({path})',
  },
  'deprecated-volume-type': {
    en: 'The in-tree "{type}" volume plugin is deprecated or removed from current Kubernetes: use its CSI driver',
    fr: 'Le plugin de volume intégré « {type} » est déprécié ou retiré des Kubernetes actuels : utilisez son pilote CSI',
  },
  'duplicate-port-name': {
    en: 'Port name "{value}" is used twice (see {first})',
    fr: 'Le nom de port « {value} » est utilisé deux fois (voir {first})',
  },
  'duplicate-mount-path': {
    en: 'Mount path "{value}" is used twice in this container (see {first})',
    fr: 'Le point de montage « {value} » est utilisé deux fois dans ce conteneur (voir {first})',
  },
  'volume-mount-unknown-volume': {
    en: 'volumeMount "{value}" names no volume of the pod (volumes: {volumes})',
    fr: 'Le volumeMount « {value} » ne désigne aucun volume du pod (volumes : {volumes})',
  },
  'volume-mount-unknown-volume-suggestion': {
    en: 'volumeMount "{value}" names no volume of the pod. Did you mean "{suggestion}"?',
    fr: 'Le volumeMount « {value} » ne désigne aucun volume du pod. Vouliez-vous dire « {suggestion} » ?',
  },
  'invalid-sub-path-absolute': {
    en: 'subPath "{value}" must be relative to the volume root: remove the leading "/"',
    fr: 'subPath « {value} » doit être relatif à la racine du volume : retirez le « / » du début',
  },
  'invalid-sub-path-parent': {
    en: 'subPath "{value}" must not contain ".." ({path})',
    fr: 'subPath « {value} » ne doit pas contenir « .. » ({path})',
  },
  'invalid-sub-path-both': {
    en: 'subPath and subPathExpr cannot be used together ({path})',
    fr: 'subPath et subPathExpr ne peuvent pas être utilisés ensemble ({path})',
  },

  // Workloads
  'selector-mismatch': {
    en: 'The selector ({selector}) wants {key}={value}, but the pod template has {key}={actual}: the selector must match the template labels',
    fr: 'Le sélecteur ({selector}) veut {key}={value}, mais le modèle de pod a {key}={actual} : le sélecteur doit correspondre aux labels du modèle',
  },
  'selector-label-missing': {
    en: 'The selector ({selector}) wants {key}={value}, but the pod template has no label {key}: the selector must match the template labels',
    fr: 'Le sélecteur ({selector}) veut {key}={value}, mais le modèle de pod n’a pas de label {key} : le sélecteur doit correspondre aux labels du modèle',
  },
  'selector-expression-mismatch': {
    en: 'The pod template labels do not satisfy the selector expression {selector}',
    fr: 'Les labels du modèle de pod ne satisfont pas l’expression du sélecteur {selector}',
  },
  'selector-empty': {
    en: 'An empty selector ({path}) is refused: select the pod template labels with matchLabels',
    fr: 'Un sélecteur vide ({path}) est refusé : sélectionnez les labels du modèle de pod avec matchLabels',
  },

  'rolling-update-forbidden': {
    en: '"{path}" is only allowed when the strategy type is RollingUpdate, not {type}',
    fr: '« {path} » n’est permis que si le type de stratégie est RollingUpdate, pas {type}',
  },
  'rolling-update-both-zero': {
    en: '"{path}" may not be 0 when maxSurge is 0: the rollout could never replace a pod',
    fr: '« {path} » ne peut pas valoir 0 quand maxSurge vaut 0 : le déploiement ne pourrait remplacer aucun pod',
  },
  'rolling-update-both-set': {
    en: '"{path}" may not be set when {other} is not 0: a DaemonSet either adds a pod before removing one (maxSurge) or removes first (maxUnavailable, 1 by default); set the other to 0',
    fr: '« {path} » ne peut pas être renseigné quand {other} ne vaut pas 0 : un DaemonSet ajoute un pod avant d’en retirer un (maxSurge) ou retire d’abord (maxUnavailable, 1 par défaut) ; mettez l’autre à 0',
  },
  'progress-deadline': {
    en: '"{path}" must be greater than minReadySeconds ({min}), not {value}',
    fr: '« {path} » doit être supérieur à minReadySeconds ({min}), pas {value}',
  },
  'int-or-percent': {
    en: '"{value}" is neither a whole number nor a percentage such as 25% ({path})',
    fr: '« {value} » n’est ni un nombre entier ni un pourcentage comme 25 % ({path})',
  },
  'percent-over-100': {
    en: '"{path}" must not be more than 100%, not {value}',
    fr: '« {path} » ne doit pas dépasser 100 %, pas {value}',
  },
  'selector-operator': {
    en: '"{value}" is not a selector operator ({path}): expected one of {allowed}',
    fr: '« {value} » n’est pas un opérateur de sélecteur ({path}) : attendu l’un de {allowed}',
  },
  'selector-values-required': {
    en: 'Operator {operator} needs at least one value ({path})',
    fr: 'L’opérateur {operator} demande au moins une valeur ({path})',
  },
  'selector-values-forbidden': {
    en: 'Operator {operator} takes no values: remove {path}',
    fr: 'L’opérateur {operator} ne prend pas de valeurs : retirez {path}',
  },
  'selector-values-single': {
    en: 'Operator {operator} compares exactly one value ({path})',
    fr: 'L’opérateur {operator} compare une seule valeur ({path})',
  },
  'selector-values-integer': {
    en: 'Operator {operator} compares integers, not "{value}" ({path})',
    fr: 'L’opérateur {operator} compare des entiers, pas « {value} » ({path})',
  },
  'resource-name': {
    en: '"{value}" is not a container resource ({path}): use cpu, memory, ephemeral-storage, hugepages-<size>, or a domain-prefixed extended resource such as nvidia.com/gpu',
    fr: '« {value} » n’est pas une ressource de conteneur ({path}) : utilisez cpu, memory, ephemeral-storage, hugepages-<taille>, ou une ressource étendue préfixée par un domaine comme nvidia.com/gpu',
  },
  'resource-request-over-limit': {
    en: 'The {resource} request ({request}) is more than its limit ({limit}): a request must be less than or equal to the limit ({path})',
    fr: 'La demande de {resource} ({request}) dépasse sa limite ({limit}) : une demande doit être inférieure ou égale à la limite ({path})',
  },
  'resource-extended-not-equal': {
    en: 'The {resource} request ({request}) must equal its limit ({limit}): {resource} cannot be overcommitted ({path})',
    fr: 'La demande de {resource} ({request}) doit être égale à sa limite ({limit}) : {resource} ne se surréserve pas ({path})',
  },
  'resource-extended-no-limit': {
    en: '{resource} is requested without a limit: it cannot be overcommitted, so give limits.{resource} too, equal to the request ({path})',
    fr: '{resource} est demandé sans limite : cette ressource ne se surréserve pas, indiquez donc aussi limits.{resource}, égale à la demande ({path})',
  },
  'resource-integer': {
    en: '{resource} is counted in whole units, not {value} ({path})',
    fr: '{resource} se compte en unités entières, pas {value} ({path})',
  },
  'handler-missing': {
    en: '"{path}" needs a handler: one of {handlers}',
    fr: '« {path} » a besoin d’un gestionnaire : l’un de {handlers}',
  },
  'handler-several': {
    en: '"{path}" has exactly one handler, and this one has "{first}" and "{second}"',
    fr: '« {path} » n’a qu’un seul gestionnaire, et celui-ci a « {first} » et « {second} »',
  },
  'env-value-and-value-from': {
    en: '"{path}" has both value and valueFrom: give one or the other',
    fr: '« {path} » a à la fois value et valueFrom : indiquez l’un ou l’autre',
  },
  'env-value-from-none': {
    en: '"{path}" needs a source: one of {sources}',
    fr: '« {path} » a besoin d’une source : l’une de {sources}',
  },
  'env-value-from-several': {
    en: '"{path}" takes its value from one source, and this one has "{first}" and "{second}"',
    fr: '« {path} » prend sa valeur d’une seule source, et celle-ci a « {first} » et « {second} »',
  },
  'toleration-empty-key': {
    en: 'A toleration without a key tolerates every taint: its operator must be Exists ({path})',
    fr: 'Une tolérance sans clé tolère toutes les teintes : son opérateur doit être Exists ({path})',
  },
  'toleration-exists-value': {
    en: 'Operator Exists matches any value: remove value "{value}" ({path})',
    fr: 'L’opérateur Exists accepte toutes les valeurs : retirez la valeur « {value} » ({path})',
  },
  'toleration-seconds-effect': {
    en: '"{path}" only applies to the NoExecute effect',
    fr: '« {path} » ne s’applique qu’à l’effet NoExecute',
  },
  'file-mode': {
    en: '"{path}" must be a file mode from 0 to 0777 (octal), not {value}',
    fr: '« {path} » doit être un mode de fichier de 0 à 0777 (en octal), pas {value}',
  },

  // Jobs and CronJobs
  'job-restart-policy': {
    en: 'A Job’s pods must have restartPolicy Never or OnFailure, not {value}',
    fr: 'Les pods d’un Job doivent avoir restartPolicy Never ou OnFailure, pas {value}',
  },
  'job-restart-policy-missing': {
    en: 'A Job’s pod template needs restartPolicy Never or OnFailure ({path}): the default, Always, is refused for Jobs',
    fr: 'Le modèle de pod d’un Job doit indiquer restartPolicy Never ou OnFailure ({path}) : la valeur par défaut, Always, est refusée pour un Job',
  },
  'cron-schedule-fields': {
    en: '"{value}" is not a cron schedule: 5 fields expected (minute hour day-of-month month day-of-week), or @yearly, @monthly, @weekly, @daily, @hourly, @every <duration>',
    fr: '« {value} » n’est pas une planification cron : 5 champs attendus (minute heure jour-du-mois mois jour-de-la-semaine), ou @yearly, @monthly, @weekly, @daily, @hourly, @every <durée>',
  },
  'cron-schedule-field': {
    en: 'In schedule "{value}", the {field} field "{part}" is invalid: values from {min} to {max}, "*", ranges a-b, lists a,b and steps */n',
    fr: 'Dans la planification « {value} », le champ {field} « {part} » est invalide : valeurs de {min} à {max}, « * », plages a-b, listes a,b et pas */n',
  },
  'cron-schedule-descriptor': {
    en: '"{value}" is not a schedule descriptor: @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or @every <duration> such as @every 1h30m',
    fr: '« {value} » n’est pas un raccourci de planification : @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly ou @every <durée> comme @every 1h30m',
  },
  'cron-schedule-timezone': {
    en: 'A time zone in the schedule ("{value}") is refused: set spec.timeZone instead',
    fr: 'Un fuseau horaire dans la planification (« {value} ») est refusé : renseignez plutôt spec.timeZone',
  },
  'cronjob-name-length': {
    en: 'A CronJob name has at most 52 characters (its Jobs add 11), and "{value}" has {length}',
    fr: 'Le nom d’un CronJob a au plus 52 caractères (ses Jobs en ajoutent 11), et « {value} » en a {length}',
  },

  'restart-policy': {
    en: 'A {kind} restarts its pods itself: restartPolicy must be Always, not {value}',
    fr: 'Un {kind} redémarre lui-même ses pods : restartPolicy doit valoir Always, pas {value}',
  },

  // Storage
  'pvc-storage-request': {
    en: 'A PersistentVolumeClaim must request a size: {path} (such as 1Gi)',
    fr: 'Une PersistentVolumeClaim doit demander une taille : {path} (par exemple 1Gi)',
  },
  'pv-capacity': {
    en: 'A PersistentVolume must give its size: {path} (such as 10Gi)',
    fr: 'Un PersistentVolume doit indiquer sa taille : {path} (par exemple 10Gi)',
  },
  'pv-local-node-affinity': {
    en: 'A local PersistentVolume needs {path}: the node that holds the disk',
    fr: 'Un PersistentVolume local a besoin de {path} : le nœud qui porte le disque',
  },
  'pv-recycle': {
    en: 'The Recycle reclaim policy is only supported by nfs and hostPath volumes ({path})',
    fr: 'La politique Recycle n’est prise en charge que par les volumes nfs et hostPath ({path})',
  },
  'access-modes-required': {
    en: 'At least one access mode is required ({path}): ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod',
    fr: 'Au moins un mode d’accès est obligatoire ({path}) : ReadWriteOnce, ReadOnlyMany, ReadWriteMany ou ReadWriteOncePod',
  },
  'access-modes-once-pod': {
    en: 'ReadWriteOncePod cannot be combined with other access modes ({path})',
    fr: 'ReadWriteOncePod ne peut pas être combiné avec d’autres modes d’accès ({path})',
  },
  'storageclass-reclaim-policy': {
    en: 'A StorageClass reclaimPolicy is Delete or Retain, not "{value}"',
    fr: 'La reclaimPolicy d’une StorageClass vaut Delete ou Retain, pas « {value} »',
  },

  // Services
  'service-external-name': {
    en: 'A Service of type ExternalName needs {path}',
    fr: 'Un Service de type ExternalName a besoin de {path}',
  },
  'service-ports-required': {
    en: 'A Service needs at least one port ({path})',
    fr: 'Un Service a besoin d’au moins un port ({path})',
  },
  'duplicate-port': {
    en: 'Port {value} is declared twice in this Service (see {first})',
    fr: 'Le port {value} est déclaré deux fois dans ce Service (voir {first})',
  },
  'service-port-names': {
    en: 'A Service with several ports must name each of them ({path} is missing)',
    fr: 'Un Service à plusieurs ports doit nommer chacun d’eux ({path} manque)',
  },
  'node-port-type': {
    en: 'nodePort is only allowed for Services of type NodePort or LoadBalancer, not {type} ({path})',
    fr: 'nodePort n’est permis que pour les Services de type NodePort ou LoadBalancer, pas {type} ({path})',
  },
  'node-port-range': {
    en: 'nodePort {value} is outside the node port range {min}-{max} (the API server default)',
    fr: 'nodePort {value} est hors de la plage des ports de nœud {min}-{max} (valeur par défaut du serveur d’API)',
  },
  'external-traffic-policy-type': {
    en: 'externalTrafficPolicy only applies to Services reachable from outside the cluster (NodePort, LoadBalancer, or with externalIPs), not type {type}',
    fr: 'externalTrafficPolicy ne s’applique qu’aux Services joignables depuis l’extérieur du cluster (NodePort, LoadBalancer, ou avec externalIPs), pas au type {type}',
  },
  'cluster-ip-none-type': {
    en: 'clusterIP: None (a headless Service) is not allowed with type {type}',
    fr: 'clusterIP: None (un Service headless) n’est pas permis avec le type {type}',
  },
  'cluster-ip-external-name': {
    en: 'A Service of type ExternalName has no cluster IP: remove {path}',
    fr: 'Un Service de type ExternalName n’a pas d’IP de cluster : retirez {path}',
  },
  'deprecated-load-balancer-ip': {
    en: 'spec.loadBalancerIP is deprecated: use your load balancer\'s annotation (MetalLB: metallb.io/loadBalancerIPs)',
    fr: 'spec.loadBalancerIP est déprécié : utilisez l’annotation de votre load balancer (MetalLB : metallb.io/loadBalancerIPs)',
  },

  // Ingress and IngressClass
  'ingress-rules-or-backend': {
    en: 'An Ingress needs rules or a defaultBackend',
    fr: 'Un Ingress a besoin de rules ou d’un defaultBackend',
  },
  'ingress-class-conflict': {
    en: 'The {path} annotation ("{annotation}") contradicts spec.ingressClassName ("{className}"): keep only ingressClassName',
    fr: 'L’annotation {path} (« {annotation} ») contredit spec.ingressClassName (« {className} ») : ne gardez que ingressClassName',
  },
  'deprecated-annotation': {
    en: 'The {annotation} annotation is deprecated: use {replacement}',
    fr: 'L’annotation {annotation} est dépréciée : utilisez {replacement}',
  },
  'ingress-host-ip': {
    en: 'An Ingress host must be a DNS name, not an IP address ("{value}"): omit host to match every request',
    fr: 'L’hôte d’un Ingress doit être un nom DNS, pas une adresse IP (« {value} ») : omettez host pour accepter toutes les requêtes',
  },
  'ingress-host-wildcard': {
    en: 'Invalid wildcard host "{value}": "*" may only be the whole first label, as in *.example.com',
    fr: 'Hôte joker « {value} » invalide : « * » ne peut être que le premier label entier, comme *.example.com',
  },
  'ingress-host-invalid': {
    en: 'Invalid host "{value}" ({path}): a DNS name in lowercase letters, digits, "-" and "."',
    fr: 'Hôte « {value} » invalide ({path}) : un nom DNS en minuscules, chiffres, « - » et « . »',
  },
  'ingress-path-absolute': {
    en: 'With pathType {pathType}, the path must start with "/" ({path})',
    fr: 'Avec pathType {pathType}, le chemin doit commencer par « / » ({path})',
  },
  'ingress-path-sequence': {
    en: 'The path "{value}" must not contain "{sequence}"',
    fr: 'Le chemin « {value} » ne doit pas contenir « {sequence} »',
  },
  'ingress-backend-both': {
    en: 'A backend names either a service or a resource, not both ({path})',
    fr: 'Un backend désigne soit un service, soit une ressource, pas les deux ({path})',
  },
  'ingress-backend-none': {
    en: 'A backend needs a service (name and port) or a resource ({path})',
    fr: 'Un backend a besoin d’un service (nom et port) ou d’une ressource ({path})',
  },
  'ingress-service-port-missing': {
    en: 'The backend service needs a port: {path}.number or {path}.name',
    fr: 'Le service du backend a besoin d’un port : {path}.number ou {path}.name',
  },
  'ingress-service-port-both': {
    en: 'The backend port is given by number or by name, not both ({path})',
    fr: 'Le port du backend se donne par numéro ou par nom, pas les deux ({path})',
  },
  'ingressclass-controller-required': {
    en: 'An IngressClass must name its controller: {path} (such as k8s.io/ingress-nginx)',
    fr: 'Une IngressClass doit nommer son contrôleur : {path} (par exemple k8s.io/ingress-nginx)',
  },
  'ingressclass-controller-format': {
    en: 'The controller "{value}" must be a domain-prefixed path, such as k8s.io/ingress-nginx',
    fr: 'Le contrôleur « {value} » doit être un chemin préfixé par un domaine, comme k8s.io/ingress-nginx',
  },
  'ingressclass-parameters-namespace-required': {
    en: 'Parameters with scope Namespace need {path}',
    fr: 'Des paramètres de portée Namespace ont besoin de {path}',
  },
  'ingressclass-parameters-namespace-forbidden': {
    en: 'Parameters with scope Cluster (the default) cannot have {path}: set scope: Namespace',
    fr: 'Des paramètres de portée Cluster (par défaut) ne peuvent pas avoir {path} : indiquez scope: Namespace',
  },

  // NetworkPolicy
  'netpol-peer-empty': {
    en: 'This peer selects nothing ({path}): give podSelector, namespaceSelector or ipBlock',
    fr: 'Ce pair ne sélectionne rien ({path}) : indiquez podSelector, namespaceSelector ou ipBlock',
  },
  'netpol-peer-ipblock': {
    en: 'ipBlock cannot be combined with {selector} in the same peer: make them two items of the list (two items mean OR)',
    fr: 'ipBlock ne peut pas être combiné avec {selector} dans le même pair : faites-en deux éléments de la liste (deux éléments signifient OU)',
  },
  'invalid-cidr': {
    en: '"{value}" is not a CIDR block such as 10.0.0.0/16 ({path})',
    fr: '« {value} » n’est pas un bloc CIDR comme 10.0.0.0/16 ({path})',
  },

  // Secrets and ConfigMaps
  'secret-data-base64': {
    en: 'Secret data must be base64-encoded ({path}): encode it, or move it to stringData',
    fr: 'Les données d’un Secret doivent être encodées en base64 ({path}) : encodez-les, ou passez-les dans stringData',
  },
  'secret-type-keys': {
    en: 'A Secret of type {type} must have the key "{key}"',
    fr: 'Un Secret de type {type} doit avoir la clé « {key} »',
  },
  'invalid-data-key': {
    en: 'Invalid key "{key}" ({path}): letters, digits, "-", "_" and "." only',
    fr: 'Clé « {key} » invalide ({path}) : lettres, chiffres, « - », « _ » et « . » seulement',
  },

  // cert-manager and MetalLB
  'issuer-type-missing': {
    en: 'An issuer needs one way of issuing ({path}): one of {types}',
    fr: 'Un émetteur a besoin d’une façon d’émettre ({path}) : l’une de {types}',
  },
  'issuer-type-several': {
    en: 'An issuer has exactly one type, and this one has "{first}" and "{second}"',
    fr: 'Un émetteur a un seul type, et celui-ci a « {first} » et « {second} »',
  },
  'certificate-identity': {
    en: 'A Certificate must say what it certifies: at least one of {fields}',
    fr: 'Un Certificate doit dire ce qu’il certifie : au moins l’un de {fields}',
  },
  'metallb-address': {
    en: '"{value}" is neither a CIDR (192.168.10.0/24) nor a range (192.168.9.1-192.168.9.5) ({path})',
    fr: '« {value} » n’est ni un CIDR (192.168.10.0/24) ni une plage (192.168.9.1-192.168.9.5) ({path})',
  },

  // Across documents
  'service-selector-unmatched': {
    en: 'This selector ({selector}) matches no pod template in this file: the Service would have no endpoints',
    fr: 'Ce sélecteur ({selector}) ne correspond à aucun modèle de pod de ce fichier : le Service n’aurait aucun endpoint',
  },
  'ingress-backend-service-missing': {
    en: 'No Service "{value}" in this file (Services: {services})',
    fr: 'Aucun Service « {value} » dans ce fichier (Services : {services})',
  },
  'ingress-backend-port-missing': {
    en: 'Service "{service}" has no port {value} (ports: {ports})',
    fr: 'Le Service « {service} » n’a pas de port {value} (ports : {ports})',
  },
  'ingress-tls-host-unmatched': {
    en: 'TLS host "{value}" matches no rule host: the certificate would serve no rule',
    fr: 'L’hôte TLS « {value} » ne correspond à l’hôte d’aucune règle : le certificat ne servirait aucune règle',
  },

  // Gateway API (the CEL rules of its CRDs)
  'gateway-listener-duplicate': {
    en: 'Listener name "{value}" is already used by {first}: listener names must be unique within a Gateway',
    fr: 'Le nom d’écouteur « {value} » est déjà pris par {first} : chaque écouteur d’une Gateway a son propre nom',
  },
  'gateway-listener-conflict': {
    en: '{path} has the same port, protocol and hostname as {first}: the Gateway could not tell them apart',
    fr: '{path} a le même port, le même protocole et le même nom d’hôte que {first} : la Gateway ne saurait pas les distinguer',
  },
  'gateway-listener-tls-forbidden': {
    en: '"{path}" is not allowed with protocol {protocol}: TLS settings go on HTTPS or TLS listeners',
    fr: '« {path} » n’est pas permis avec le protocole {protocol} : les réglages TLS vont sur un écouteur HTTPS ou TLS',
  },
  'gateway-listener-hostname-forbidden': {
    en: '"{path}" is not allowed with protocol {protocol}: TCP and UDP carry no host name to match',
    fr: '« {path} » n’est pas permis avec le protocole {protocol} : TCP et UDP ne portent pas de nom d’hôte à comparer',
  },
  'gateway-listener-https-passthrough': {
    en: '"{path}" must be Terminate for an HTTPS listener: for Passthrough, use protocol TLS',
    fr: '« {path} » doit valoir Terminate pour un écouteur HTTPS : pour Passthrough, utilisez le protocole TLS',
  },
  'gateway-listener-tls-mode': {
    en: 'A TLS listener needs "{path}" (Terminate or Passthrough)',
    fr: 'Un écouteur TLS doit indiquer « {path} » (Terminate ou Passthrough)',
  },
  'gateway-listener-certificate': {
    en: 'TLS termination needs a certificate: set "{path}" (a Secret of type kubernetes.io/tls)',
    fr: 'Terminer TLS demande un certificat : renseignez « {path} » (un Secret de type kubernetes.io/tls)',
  },
  'gateway-parent-ref-ambiguous': {
    en: '{path} references the same parent as {first}: give each a different sectionName or port',
    fr: '{path} désigne le même parent que {first} : donnez à chacun une sectionName ou un port différent',
  },
  'gateway-path-absolute': {
    en: 'Path "{value}" must start with "/" for match type {type} ({path})',
    fr: 'Le chemin « {value} » doit commencer par « / » pour le type de correspondance {type} ({path})',
  },
  'gateway-filter-field-missing': {
    en: 'A filter of type {type} needs its "{field}" settings ({path})',
    fr: 'Un filtre de type {type} demande ses réglages « {field} » ({path})',
  },
  'gateway-filter-field-mismatch': {
    en: '"{path}" does not belong in a filter of type {type}: a filter holds the settings of its own type only',
    fr: '« {path} » n’a pas sa place dans un filtre de type {type} : un filtre ne porte que les réglages de son type',
  },
  'gateway-filter-repeated': {
    en: 'Filter {type} appears twice ({first} and {path}): merge them into one',
    fr: 'Le filtre {type} apparaît deux fois ({first} et {path}) : réunissez-les en un seul',
  },
  'gateway-filter-redirect-and-rewrite': {
    en: 'A rule cannot both redirect (RequestRedirect) and rewrite (URLRewrite) ({path})',
    fr: 'Une règle ne peut pas à la fois rediriger (RequestRedirect) et réécrire (URLRewrite) ({path})',
  },
  'gateway-redirect-with-backends': {
    en: 'A RequestRedirect filter answers the client itself: it cannot be used with backendRefs ({path})',
    fr: 'Un filtre RequestRedirect répond lui-même au client : il ne peut pas aller avec des backendRefs ({path})',
  },
  'gateway-backend-port': {
    en: 'A backendRef to a Service needs "{path}"',
    fr: 'Un backendRef vers un Service doit indiquer « {path} »',
  },

  // The challenge's own assertions
  'expect-equals': {
    en: 'Expected {path} to be {expected}, found {actual}',
    fr: '{path} devrait valoir {expected}, trouvé {actual}',
  },
  'expect-missing': {
    en: 'Expected {path} to be set',
    fr: '{path} devrait être renseigné',
  },
  'expect-present': {
    en: 'Expected {path} not to be set',
    fr: '{path} ne devrait pas être renseigné',
  },
  'expect-kind-missing': {
    en: 'No {kind} in the manifest to check {path}',
    fr: 'Aucun {kind} dans le manifeste pour vérifier {path}',
  },
  'expect-path-invalid': {
    en: 'Invalid expectation path "{path}"',
    fr: 'Chemin d’attente « {path} » invalide',
  },
} satisfies Catalog;

export type MessageId = keyof typeof MANIFEST_MESSAGES;

/** Value types as the messages name them. */
export const TYPE_NAMES: Catalog = {
  object: { en: 'an object (key: value)', fr: 'un objet (clé: valeur)' },
  array: { en: 'a list', fr: 'une liste' },
  string: { en: 'a string', fr: 'une chaîne' },
  integer: { en: 'an integer', fr: 'un entier' },
  number: { en: 'a number', fr: 'un nombre' },
  boolean: { en: 'a boolean (true or false)', fr: 'un booléen (true ou false)' },
  null: { en: 'empty', fr: 'vide' },
  'int-or-string': { en: 'a port number or name', fr: 'un numéro ou un nom de port' },
  quantity: { en: 'a quantity such as 1Gi', fr: 'une quantité comme 1Gi' },
};

/** The fields of a cron schedule, as cron-schedule-field names them. */
export const CRON_FIELD_NAMES: Catalog = {
  minute: { en: 'minute', fr: 'des minutes' },
  hour: { en: 'hour', fr: 'des heures' },
  'day-of-month': { en: 'day-of-month', fr: 'du jour du mois' },
  month: { en: 'month', fr: 'du mois' },
  'day-of-week': { en: 'day-of-week', fr: 'du jour de la semaine' },
};

/** Messages whose `expected` and `actual` params are value types, named in the reader's language. */
const TYPE_MESSAGES = new Set<MessageId>(['schema-type', 'schema-type-quote', 'document-not-object']);

/** The finding's message in `locale`. */
export function formatFinding(finding: Pick<ManifestFinding, 'message' | 'params'>, locale: Locale): string {
  const params = { ...finding.params };
  if (TYPE_MESSAGES.has(finding.message)) {
    for (const name of ['expected', 'actual']) if (Object.hasOwn(TYPE_NAMES, String(params[name]))) params[name] = TYPE_NAMES[String(params[name])][locale];
  }
  if (finding.message === 'cron-schedule-field' && Object.hasOwn(CRON_FIELD_NAMES, String(params.field))) params.field = CRON_FIELD_NAMES[String(params.field)][locale];
  return say(MANIFEST_MESSAGES[finding.message], locale, params);
}

/** Every message id, for tests that check both catalogs. */
export const MESSAGE_IDS = Object.keys(MANIFEST_MESSAGES) as MessageId[];

