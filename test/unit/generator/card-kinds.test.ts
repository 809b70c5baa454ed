// Each card kind the generator drafts from a chapter's structure, and each quality filter, on a
// small Markdown sample.
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import type { Card, Deck } from '../../../src/shared/decks/types';
import { generateDeck } from '../../../src/shared/generator';
import { filterReason } from '../../../src/shared/generator/filters';
import { checkManifest } from '../../../src/shared/manifest/check';

function generate(markdown: string, answers?: string) {
  const generated = generateDeck(markdown, { fileName: 'sample.md', lang: 'fr', answers });
  const parsed = parseDeck(generated.yaml, 'sample.yaml', { checkManifest: (text, expect) => checkManifest(text, { expect }) });
  expect(parsed.problems).toEqual([]);
  return generated;
}

function cardsOf<T extends Card['type']>(deck: Deck, type: T): Extract<Card, { type: T }>[] {
  return deck.cards.filter((card): card is Extract<Card, { type: T }> => card.type === type);
}

const errorsOf = (manifest: string) => checkManifest(manifest).filter((finding) => finding.severity === 'error');

describe('definition sentences', () => {
  it('"Un **X** est …" gives a basic card, not a cloze; a term further in the sentence does not', () => {
    const { deck } = generate(
      "## Stockage\n\nUn **PersistentVolume** est un morceau de stockage du cluster, provisionné par un administrateur.\n\nOn monte le **volume** dans le conteneur avec un chemin de montage.\n",
    );
    expect(cardsOf(deck, 'basic').map(({ front, back }) => ({ front, back }))).toEqual([
      { front: "Qu'est-ce que **PersistentVolume** ?", back: 'Un morceau de stockage du cluster, provisionné par un administrateur.' },
    ]);
    expect(cardsOf(deck, 'cloze').map((card) => card.text)).toEqual(['On monte le {{volume}} dans le conteneur avec un chemin de montage.']);
  });
});

describe('term bullets without a colon', () => {
  it('"- `up` démarre …" gives a basic card per item when most items of the list have that shape, the first sentence as the back', () => {
    const markdown = [
      '## Le workflow de Compose',
      '',
      '- `up` démarre tous les conteneurs du fichier. Ajoutez `-d` pour le lancer en arrière-plan.',
      '- `ps` fournit le statut des conteneurs gérés.',
      '- `stop` arrête les conteneurs sans les enlever.',
      '- `down` détruit les conteneurs et les réseaux du fichier.',
    ].join('\n');
    const { deck } = generate(markdown);
    expect(cardsOf(deck, 'basic').map(({ front, back }) => `${front} → ${back}`)).toEqual([
      'À quoi sert `up` ? → Démarre tous les conteneurs du fichier.',
      'À quoi sert `ps` ? → Fournit le statut des conteneurs gérés.',
      'À quoi sert `stop` ? → Arrête les conteneurs sans les enlever.',
      'À quoi sert `down` ? → Détruit les conteneurs et les réseaux du fichier.',
    ]);
  });

  it('a list where only one item opens on a term reads as prose', () => {
    const { deck } = generate('## Notes\n\n- `kubectl` parle au serveur d\'API du cluster.\n- On écrit les manifestes en YAML, indentés de deux espaces.\n- Les objets ont tous un nom et un namespace.\n');
    expect(cardsOf(deck, 'basic')).toEqual([]);
  });
});

describe('Hugo shortcodes in the prose', () => {
  it('a note framed by {{< note >}} gives its sentences; a glossary tooltip shows its word', () => {
    const markdown = [
      '## Politiques',
      '',
      '{{< note >}}',
      'Les NetworkPolicy incluent un `podSelector` qui choisit les pods auxquels la politique s\'applique.',
      '{{< /note >}}',
      '',
      'Un Service utilise des {{< glossary_tooltip text="sélecteurs" term_id="selector" >}} pour trouver ses **Endpoints** dans le cluster.',
    ].join('\n');
    expect(cardsOf(generate(markdown).deck, 'cloze').map((card) => card.text)).toEqual([
      "Les NetworkPolicy incluent un {{podSelector}} qui choisit les pods auxquels la politique s'applique.",
      'Un Service utilise des sélecteurs pour trouver ses {{Endpoints}} dans le cluster.',
    ]);
  });
});

describe('definition lists', () => {
  it('"Term" then ": definition" lines give a basic card per term, several definitions listed in its back', () => {
    const markdown = [
      '## Types de Service',
      '',
      'ClusterIP',
      ': une adresse **interne** au cluster, joignable des pods.',
      '',
      '`NodePort`',
      ':   un port ouvert sur chaque nœud du cluster',
      ': en plus de son adresse interne,',
      '  dans la plage 30000-32767',
      '',
      'Une phrase ordinaire du cours',
      'écrite sur deux lignes, sans définition.',
    ].join('\n');
    const { deck } = generate(markdown);
    expect(cardsOf(deck, 'basic').map(({ front, back }) => ({ front, back }))).toEqual([
      { front: "Qu'est-ce que **ClusterIP** ?", back: 'Une adresse **interne** au cluster, joignable des pods.' },
      { front: "Qu'est-ce que `NodePort` ?", back: '- Un port ouvert sur chaque nœud du cluster\n- En plus de son adresse interne, dans la plage 30000-32767' },
    ]);
  });

  it('three terms or more are also a glossary list: mcq cards with the other terms as distractors', () => {
    const { deck } = generate('## T\n\nClusterIP\n: une adresse interne au cluster seulement\n\nNodePort\n: un port ouvert sur chaque nœud du cluster\n\nLoadBalancer\n: une adresse externe fournie par le cloud\n');
    expect(cardsOf(deck, 'mcq').map((card) => card.choices.map((choice) => `${choice.correct ? '✓' : '✗'} ${choice.text}`))).toEqual([
      ['✓ **ClusterIP**', '✗ **NodePort**', '✗ **LoadBalancer**'],
      ['✗ **LoadBalancer**', '✓ **NodePort**', '✗ **ClusterIP**'],
    ]);
  });

  it('a line starting with a colon with no term above it is not a definition list', () => {
    const { deck } = generateDeck('## T\n\n: une ligne qui commence par deux-points sans terme\n', { fileName: 'a.md', lang: 'fr' });
    expect(cardsOf(deck, 'basic')).toEqual([]);
  });
});

describe('lists under a heading', () => {
  it('a glossary list gives mcq cards asking which term a definition is of, the distractors taken from its sibling items', () => {
    const { deck } = generate(
      [
        '## Volumes',
        '',
        '- `hostPath` : monte un dossier du nœud dans le conteneur.',
        '- `emptyDir` : un dossier vide, supprimé avec le pod qui le porte.',
        '- `local` : comme `hostPath`, mais attaché à un disque précis du nœud.',
        '- `nfs` : un partage réseau monté dans le conteneur.',
        '',
        '## Autre',
        '',
        '- `secret` : des données sensibles montées comme des fichiers.',
      ].join('\n'),
    );
    const mcqs = cardsOf(deck, 'mcq').map(({ question, choices }) => ({ question, choices: choices.map((c) => `${c.correct ? '✓' : '✗'} ${c.text}`) }));
    expect(mcqs).toEqual([
      {
        question: 'Quel terme correspond à cette description : « Monte un dossier du nœud dans le conteneur » ?',
        choices: ['✓ `hostPath`', '✗ `emptyDir`', '✗ `local`', '✗ `nfs`'],
      },
      {
        question: 'Quel terme correspond à cette description : « Un dossier vide, supprimé avec le pod qui le porte » ?',
        choices: ['✗ `local`', '✓ `emptyDir`', '✗ `nfs`', '✗ `hostPath`'],
      },
    ]);
    // The basic cards still ask each term the other way round; the mcqs come after the list.
    expect(deck.cards.map((card) => card.type)).toEqual(['basic', 'basic', 'basic', 'basic', 'mcq', 'mcq', 'basic']);
  });

  it('a definition naming a sibling leaves that sibling out of its choices', () => {
    const { deck } = generate('## V\n\n- `local` : comme `hostPath`, mais attaché à un disque du nœud.\n- `hostPath` : un dossier du nœud monté tel quel.\n- `emptyDir` : un dossier vide qui vit avec le pod.\n- `nfs` : un partage réseau classique du réseau local.\n');
    const [first] = cardsOf(deck, 'mcq');
    expect(first.choices.map((choice) => choice.text)).toEqual(['`local`', '`emptyDir`', '`nfs`']);
  });

  it('a short enumeration gives one cloze with a gap per item, after the sentence that introduces it or the heading', () => {
    const { deck } = generate(
      [
        '## Les types de Service',
        '',
        '- ClusterIP',
        '- NodePort',
        '- LoadBalancer',
        '',
        '## CNI',
        '',
        'Les implémentations du réseau les plus répandues sont :',
        '',
        '- Calico',
        '- Flannel',
        '- Cilium',
        '- etc.',
        '',
        'LXC rassemble trois briques du noyau :',
        '',
        '- les cgroups',
        '- le chroot',
        "- L'espace de noms",
        '',
        'Des vidéos à voir :',
        '',
        '- [Ingress](https://example.com/a)',
        '- [Services](https://example.com/b)',
        '- [Azure](https://example.com/c)',
      ].join('\n'),
    );
    expect(cardsOf(deck, 'cloze').map((card) => card.text)).toEqual([
      'Les types de Service : {{ClusterIP}}, {{NodePort}}, {{LoadBalancer}}.',
      'Les implémentations du réseau les plus répandues sont : {{Calico}}, {{Flannel}}, {{Cilium}}, etc.',
      "LXC rassemble trois briques du noyau : les {{cgroups}}, le {{chroot}}, l'{{espace de noms}}.",
    ]);
  });

  it('two items, or items that are sentences, give no list card', () => {
    const { deck } = generateDeck('## A\n\nDeux types :\n\n- ClusterIP\n- NodePort\n\nTrois étapes :\n\n- créer le namespace de travail du TP\n- appliquer le manifeste du Deployment\n- vérifier que les pods sont prêts\n', { fileName: 'a.md', lang: 'fr' });
    expect(deck.cards.filter((card) => card.id.endsWith('-list') || card.id.endsWith('-which'))).toEqual([]);
  });
});

describe('glossary bullets, as a trainer would keep them', () => {
  it('ask what a term is when its definition opens on an article, what it is for otherwise; quotes around a definition go', () => {
    const { deck } = generate(
      [
        '## Outils',
        '',
        '- **Docker Hub** : le service qui héberge les images publiques de Docker.',
        '- `hostPath` : monte un dossier du nœud dans le conteneur du pod.',
        '- **Mount namespace** : "permet de créer des points de montage propres au conteneur"',
        '',
        '## Labels',
        '',
        '- **Solution 1** : des volumes montés depuis un stockage réseau.',
        '- **sur un cluster cloud** : pousser chaque image vers un registry distant.',
        '',
        '`kubectl` est nécessaire pour le client graphique que nous utiliserons plus tard.',
      ].join('\n'),
    );
    expect(cardsOf(deck, 'basic').map(({ front, back }) => `${front} → ${back}`)).toEqual([
      "Qu'est-ce que **Docker Hub** ? → Le service qui héberge les images publiques de Docker.",
      'À quoi sert `hostPath` ? → Monte un dossier du nœud dans le conteneur du pod.',
      'À quoi sert **Mount namespace** ? → Permet de créer des points de montage propres au conteneur',
    ]);
  });
});

describe('tables', () => {
  it('give a basic card per row, the column headers saying what is asked', () => {
    const { deck } = generate(`## Modes\n\n| Mode | Abréviation | Signification |\n| --- | --- | --- |\n| ReadWriteOnce | RWO | un seul nœud |\n| ReadOnlyMany | ROX | lecture seule, plusieurs nœuds |\n`);
    expect(cardsOf(deck, 'basic').map(({ front, back }) => ({ front, back }))).toEqual([
      { front: '**ReadWriteOnce** — Abréviation, Signification ?', back: '- **Abréviation** — RWO\n- **Signification** — un seul nœud' },
      { front: '**ReadOnlyMany** — Abréviation, Signification ?', back: '- **Abréviation** — ROX\n- **Signification** — lecture seule, plusieurs nœuds' },
    ]);
  });
});

describe('commands', () => {
  it('give input cards for commands whose step is named, the command whitespace-normalised as the answer', () => {
    const markdown = [
      '## Déployer',
      '',
      'Appliquez le manifeste du Deployment :',
      '',
      '```bash',
      'kubectl apply   -f deployment.yaml',
      '# Suivre le déploiement jusqu\'au bout',
      'kubectl rollout status \\',
      '  deployment/site',
      'kubectl get pods',
      '# Décrire le Pod choisi',
      'kubectl describe pod <nom_du_pod>',
      '```',
    ].join('\n');
    const { deck } = generate(markdown);
    expect(cardsOf(deck, 'input').map(({ question, answers }) => ({ question, answers }))).toEqual([
      { question: 'Quelle commande `kubectl` pour cette étape : Appliquez le manifeste du Deployment ?', answers: ['kubectl apply -f deployment.yaml'] },
      { question: "Quelle commande `kubectl` pour cette étape : Suivre le déploiement jusqu'au bout ?", answers: ['kubectl rollout status deployment/site'] },
    ]);
  });

  it('a command alone on its line in the prose counts as a one-line session, the sentence before it as its step', () => {
    const { deck } = generate('## Installer\n\nVérifiez les ressources à créer, puis appliquez-les :\n\n`kubectl apply -f resources.yaml`\n\nLa commande `kubectl get pods` liste les pods du namespace courant.\n');
    expect(cardsOf(deck, 'input').map(({ question, answers }) => ({ question, answers }))).toEqual([
      { question: 'Quelle commande `kubectl` pour cette étape : Vérifiez les ressources à créer, puis appliquez-les ?', answers: ['kubectl apply -f resources.yaml'] },
    ]);
  });

  it('the sentence before a block is not the step of its first command when more commands follow it', () => {
    const { deck } = generate('## Déployer\n\nDéployez tous les autres composants :\n\n```bash\nkubectl create deployment hasher --image=hasher\nkubectl create deployment rng --image=rng\n# Vérifier les pods\nkubectl get pods\n```\n');
    expect(cardsOf(deck, 'input').map(({ question, answers }) => ({ question, answers }))).toEqual([
      { question: 'Quelle commande `kubectl` pour cette étape : Vérifier les pods ?', answers: ['kubectl get pods'] },
    ]);
  });

  it('take the step from the first sentence before the block unless the last one introduces it, drop a trailing comment, and name no step from a remark, a question or a shortcode', () => {
    const block = (command: string) => `\n\n\`\`\`bash\n${command}\n\`\`\`\n\n`;
    const markdown = [
      '## Conteneurs',
      '',
      "- Lancez un conteneur Nginx. Notez que l'image déjà téléchargée démarre vite." + block('docker run --name web nginx'),
      "- Si le conteneur n'a pas de commande, il s'arrête tout de suite." + block('docker run debian # il s\'arrête'),
      "- Quelle est l'adresse IP affichée par le conteneur ?" + block('docker exec web hostname -i'),
      '{{% expand "Solution :" %}}' + block('docker ps -a'),
      '- Supprimez le conteneur web, devenu inutile :' + block('docker rm -f web # le -f arrête le conteneur'),
    ].join('\n');
    const { deck } = generate(markdown);
    expect(cardsOf(deck, 'input').map(({ question, answers }) => `${question} → ${answers[0]}`)).toEqual([
      'Quelle commande `docker` pour cette étape : Lancez un conteneur Nginx ? → docker run --name web nginx',
      'Quelle commande `docker` pour cette étape : Supprimez le conteneur web, devenu inutile ? → docker rm -f web',
    ]);
  });

  it('take a command written in a sentence, after a lead-in or before what it is for, and keep that sentence out of the clozes', () => {
    const markdown = [
      '## Helm',
      '',
      '- Installez une release `wp` du chart avec `helm install wp bitnami/wordpress`.',
      '- Arrêtons nos conteneurs : `docker stop web db`.',
      '- Pour faire le ménage des conteneurs arrêtés, lancez `docker container prune`.',
      '- De même `docker network prune` permet de supprimer les réseaux inutilisés.',
      '- (Hint: use `kubectl get deploy -w` to watch deployment events)',
      '- Dans minikube il faut lancer `minikube service wp` pour y accéder.',
      '- Regardez le champ `kind` du manifeste et le fichier `docker-compose.yml`.',
      '- Lancez `kubectl auth can-i` pour différents cas et observez la différence.',
      '',
      '## Registre',
      '',
      '- Pour vous identifier, lancez `docker login`.',
    ].join('\n');
    const { deck } = generate(markdown);
    expect(cardsOf(deck, 'input').map(({ question, answers }) => `${question} → ${answers[0]}`)).toEqual([
      'Quelle commande `helm` pour cette étape : Installez une release wp du chart ? → helm install wp bitnami/wordpress',
      'Quelle commande `docker` pour cette étape : Arrêtons nos conteneurs ? → docker stop web db',
      'Quelle commande `docker` pour cette étape : Faire le ménage des conteneurs arrêtés ? → docker container prune',
      'Quelle commande `docker` pour cette étape : Supprimer les réseaux inutilisés ? → docker network prune',
      'Quelle commande `kubectl` pour cette étape : Watch deployment events ? → kubectl get deploy -w',
      'Quelle commande `docker` pour cette étape : Vous identifier ? → docker login',
    ]);
    expect(cardsOf(deck, 'cloze').map((card) => card.text).join('\n')).not.toMatch(/helm install|docker stop|prune|get deploy/);
  });

  it('drop a pointer to the text around from a step that names its file, and "Vous pouvez" from a step', () => {
    const block = (command: string) => `\n\n\`\`\`console\n${command}\n\`\`\`\n\n`;
    const markdown = [
      '## Politique',
      '',
      'Utilisez kubectl pour créer la politique à partir du fichier `policy.yaml` ci-dessus :' + block('kubectl apply -f policy.yaml'),
      'Vous pouvez créer un pod avec le bon label pour voir que la requête passe :' + block('kubectl run test --labels="access=true" --image=busybox'),
      'Les commandes ci-dessus créent un déploiement et son service.' + block('kubectl get svc,pod'),
    ].join('\n');
    expect(cardsOf(generate(markdown).deck, 'input').map(({ question }) => question)).toEqual([
      'Quelle commande `kubectl` pour cette étape : Utilisez kubectl pour créer la politique à partir du fichier policy.yaml ?',
      'Quelle commande `kubectl` pour cette étape : Créer un pod avec le bon label pour voir que la requête passe ?',
    ]);
  });

  it('a glossary of commands gives input cards, what each bullet says it does as the step', () => {
    const markdown = [
      '## Helm',
      '',
      '- `helm repo add bitnami https://charts.bitnami.com/bitnami` : ajouter un dépôt contenant des charts',
      '- `helm upgrade wp bitnami/wordpress` : permet de mettre à jour la release avec une nouvelle version.',
      '- `helm plugin install https://github.com/databus23/helm-diff` pour télécharger le plugin diff (utile avant un upgrade)',
      '- `values.yaml` : le fichier des paramètres du chart',
    ].join('\n');
    const { deck } = generate(markdown);
    expect(cardsOf(deck, 'input').map(({ question, answers }) => `${question} → ${answers[0]}`)).toEqual([
      'Quelle commande `helm` pour cette étape : Ajouter un dépôt contenant des charts ? → helm repo add bitnami https://charts.bitnami.com/bitnami',
      'Quelle commande `helm` pour cette étape : Mettre à jour la release avec une nouvelle version ? → helm upgrade wp bitnami/wordpress',
      'Quelle commande `helm` pour cette étape : Télécharger le plugin diff ? → helm plugin install https://github.com/databus23/helm-diff',
    ]);
    expect(cardsOf(deck, 'basic').map(({ front }) => front)).toEqual(["Qu'est-ce que `values.yaml` ?"]);
  });

  it('accept a redirection in a command, not a placeholder', () => {
    const { deck } = generate('## Rendu\n\n- Faites le rendu du chart : `helm template wp ./chart > rendu.yaml`\n- Décrivez le pod : `kubectl describe pod <nom>`\n');
    expect(cardsOf(deck, 'input').map(({ answers }) => answers[0])).toEqual(['helm template wp ./chart > rendu.yaml']);
  });

  it('leave out commands of other tools and blocks that are not shell sessions', () => {
    const { deck } = generateDeck('## A\n\nInstallez les paquets :\n\n```bash\napt-get install -y curl\n```\n\n```dockerfile\n# Lancer\nFROM nginx\n```\n', { fileName: 'a.md' });
    expect(cardsOf(deck, 'input')).toEqual([]);
  });
});

describe('YAML blocks on removed APIs', () => {
  const ingress = [
    'apiVersion: networking.k8s.io/v1beta1',
    'kind: Ingress',
    'metadata:',
    '  name: site',
    '  annotations:',
    '    kubernetes.io/ingress.class: nginx',
    'spec:',
    '  rules:',
    '    - http:',
    '        paths:',
    '          - path: /',
    '            backend:',
    '              serviceName: site',
    '              servicePort: 80',
  ].join('\n');

  it('become migration challenges: the course block to migrate, the v1 manifest as the solution', () => {
    const { deck } = generate(`## Ingress\n\n\`\`\`yaml\n${ingress}\n\`\`\`\n`);
    const [card] = cardsOf(deck, 'yaml-fix');
    expect(card.task).toBe('Ce manifeste du cours ne fonctionne plus sur un cluster actuel (Ingress `networking.k8s.io/v1beta1` n\'est plus servi). Migrez-le.');
    expect(card.broken).toBe(ingress);
    expect(errorsOf(card.broken).map((finding) => finding.rule)).toContain('api-version-removed');
    expect(errorsOf(card.solution)).toEqual([]);
    expect(card.solution).toBe(
      [
        'apiVersion: networking.k8s.io/v1',
        'kind: Ingress',
        'metadata:',
        '  name: site',
        'spec:',
        '  ingressClassName: nginx',
        '  rules:',
        '    - http:',
        '        paths:',
        '          - path: /',
        '            pathType: Prefix',
        '            backend:',
        '              service:',
        '                name: site',
        '                port:',
        '                  number: 80',
        '',
      ].join('\n'),
    );
    expect(card.expect).toEqual([{ kind: 'Ingress', path: 'apiVersion', equals: 'networking.k8s.io/v1' }]);
  });

  it('migrate extensions/v1beta1 Deployments (adding the selector apps/v1 requires) and cert-manager v1alpha2 Certificates', () => {
    const deployment = 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n';
    const certificate = 'apiVersion: cert-manager.io/v1alpha2\nkind: Certificate\nmetadata:\n  name: tls\nspec:\n  secretName: tls\n  dnsNames: [a.example.com]\n  keyAlgorithm: rsa\n  keySize: 2048\n  issuerRef:\n    name: le\n    kind: ClusterIssuer\n';
    const { deck } = generate(`## D\n\n\`\`\`yaml\n${deployment}\`\`\`\n\n\`\`\`yaml\n${certificate}\`\`\`\n`);
    const [first, second] = cardsOf(deck, 'yaml-fix');
    expect(first.solution).toContain('apiVersion: apps/v1\n');
    expect(first.solution).toContain('  selector:\n    matchLabels:\n      app: web\n  template:');
    expect(second.solution).toContain('apiVersion: cert-manager.io/v1\n');
    expect(second.solution).toContain('  privateKey:\n    algorithm: RSA\n    size: 2048\n');
    expect(second.solution).not.toContain('keyAlgorithm');
    for (const card of [first, second]) expect(errorsOf(card.solution)).toEqual([]);
  });
});

describe('YAML blocks that configure a tool', () => {
  it('a kubeconfig or a kind cluster file gives no yaml-fix card, and the note says what it is', () => {
    const kubeconfig = ['apiVersion: v1', 'kind: Config', 'clusters:', '- name: dev', '  cluster:', '    server: https://127.0.0.1:6443', 'current-context: dev'].join('\n');
    const cluster = ['apiVersion: kind.x-k8s.io/v1alpha4', 'kind: Cluster', 'nodes:', '- role: control-plane'].join('\n');
    const markdown = `## Se connecter\n\nLe fichier de connexion :\n\n\`\`\`yaml\n${kubeconfig}\n\`\`\`\n\nLe cluster kind :\n\n\`\`\`yaml\n${cluster}\n\`\`\`\n`;
    const fr = generateDeck(markdown, { fileName: 'a.md', lang: 'fr', locale: 'fr' });
    expect(cardsOf(fr.deck, 'yaml-fix')).toEqual([]);
    expect(fr.skipped).toEqual({ 'yaml-fix': { kubeconfig: 1, 'tool-config': 1 } });
    expect(fr.notes).toEqual([
      "ligne 5 : bloc YAML sans carte yaml-fix : un fichier kubeconfig (kind: Config) configure kubectl ; ce n'est pas un objet à envoyer au serveur d'API",
      "ligne 17 : bloc YAML sans carte yaml-fix : la configuration d'un outil, pas un objet à envoyer au serveur d'API (Cluster, kind.x-k8s.io/v1alpha4)",
    ]);
    expect(generateDeck(markdown, { fileName: 'a.md', lang: 'fr', locale: 'en' }).notes[0]).toBe(
      'line 5: YAML block without a yaml-fix card: a kubeconfig file (kind: Config) configures kubectl; it is not an object for the API server',
    );
  });
});

describe('placeholders', () => {
  it('are filled with plausible values, and the task says which', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: <nom_du_pod>\nspec:\n  containers:\n    - name: app\n      image: <image>\n';
    const { deck } = generate(`## Pod\n\n\`\`\`yaml\n${pod}\`\`\`\n`);
    const [card] = cardsOf(deck, 'yaml-fix');
    expect(card.solution).toContain('name: nom-du-pod\n');
    expect(card.solution).toContain('image: nginx:1.27\n');
    expect(card.task).toContain('Les valeurs à compléter du cours ont été remplies : `<nom_du_pod>` → `nom-du-pod`, `<image>` → `nginx:1.27`.');
  });
});

describe('Markdown quizzes', () => {
  const quiz = [
    '# Quiz',
    '',
    '1. Quel Service reste interne au cluster ?',
    '   a) NodePort',
    '   b) ClusterIP',
    '',
    '**2.** Quels objets sont namespacés ?',
    '- [ ] Node',
    '- [ ] Pod',
    '- [ ] Service',
    '',
    '3. Quel objet route le HTTP ?',
    '   a) Ingress',
    '   b) Endpoints',
  ].join('\n');

  it('give mcq cards, the right answers and explanations from the correction', () => {
    const correction = '# Correction\n\n1. b — ClusterIP n\'a qu\'une adresse interne.\n2. b, c\n\n## Question 3\n\nRéponse : a\n';
    const { deck, notes } = generate(quiz, correction);
    expect(cardsOf(deck, 'mcq').map(({ question, choices, explanation }) => ({ question, right: choices.filter((c) => c.correct).map((c) => c.text), explanation }))).toEqual([
      { question: 'Quel Service reste interne au cluster ?', right: ['ClusterIP'], explanation: "ClusterIP n'a qu'une adresse interne." },
      { question: 'Quels objets sont namespacés ?', right: ['Pod', 'Service'], explanation: undefined },
      { question: 'Quel objet route le HTTP ?', right: ['Ingress'], explanation: undefined },
    ]);
    expect(deck.cards.map((card) => card.type)).toEqual(['mcq', 'mcq', 'mcq']);
    expect(notes).toEqual([]);
  });

  it('without a correction, mark each question to check, and say so', () => {
    const { deck, notes } = generate(quiz);
    for (const card of cardsOf(deck, 'mcq')) {
      expect(card.choices.map((choice) => choice.correct)).toEqual(card.choices.map((_, index) => index === 0));
      expect(card.explanation).toMatch(/^À vérifier/);
    }
    expect(notes).toEqual([expect.stringContaining('without its correction (--answers CORRECTION.md)')]);
  });

  it('skip a question the correction does not answer, with a note naming its line', () => {
    const { deck, notes, skipped } = generate(quiz, '1. b\n2. b\n');
    expect(cardsOf(deck, 'mcq')).toHaveLength(2);
    expect(skipped).toEqual({ mcq: { 'no-answer': 1 } });
    expect(notes).toEqual(['line 12: question 3 gives no card: the correction does not give its answer']);
  });

  it('read "**Question N**" / "## Question N" headings with numbered choices, and a correction that repeats the quiz marking the right choices', () => {
    const headed = [
      '**Question 1**',
      '',
      'Que partage un conteneur avec son hôte ?',
      '',
      '1. Son BIOS.',
      '1. Le noyau du système.',
      '',
      '<!-- **Question 2**',
      '',
      'Une question retirée du quiz ?',
      '',
      '1. Oui',
      '1. Non -->',
      '',
      '## Question 3',
      '',
      'Un volume Docker est :',
      '',
      '1. Une image de base.',
      '2. Un espace de stockage monté dans des conteneurs.',
    ].join('\n');
    const correction = headed.replace('1. Le noyau', '1. **V** Le noyau').replace('2. Un espace', '2. ✅ Un espace');
    const { deck } = generate(headed, correction);
    expect(cardsOf(deck, 'mcq').map(({ id, question, choices }) => ({ id, question, choices: choices.map((c) => `${c.correct ? '✓' : '✗'} ${c.text}`) }))).toEqual([
      { id: 'question-1', question: 'Que partage un conteneur avec son hôte ?', choices: ['✗ Son BIOS.', '✓ Le noyau du système.'] },
      { id: 'question-3', question: 'Un volume Docker est :', choices: ['✗ Une image de base.', '✓ Un espace de stockage monté dans des conteneurs.'] },
    ]);
  });

  it('numbered steps without lettered choices are not a quiz', () => {
    const { deck } = generateDeck('## Étapes\n\n1. Créez le **namespace** de travail pour ce TP.\n2. Appliquez le manifeste du **Deployment** de test.\n', { fileName: 'a.md' });
    expect(cardsOf(deck, 'mcq')).toEqual([]);
  });
});

describe('quality filters', () => {
  it('leave out cards that need the text before them, exclamations, a second card with the same answer, and overlong cards, counting each', () => {
    const long = 'très '.repeat(150);
    const markdown = [
      '## Notions',
      '',
      '- **Pod** : la plus petite unité déployable, un ou plusieurs conteneurs.',
      '- **Pod** : la plus petite unité déployable, un ou plusieurs conteneurs.',
      `- **Nœud** : une machine du cluster, ${long}grande.`,
      '',
      'Cette commande crée un **namespace** pour ranger les objets du cluster.',
      '',
      'Le **kubelet** tourne sur chaque nœud, quel agent génial pour le cluster !',
      '',
      'Le **kube-proxy** programme les règles réseau des Services sur chaque nœud.',
    ].join('\n');
    const { deck, filtered } = generate(markdown);
    expect(filtered).toEqual({ basic: { 'same-answer': 1, 'too-long': 1 }, cloze: { 'needs-context': 1, exclamation: 1 } });
    expect(deck.cards.map((card) => (card.type === 'basic' ? card.front : card.type === 'cloze' ? card.text : ''))).toEqual([
      "Qu'est-ce que **Pod** ?",
      'Le {{kube-proxy}} programme les règles réseau des Services sur chaque nœud.',
    ]);
  });
});

describe('quality filters, one by one', () => {
  const cloze = (text: string): Card => ({ id: 'c', type: 'cloze', text, tags: [], origin: 'generated' });

  it('a gap that is a phrase rather than a term is not drafted, and a card holding one is filtered out', () => {
    const { deck } = generate(
      [
        '## Conteneurs',
        '',
        "On lance autant de conteneurs qu'on veut tant qu'il n'y a **pas de collision** de `nom` entre eux.",
        '',
        "L'isolation des conteneurs est **robuste, mature et testée** dans les noyaux Linux actuels.",
        '',
        '**NB:** on désigne un conteneur par son nom ou par son `identifiant` court.',
      ].join('\n'),
    );
    expect(cardsOf(deck, 'cloze').map((card) => card.text)).toEqual([
      "On lance autant de conteneurs qu'on veut tant qu'il n'y a **pas de collision** de {{nom}} entre eux.",
      '**NB:** on désigne un conteneur par son nom ou par son {{identifiant}} court.',
    ]);
    expect(filterReason(cloze('Le réseau de Docker est {{robuste, mature et testé}} depuis longtemps.'), new Set())).toBe('sentence-gap');
    expect(filterReason(cloze('Un volume se déclare avec {{NB:}} devant le nom du conteneur.'), new Set())).toBe('sentence-gap');
    expect(filterReason(cloze('Un Service route vers les pods choisis par leurs {{labels}}.'), new Set())).toBeUndefined();
  });

  it('an exclamation followed by an emoji is an exclamation; a sentence ending on "these" needs the text before it', () => {
    expect(filterReason(cloze('We will need to update the {{claimName}}! ⚠️'), new Set())).toBe('exclamation');
    expect(filterReason(cloze('Kubernetes lets us define {{storage classes}} to represent these'), new Set())).toBe('needs-context');
  });

  it('a card that ends on what comes after it ("comme suit", "as follows", "la commande suivante") needs the block it announces', () => {
    for (const text of ["On l'ajoute au fichier {{.bashrc}} comme suit.", 'Set the {{KUBECONFIG}} variable as follows:', 'On vérifie le {{rollout}} avec la commande suivante :']) {
      expect(filterReason(cloze(text), new Set()), text).toBe('needs-context');
    }
    expect(filterReason(cloze('La classe {{standard}} est la suivante dans la liste des classes du cluster.'), new Set())).toBeUndefined();
  });

  it('a word stressed for emphasis is not a gap', () => {
    const { deck } = generate('## Classes\n\nUn PVC reçoit la classe par défaut **seulement** si sa `storageClassName` est absente du manifeste.\n');
    expect(cardsOf(deck, 'cloze').map((card) => card.text)).toEqual(['Un PVC reçoit la classe par défaut **seulement** si sa {{storageClassName}} est absente du manifeste.']);
  });

  it('a card opening on a connector ("Ensuite", "Et", "Then", a parenthesis) needs the text before it; an impersonal "Il faut" does not', () => {
    const needs = ['Ensuite, créez un {{namespace}} pour ranger les objets.', 'Et de sélectionner le champ {{@timestamp}} dans la liste.', 'Then set the {{timeoutSeconds}} parameter of the probe.', 'Après, il reste à limiter la {{mémoire}} des conteneurs.', '(il faut remplacer le domaine {{example.com}} par le vôtre).', "Toutes ne permettent pas d'appliquer des {{NetworkPolicies}} au cluster."];
    for (const text of needs) expect(filterReason(cloze(text), new Set()), text).toBe('needs-context');
    const fine = ["Il faut préciser le type d'objet avec {{kind}} dans chaque manifeste.", 'Il existe des dépôts de {{charts}} Helm publics et privés.'];
    for (const text of fine) expect(filterReason(cloze(text), new Set()), text).toBeUndefined();
    expect(filterReason(cloze('Il faut ensuite connecter Grafana à une {{DataSource}} Prometheus.'), new Set())).toBe('needs-context');
  });
});
