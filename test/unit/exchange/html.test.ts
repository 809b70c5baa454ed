import createDOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { fromAnkiCloze } from '../../../src/shared/exchange/converted';
import { exportHtml } from '../../../src/shared/exchange/htmlSheet';
import { htmlToMarkdown, textToMarkdown } from '../../../src/shared/exchange/htmlToMarkdown';
import { markdownToHtml } from '../../../src/shared/exchange/markdown';
import { demoDeck, shippedDecks } from './helpers';

// jsdom (installed for the renderer tests) ships no types: the little of it used here, typed by hand.
interface DomElement {
  textContent: string | null;
  className: string;
  firstElementChild: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): DomElement[] & { length: number };
}
type DomWindow = { document: DomElement } & Parameters<typeof createDOMPurify>[0];
const { JSDOM } = (await import('jsdom' as string)) as { JSDOM: new (html?: string) => { window: DomWindow } };

describe('printable html sheet', () => {
  const html = exportHtml([demoDeck(), ...shippedDecks().slice(0, 1)]);
  const document = new JSDOM(html).window.document;

  it('is self-contained and inert: inline CSS, no script, nothing fetched from elsewhere', () => {
    expect(document.querySelectorAll('script, link, iframe, object, embed, img')).toHaveLength(0);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/default-src 'none'/);
    // Cards flow from page to page (test/e2e/print.spec.ts counts the pages): a long card continues, its border too.
    expect(document.querySelector('style')?.textContent).not.toMatch(/\.card \{[^}]*break-inside: avoid/);
    expect(document.querySelector('style')?.textContent).toMatch(/\.card \{[^}]*box-decoration-break: clone/);
  });

  it('shows each card as its question then its answer, code blocks kept, one section per deck', () => {
    const sections = document.querySelectorAll('section.deck');
    expect(sections).toHaveLength(2);
    expect(sections[0].querySelector('h1')?.textContent).toBe('Demo deck');
    const cards = sections[0].querySelectorAll('article.card');
    expect(cards).toHaveLength(demoDeck().cards.length);
    const first = cards[0];
    expect(first.querySelector('.question')?.textContent).toContain('What deletes an emptyDir?');
    expect(first.querySelector('.answer')?.textContent).toContain('Deleting its pod.');
    expect(first.firstElementChild?.className).toBe('question');
    const yamlFix = cards[4];
    expect(yamlFix.querySelector('.question pre code')?.textContent).toBe('apiVersion: v1\nkind: Pod\n');
    expect(yamlFix.querySelector('.answer pre code')?.textContent).toContain('name: fixed');
    expect(sections[1].getAttribute('lang')).toBe('fr');
    expect(sections[1].querySelector('.label')?.textContent).toBe('Question');
    expect(sections[1].querySelectorAll('.answer .label')[0].textContent).toBe('Réponse');
  });
});

describe('markdown to html', () => {
  it('escapes raw HTML and keeps only safe links', () => {
    expect(markdownToHtml('<b onclick="x()">hi</b>')).toBe('<p>&lt;b onclick=&quot;x()&quot;&gt;hi&lt;/b&gt;</p>');
    expect(markdownToHtml('[a](javascript:alert(1)) [b](https://k8s.io) [c](//evil.example/x)')).toBe('<p>a <a href="https://k8s.io">b</a> c</p>');
    expect(markdownToHtml('![logo](https://evil.example/t.png)')).toBe('<p>[logo]</p>');
    expect(markdownToHtml('![schéma](schema.png)', { localImages: true })).toBe('<p><img src="schema.png" alt="schéma"></p>');
  });

  it('also goes through DOMPurify where a DOM exists', () => {
    const purify = createDOMPurify(new JSDOM('').window);
    const html = markdownToHtml('**a** `b`\n\n```yaml\nx: 1\n```');
    expect(purify.sanitize(html)).toBe(html);
  });
});

describe('html to markdown: what Markdown has no syntax for', () => {
  it('keeps colour, underline, sub- and superscript as inline HTML, and counts only what it cannot keep', () => {
    const dropped: string[] = [];
    const markdown = htmlToMarkdown(
      '<u>souligné</u> H<sub>2</sub>O x<sup>2</sup> <span style="color: #C00">rouge</span> <font color="blue">bleu</font> ' +
        '<span style="color: url(https://e.example/x)">a</span> <font color="red&quot; onclick=&quot;x">b</font> <span style="background-color: yellow">c</span>',
      { dropped: (what) => dropped.push(what) },
    );
    expect(markdown).toBe('<u>souligné</u> H<sub>2</sub>O x<sup>2</sup> <font color="#c00">rouge</font> <font color="blue">bleu</font> a b c');
    expect(dropped).toEqual(['color', 'color', 'color']);
    // The exports write it back as HTML (Anki shows it); HTML that an import never writes stays text.
    expect(markdownToHtml(markdown)).toBe('<p><u>souligné</u> H<sub>2</sub>O x<sup>2</sup> <font color="#c00">rouge</font> <font color="blue">bleu</font> a b c</p>');
    expect(markdownToHtml('<u onclick="x">a</u> <font color="red" size="7">b</font>')).not.toMatch(/<u |<font/);
  });

  it('keeps a table as a table, empty cells in their place', () => {
    const html = '<table><tr><th>Objet</th><th>Portée</th><th></th></tr><tr><td>PV</td><td></td><td>cluster</td></tr><tr><td>a|b</td></tr></table>';
    const markdown = htmlToMarkdown(html);
    expect(markdown).toBe('| Objet | Portée |  |\n| --- | --- | --- |\n| PV |  | cluster |\n| a\\|b |  |  |');
    expect(markdownToHtml(markdown)).toContain('<tr>\n<td>PV</td>\n<td></td>\n<td>cluster</td>\n</tr>');
  });

  it('turns sounds and videos the package holds into players, and counts the others', () => {
    const dropped: string[] = [];
    const media = new Map([['cri du chat.mp3', 'cri du chat.mp3'], ['demo.webm', 'demo.webm'], ['pod.png', 'pod.png']]);
    const markdown = htmlToMarkdown('Écoutez [sound:cri du chat.mp3] puis [sound:absent.mp3]<video controls><source src="demo.webm"></video><audio src="pod.png"></audio>', {
      media,
      dropped: (what) => dropped.push(what),
    });
    expect(markdown).toBe('Écoutez ![](<media/cri du chat.mp3>) puis ![](<media/demo.webm>)');
    expect(dropped).toEqual(['sound', 'audio']);
  });
});

describe('html to markdown', () => {
  it('keeps basic formatting: bold, italic, code, lists, line breaks, code blocks', () => {
    expect(htmlToMarkdown('<div>Un <b>PV</b> et <i>un</i> <code>PVC</code></div><div>ligne 2<br>ligne 3</div>')).toBe('Un **PV** et *un* `PVC`\n\nligne 2\\\nligne 3');
    expect(htmlToMarkdown('<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul><ol><li>un</li><li>deux</li></ol>')).toBe('- a\n- b\n\n  - c\n\n1. un\n2. deux');
    expect(htmlToMarkdown('<ul><li>a<li><b>b<li>c</ul><p>x<p>y')).toBe('- a\n- **b**\n- c\n\nx\n\ny');
    expect(htmlToMarkdown('<div>Texte <span style="color:red">rouge</span></div><div><br></div><div>suite</div>')).toBe('Texte <font color="red">rouge</font>\n\nsuite');
    expect(htmlToMarkdown('<pre><code class="language-yaml">kind: Pod\nspec: {}\n</code></pre>')).toBe('```yaml\nkind: Pod\nspec: {}\n```');
    expect(htmlToMarkdown('a&nbsp;: &lt;b&gt; &amp; &#233;&#x74;&eacute;')).toBe('a\u00a0: \\<b> & été');
  });

  it('drops scripts, styles, frames, event handlers and unsafe links; escapes what would become markup', () => {
    const hostile = '<script>alert(1)</script><SCRIPT src=x></SCRIPT><style>*{}</style><iframe src="https://x"></iframe><p onmouseover="x()">texte</p><a href="JaVaScRiPt:x()">lien</a><a href="data:text/html,x">d</a><img src=x onerror=y()>';
    expect(htmlToMarkdown(hostile)).toBe('texte\n\nliend');
    expect(htmlToMarkdown('&lt;img src=x onerror=alert(1)&gt; *pas gras* [lien](javascript:x) `code`')).toBe('\\<img src=x onerror=alert(1)> \\*pas gras\\* \\[lien\\](javascript:x) \\`code\\`');
    expect(markdownToHtml(htmlToMarkdown('&lt;script&gt;alert(1)&lt;/script&gt;'))).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(htmlToMarkdown('<!-- <b>x</b> --><b>unclosed <i>tags')).toBe('**unclosed *tags***');
  });

  it('copes with malformed and oversized markup: unclosed tags become text, deep nesting is flattened', () => {
    expect(htmlToMarkdown('ok <a href="x' + ' b='.repeat(20_000))).toMatch(/^ok \\<a href="x b= b=/);
    expect(htmlToMarkdown('<b>'.repeat(20_000) + 'deep' + '</i>'.repeat(20_000))).toContain('deep');
    expect(htmlToMarkdown('a<br>'.repeat(20_000)).split('\\\n')).toHaveLength(20_000);
    expect(fromAnkiCloze('{{c1::'.repeat(20_000) + 'x')).toBe('{\\{c1::'.repeat(20_000) + 'x');
    expect(fromAnkiCloze('{{c1::a}} {{b}} {{c2::c::h}}')).toBe('{{a}} {\\{b}} {{c::h}}');
  });

  it('escapes plain text cells', () => {
    expect(textToMarkdown('# pas un titre\n- pas une liste\n1. non plus\n\nnouveau paragraphe')).toBe('\\# pas un titre\\\n\\- pas une liste\\\n1\\. non plus\n\nnouveau paragraphe');
  });
});
