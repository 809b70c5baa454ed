import { describe, expect, it } from 'vitest';
import { questionPool } from '../../../src/shared/exam/questions';
import { allTopicKeys, filterGroups, foldText, groupState, selectionNames, setTopics, tagsOfTopics, topicGroups, topicKey } from '../../../src/shared/exam/topics';
import { parseDeck } from '../../../src/shared/decks/parse';
import { itemsOf, taggedDeck } from './helpers';

const NAMES: Record<string, string> = { ingress: 'Objets Ingress', metallb: 'MetalLB', cni: 'Réseau des pods', cloze: 'Trous' };
const naming = { topic: (tag: string) => NAMES[tag] ?? tag, untagged: 'Sans thème', locale: 'fr' };

const untaggedDeck = () => {
  const text = `format: kubedeck/1\nid: loose\ntitle: Loose ends\nlang: en\ndescription: Test.\nsource: Tests\ncards:\n  - id: q1\n    type: input\n    question: Which port?\n    answers: ["443"]\n`;
  return parseDeck(text, 'loose.yaml').deck!;
};

const decks = [
  { id: 'a', title: 'Ingress' },
  { id: 'b', title: 'Réseau' },
  { id: 'loose', title: 'Loose ends' },
  { id: 'empty', title: 'No questions' },
];
const items = itemsOf(taggedDeck({ metallb: 2, ingress: 3 }, 'a'), taggedDeck({ cni: 1, ingress: 1 }, 'b'), untaggedDeck());
const groups = topicGroups(decks, questionPool(items), naming);
const names = (list: typeof groups) => list.map((group) => `${group.title}: ${group.topics.map((topic) => topic.name).join(', ')}`);

describe('topics grouped by deck', () => {
  it('lists each deck that has questions with its own topics, by name, counting cards (a two-gap cloze card once)', () => {
    expect(names(groups)).toEqual(['Ingress: MetalLB, Objets Ingress, Trous', 'Réseau: Objets Ingress, Réseau des pods, Trous', 'Loose ends: Sans thème']);
    expect(groups[0].topics.map((topic) => topic.cards)).toEqual([2, 3, 1]);
    expect(groups.map((group) => group.cards)).toEqual([6, 3, 1]);
  });

  it('filters by topic name or tag, ignoring case and accents; a matching deck title keeps the whole deck', () => {
    expect(names(filterGroups(groups, 'INGRESS '))).toEqual(['Ingress: MetalLB, Objets Ingress, Trous', 'Réseau: Objets Ingress']);
    expect(names(filterGroups(groups, 'reseau'))).toEqual(['Réseau: Objets Ingress, Réseau des pods, Trous']);
    expect(names(filterGroups(groups, 'cni'))).toEqual(['Réseau: Réseau des pods']);
    expect(filterGroups(groups, 'nothing like it')).toEqual([]);
    expect(filterGroups(groups, '  ')).toEqual(groups);
    expect(foldText(' Équipe ')).toBe('equipe');
  });

  it('ticks a whole deck at once and tells whether a deck is all, partly or not ticked', () => {
    const none = setTopics(allTopicKeys(groups), allTopicKeys([groups[0]]), false);
    expect(groupState(groups[0], none)).toBe('none');
    expect(groupState(groups[1], none)).toBe('all');
    const one = setTopics(none, [topicKey('a', 'metallb')], true);
    expect(groupState(groups[0], one)).toBe('some');
    expect(setTopics(one, [topicKey('a', 'metallb')], true)).toEqual(one);
  });

  it('draws only from the ticked topics of each deck; none ticked draws nothing', () => {
    const keys = (selected: string[]) => questionPool(items, { topics: selected }).map((item) => item.key);
    expect(keys([topicKey('b', 'ingress')])).toEqual(['b/ingress-1']);
    expect(keys([topicKey('loose', '')])).toEqual(['loose/q1']);
    expect(keys([])).toEqual([]);
    expect(questionPool(items, { topics: allTopicKeys(groups) })).toEqual(questionPool(items));
  });

  it('names the selection for the attempt title: nothing when all is ticked, whole decks by title, else topics', () => {
    const all = allTopicKeys(groups);
    expect(selectionNames(groups, all)).toEqual([]);
    const some = setTopics(setTopics(all, allTopicKeys([groups[1], groups[2]]), false), [topicKey('b', 'cni')], true);
    expect(selectionNames(groups, some)).toEqual(['Ingress', 'Réseau des pods']);
  });
});

describe('the topics an attempt is scored on', () => {
  it('are the tags ticked, once each whatever their deck, without the untagged entry', () => {
    expect(tagsOfTopics([topicKey('ingress', 'tls'), topicKey('cert-manager', 'tls'), topicKey('ingress', ''), topicKey('metallb', 'bgp')])).toEqual(['tls', 'bgp']);
  });
});
