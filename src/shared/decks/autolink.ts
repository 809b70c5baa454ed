// GFM autolinks (`https://…`, `www.…`) end before a backslash. marked lets a bare URL run over
// `\<`, so the backslash became part of the link and the `<` after it was no longer escaped: the
// tag a deck author had escaped reached the page as HTML. A URL cannot hold a raw backslash anyway.
import { Tokenizer, type MarkedExtension } from 'marked';

export const autolinksStopAtBackslash: MarkedExtension = {
  tokenizer: {
    url(src) {
      const token = Tokenizer.prototype.url.call(this, src);
      const cut = token?.raw.indexOf('\\') ?? -1;
      return cut === -1 ? token : Tokenizer.prototype.url.call(this, src.slice(0, cut));
    },
  },
};
