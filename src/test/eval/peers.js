// Side-by-side peers for the cleaning evaluation: Mozilla Readability.js and Defuddle over saved pages, each
// page's article as plain text with a line break between blocks (as Dossier's output is).
// Usage: node peers.js <readability|defuddle> <html-dir>  →  JSON {"<file>": "<article text>", ...} on stdout.
'use strict';
const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole } = require('jsdom');

const [peer, dir] = process.argv.slice(2);
const BLOCK = /^(P|DIV|H[1-6]|LI|BLOCKQUOTE|PRE|TD|TH|DD|DT|SECTION|ARTICLE|HEADER|FOOTER|UL|OL|DL|TABLE|TR|FIGURE|FIGCAPTION|BR|HR|MAIN|ASIDE)$/;

function text(node, out) {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      out.push(child.nodeValue);
    } else if (child.nodeType === 1) {
      const block = BLOCK.test(child.nodeName);
      if (block) { out.push('\n'); }
      text(child, out);
      if (block) { out.push('\n'); }
    }
  }
  return out;
}

function fromHtml(html) {
  const dom = new JSDOM(`<body>${html || ''}</body>`, { virtualConsole: new VirtualConsole() });
  return text(dom.window.document.body, []).join('').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim();
}

(async () => {
  const out = {};
  let defuddle = null;
  if (peer === 'defuddle') {
    // The package exports its Node entry to ESM only; the file itself is CommonJS.
    defuddle = require(path.join(process.env.NODE_PATH, 'defuddle', 'dist', 'node.js')).Defuddle;
  }
  const { Readability } = peer === 'readability' ? require('@mozilla/readability') : {};
  for (const file of fs.readdirSync(dir).sort()) {
    const html = fs.readFileSync(path.join(dir, file), 'utf8');
    let result = '';
    try {
      const dom = new JSDOM(html, { url: 'https://example.org/', virtualConsole: new VirtualConsole() });
      if (peer === 'readability') {
        const article = new Readability(dom.window.document).parse();
        result = article ? fromHtml(article.content) : '';
      } else {
        const parsed = await defuddle(dom.window.document, 'https://example.org/');
        result = parsed ? fromHtml(parsed.content) : '';
      }
    } catch (e) {
      result = '';
    }
    out[file] = result;
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(2); });
