import { describe, expect, it } from 'vitest';
import { markClozeGap } from '../../../src/shared/decks/clozeMarks';
import { renderMarkdown } from '../../../src/renderer/src/lib/markdown';

describe('renderMarkdown', () => {
  it('renders Markdown and highlights YAML and shell blocks', () => {
    const html = renderMarkdown('Un **Pod** :\n\n```yaml\nkind: Pod\n```\n\n```sh\nkubectl apply -f pod.yaml\n```');
    expect(html).toContain('<strong>Pod</strong>');
    expect(html).toContain('class="hljs language-yaml"');
    expect(html).toMatch(/<span class="hljs-attr">kind:?<\/span>/);
    expect(html).toContain('class="hljs language-bash"');
  });

  it('removes scripts, event handlers, javascript: links, styles and remote images', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">x</a>' +
        '<p style="color:red">s</p><img src="https://tracker.example/p.png"><iframe src="https://e.example"></iframe>\n\n[doc](https://kubernetes.io)',
    );
    expect(html).not.toMatch(/script|onerror|javascript:|style=|iframe|tracker\.example/);
    expect(html).toContain('<a href="https://kubernetes.io" rel="noreferrer noopener" target="_blank">doc</a>');
  });

  it('renders inline text without a paragraph', () => {
    expect(renderMarkdown('`emptyDir`', { inline: true })).toBe('<code>emptyDir</code>');
  });

  it('loads nothing remote from any element or attribute: srcset, picture, media, poster, background', () => {
    const html = renderMarkdown(
      '<picture><source srcset="https://e.example/a.webp 2x"><img src="https://e.example/a.png" srcset="https://e.example/b.png 2x"></picture>' +
        '<video src="https://e.example/v.mp4" poster="https://e.example/p.png"><source src="https://e.example/v.webm"><track src="https://e.example/t.vtt"></video>' +
        '<audio src="https://e.example/a.mp3"></audio><table background="https://e.example/bg.png"><tr><td>x</td></tr></table>' +
        '<a href="https://kubernetes.io" ping="https://e.example/ping">k8s</a><blockquote cite="https://e.example/q">q</blockquote><area href="https://e.example/area">',
      { assetBase: './deck-assets/bundled/' },
    );
    expect(html).not.toContain('e.example');
    expect(html).toContain('href="https://kubernetes.io"');
  });

  it('keeps an escaped < escaped right after a bare URL', () => {
    const html = renderMarkdown('Voir https://kubernetes.io/docs\\<b onclick="x">gras</b> et www.example.org\\<i>');
    expect(html).toContain('<a href="https://kubernetes.io/docs" rel="noreferrer noopener" target="_blank">https://kubernetes.io/docs</a>&lt;b onclick="x"&gt;gras');
    expect(html).toContain('www.example.org</a>&lt;i&gt;');
    expect(html).not.toMatch(/<b|<i|%5C/);
  });

  it('keeps a local poster image and local srcset-free images', () => {
    const html = renderMarkdown('<video poster="images/p.png"></video> ![a](images/a.png)', { assetBase: './deck-assets/bundled/' });
    expect(html).toContain('poster="./deck-assets/bundled/images/p.png"');
    expect(html).toContain('src="./deck-assets/bundled/images/a.png"');
  });
});

describe('renderMarkdown with deck images', () => {
  it('points relative images at the deck’s folder and drops the others', () => {
    const html = renderMarkdown('![schéma](images/l2.svg) ![x](https://e.example/x.png) ![y](../y.png)', { assetBase: './deck-assets/bundled/' });
    expect(html).toContain('<img src="./deck-assets/bundled/images/l2.svg" alt="schéma">');
    expect(html.match(/<img /g)).toHaveLength(3);
    expect(html.match(/src=/g)).toHaveLength(1);
  });

  it('encodes the path as written once, for names with spaces and accents (Anki media) or a bare %', () => {
    const base = { assetBase: './deck-assets/user/' };
    expect(renderMarkdown('![](<media/schéma 1.png>)', base)).toContain('src="./deck-assets/user/media/sch%C3%A9ma%201.png"');
    expect(renderMarkdown('![](media/sch%C3%A9ma%201.png)', base)).toContain('src="./deck-assets/user/media/sch%C3%A9ma%201.png"');
    expect(renderMarkdown('![](media/100%.png)', base)).toContain('src="./deck-assets/user/media/100%25.png"');
    expect(renderMarkdown('![](%2E%2E/secret.png)', base)).not.toContain('src=');
  });
});
describe('renderMarkdown with deck sounds and videos', () => {
  const base = { assetBase: './deck-assets/user/' };

  it('gives a sound or a video of the deck folder a player the student starts', () => {
    const sound = renderMarkdown('Écoutez : ![](<media/cri du chat.mp3>)', base);
    expect(sound).toMatch(/<audio[^>]* controls=""[^>]*>/);
    expect(sound).toContain('src="./deck-assets/user/media/cri%20du%20chat.mp3"');
    expect(renderMarkdown('![démo](media/demo.webm)', base)).toMatch(/<video[^>]* src="\.\/deck-assets\/user\/media\/demo\.webm"[^>]*>démo<\/video>/);
  });

  it('never plays on its own, nor from elsewhere, nor a file that is not a sound', () => {
    const html = renderMarkdown(
      '<audio autoplay loop src="media/a.mp3"></audio><video autoplay muted><source src="https://e.example/v.mp4"></video>' +
        '<audio src="media/notes.txt"></audio><audio src="data:audio/mpeg;base64,AAAA"></audio><img src="media/a.mp3">',
      base,
    );
    expect(html).not.toMatch(/autoplay|loop|muted|e\.example|notes\.txt|data:/);
    expect(html.match(/src=/g)).toHaveLength(1);
    expect(html.match(/<(audio|video)[^>]* controls=""/g)).toHaveLength(4);
  });
});


describe('cloze gaps on screen', () => {
  const text = 'Le plugin {{Calico}} gère `{{NetworkPolicy::un objet}}` et {{BGP}}.';

  it('marks the asked gap as a box with its hint, and fills the others in plain', () => {
    const html = renderMarkdown(markClozeGap(text, 1, 'question'), { gapLabel: 'trou' });
    expect(html).toContain('<code><mark class="cloze-gap cloze-blank"><span class="visually-hidden">trou </span>[un objet]</mark></code>');
    expect(html).toContain('Le plugin Calico gère');
    expect(html).not.toContain('NetworkPolicy');
    expect(renderMarkdown(markClozeGap(text, 0, 'question'))).toContain('<mark class="cloze-gap cloze-blank"><span class="visually-hidden">gap </span>[…]</mark>');
  });

  it('highlights the filled answer, inside inline code too', () => {
    expect(renderMarkdown(markClozeGap(text, 1, 'answer'))).toContain('<code><mark class="cloze-gap cloze-filled">NetworkPolicy</mark></code>');
    expect(renderMarkdown(markClozeGap('```yaml\nkind: {{Pod}}\n```', 0, 'answer'))).toMatch(/<mark class="cloze-gap cloze-filled">Pod<\/mark>/);
  });

  it('ignores marks a deck wrote itself, and never lets a gap inject HTML', () => {
    const html = renderMarkdown(markClozeGap('\uE000x\uE002 {{<img src=x onerror=alert(1)>}}', 0, 'answer'));
    expect(html).not.toMatch(/onerror|alert/);
    expect(html.match(/<mark/g)).toHaveLength(1);
  });
});
