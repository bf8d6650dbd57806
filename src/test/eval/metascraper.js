// Side-by-side peer for the metadata evaluation: metascraper (title, author, date, publisher) over saved pages.
// Usage: node metascraper.js <html-dir> <urls.json>  →  JSON {"<file>": {"title": …, "author": …, "date": …,
// "publisher": …}, ...} on stdout. urls.json maps a file to the page's address, which metascraper reads too.
'use strict';
const fs = require('fs');
const path = require('path');

const [dir, urlsFile] = process.argv.slice(2);
const urls = JSON.parse(fs.readFileSync(urlsFile, 'utf8'));
const metascraper = require('metascraper')([
  require('metascraper-title')(),
  require('metascraper-author')(),
  require('metascraper-date')(),
  require('metascraper-publisher')(),
]);

(async () => {
  const out = {};
  for (const file of fs.readdirSync(dir).sort()) {
    const html = fs.readFileSync(path.join(dir, file), 'utf8');
    try {
      const m = await metascraper({ html, url: urls[file] || 'https://example.org/' });
      out[file] = { title: m.title || '', author: m.author || '', date: m.date || '', publisher: m.publisher || '' };
    } catch (e) {
      out[file] = { title: '', author: '', date: '', publisher: '' };
    }
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(2); });
