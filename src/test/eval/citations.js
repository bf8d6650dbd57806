// What citation-js reads of each brief's three citation files, for the citation check (CitationCheck.java).
// Usage: node citations.js <site/briefs dir>  →  JSON {"<slug>": {"bib": [CSL item…] | {"error": …}, "ris": …,
// "csl.json": …}, …} on stdout: each file as citation-js turns it into CSL-JSON, the way a reference manager
// built on it (or a site that formats citations with it) reads the file.
'use strict';
const fs = require('fs');
const path = require('path');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

const dir = process.argv[2];
const TYPES = { bib: '@biblatex/text', ris: '@ris/file' };

function read(file, ext) {
  if (!fs.existsSync(file)) {
    return { error: 'no file' };
  }
  const text = fs.readFileSync(file, 'utf8');
  try {
    // CSL-JSON is read as the item list it is; the other two as the format their extension names.
    const input = ext === 'csl.json' ? JSON.parse(text) : text;
    const options = ext === 'csl.json' ? { generateGraph: false } : { forceType: TYPES[ext], generateGraph: false };
    return new Cite(input, options).data;
  } catch (e) {
    return { error: String(e && e.message || e).split('\n')[0] };
  }
}

const out = {};
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.bib')).sort()) {
  const slug = file.slice(0, -'.bib'.length);
  out[slug] = {};
  for (const ext of ['bib', 'ris', 'csl.json']) {
    out[slug][ext] = read(path.join(dir, slug + '.' + ext), ext);
  }
}
process.stdout.write(JSON.stringify(out));
