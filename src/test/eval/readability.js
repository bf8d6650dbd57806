// Side-by-side peer for the cleaning evaluation: Mozilla Readability.js over saved pages.
// Usage: node readability.js <html-dir>  →  JSON {"<id>": "<article text>", ...} on stdout.
'use strict';
const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const dir = process.argv[2];
const out = {};
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
  const html = fs.readFileSync(path.join(dir, file), 'utf8');
  let text = '';
  try {
    const dom = new JSDOM(html, { url: 'https://example.org/', virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    text = article ? article.textContent : '';
  } catch (e) {
    text = '';
  }
  out[file.replace(/\.html$/, '')] = text;
}
process.stdout.write(JSON.stringify(out));
