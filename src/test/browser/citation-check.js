// Reads every brief's three citation files with citation-js, as a reference manager or a CSL processor would (the
// input's type told by citation-js itself), and checks each against what the brief says: the type, every author as
// an author (a person by family and given name, an organisation as one literal name), the title, the publication,
// the date, the original address and the day it was read; then formats each in APA and checks that the reference
// carries the date (no "n.d." for a dated brief) and the address.
// Usage: node citation-check.js <site-dir> <expected.json>   (expected: { slug: { title, authors: [{family, given} |
// {literal}], container, issued: [y, m, d] | null, url | null, accessed: [y, m, d] | null, language | null } })
'use strict';
const fs = require('fs');
const path = require('path');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');

const [siteDir, expectedFile] = process.argv.slice(2);
const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8'));
const failures = [];
let read = 0;

const parts = d => (d && d['date-parts'] ? d['date-parts'][0].map(Number) : null);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

for (const [slug, want] of Object.entries(expected)) {
  for (const ext of ['bib', 'ris', 'csl.json']) {
    const file = path.join(siteDir, 'briefs', slug + '.' + ext);
    const where = slug + '.' + ext;
    let cite;
    try {
      cite = new Cite(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      failures.push(where + ': citation-js cannot read it: ' + e.message);
      continue;
    }
    read++;
    if (cite.data.length !== 1) {
      failures.push(where + ': ' + cite.data.length + ' items, not one');
      continue;
    }
    const item = cite.data[0];
    const check = (ok, what) => { if (!ok) { failures.push(where + ': ' + what); } };
    // biblatex has no newspaper entry type: @article with entrysubtype newspaper, which citation-js reads as a
    // journal article of genre "newspaper" (and Zotero as a newspaper article).
    check(item.type === 'article-newspaper' || ext === 'bib' && item.type === 'article-journal' && item.genre === 'newspaper',
      'type ' + item.type + (item.genre ? ' (' + item.genre + ')' : '') + ', not a newspaper article');
    check(item.title === want.title, 'title ' + JSON.stringify(item.title));
    const authors = (item.author || []).map(a => (a.literal ? { literal: a.literal } : { family: a.family, given: a.given }));
    check(same(authors, want.authors), 'authors ' + JSON.stringify(authors) + ', expected ' + JSON.stringify(want.authors)
      + (item.reporter ? ' (read as reporter: ' + JSON.stringify(item.reporter) + ')' : ''));
    check((item['container-title'] || null) === want.container, 'container ' + JSON.stringify(item['container-title']));
    check(same(parts(item.issued), want.issued), 'issued ' + JSON.stringify(parts(item.issued)) + ', expected '
      + JSON.stringify(want.issued));
    check((item.URL || null) === want.url, 'URL ' + item.URL + ', expected ' + want.url);
    if (ext !== 'ris') { // RIS's Y2 is read as the access date by Zotero, not by citation-js
      check(same(parts(item.accessed), want.accessed), 'accessed ' + JSON.stringify(parts(item.accessed)) + ', expected '
        + JSON.stringify(want.accessed));
    }
    const apa = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
    check(want.issued === null || !apa.includes('(n.d.)'), 'APA says n.d.: ' + apa);
    check(want.url === null || apa.includes(want.url), 'APA lacks the address: ' + apa);
    check(!apa.includes('/briefs/' + slug + '.html'), 'APA cites the Dossier page: ' + apa);
    if (ext === 'csl.json') {
      console.log(slug + '\n  APA: ' + apa);
    }
  }
}
console.log(read + ' citation files read for ' + Object.keys(expected).length + ' briefs');
if (failures.length) {
  console.log('FAILURES:\n' + failures.join('\n'));
  process.exit(1);
}
