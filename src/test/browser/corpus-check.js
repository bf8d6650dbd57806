// Opens a built site in headless Chromium, from disk, and checks what a reader sees:
//  - on every page, no HTML entity and no raw Markdown as text (an "&amp;#8217;", a "**bold**", a "[link](url)",
//    a "## heading" line);
//  - on the home page, every label of every chart inside its chart's box, and no timeline bar before 1800;
//  - on a 390px phone, every chart label at least 10px tall as drawn;
//  - no page wider than the window, at a desktop and at a phone width.
// Screenshots of the home page's charts go to <screenshot-dir>/<name>-charts.png.
// Usage: node corpus-check.js <site-dir> <screenshot-dir> <name> [pages-limit]
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const [siteDir, shots, name, limitArg] = process.argv.slice(2);
const limit = limitArg ? Number(limitArg) : Infinity;
const failures = [];
const fail = (what) => { if (failures.length < 60) { failures.push(what); } };

function pages(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { walk(p); } else if (e.name.endsWith('.html')) { out.push(p); }
    }
  };
  walk(dir);
  return out.sort();
}

const ENTITY = /&(?:#\d{2,6}|#x[0-9a-f]{2,6}|[a-z][a-z0-9]{1,10});/i;
const MARKDOWN = [/(^|[\s(])\*\*(?!\*)\S[^*\n]{0,78}\S\*\*(?!\*)(?=\s|$|[.,;:)])/, /(^|\n)#{2,6} \S/,
  /\[[^\]\n]{1,120}\]\((https?:|\.{0,2}\/)[^)\s]*\)/, /(^|\n)```/];

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const all = pages(siteDir);
  let opened = 0;
  for (const file of all.slice(0, limit)) {
    const rel = path.relative(siteDir, file);
    await page.goto('file://' + file);
    opened++;
    // What a reader sees: the page's text, without the text of scripts, styles and JSON-LD.
    // Code shown as code (a tutorial's "# comment", its "**kwargs") is no Markdown leaking.
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true);
      body.querySelectorAll('pre, code').forEach(e => e.remove());
      return body.innerText;
    });
    const entity = text.match(ENTITY);
    if (entity) { fail(rel + ': an entity shown as text: ' + JSON.stringify(entity[0])); }
    for (const md of MARKDOWN) {
      const m = text.match(md);
      if (m) { fail(rel + ': Markdown shown as text: ' + JSON.stringify(m[0].trim().slice(0, 60))); }
    }
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (wide > 1) { fail(rel + ': scrolls sideways by ' + wide + 'px at 1280'); }
  }
  // A phone: the home page and a brief page must not scroll sideways either.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  for (const rel of ['index.html', ...all.map(f => path.relative(siteDir, f)).filter(f => /^briefs\/[^/]+\.html$/.test(f)
      && !f.endsWith('index.html')).slice(0, 20)]) {
    await phone.goto('file://' + path.join(siteDir, rel));
    const wide = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (wide > 1) { fail(rel + ': scrolls sideways by ' + wide + 'px on a 390px phone'); }
  }
  // On the phone, every chart label at least 10px tall as a reader sees it (the chart scrolls in its frame instead).
  await phone.goto('file://' + path.join(siteDir, 'index.html'));
  const small = await phone.evaluate(() => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
    const scale = svg.getScreenCTM().a;
    return [...svg.querySelectorAll('text')].map(t => ({ text: t.textContent,
      px: parseFloat(getComputedStyle(t).fontSize) * scale })).filter(t => t.px < 10);
  }));
  if (small.length) { fail('chart labels under 10px on a 390px phone: ' + JSON.stringify(small.slice(0, 5))); }
  // The charts: every label inside its chart; the timeline from 1800 on.
  await page.goto('file://' + path.join(siteDir, 'index.html'));
  const charts = await page.evaluate(() => [...document.querySelectorAll('svg.chart')].map(svg => {
    const box = svg.getBoundingClientRect();
    const out = [...svg.querySelectorAll('text')].map(t => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent, outside: r.left < box.left - 0.5 || r.right > box.right + 0.5
        || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5 };
    }).filter(t => t.outside).map(t => t.text);
    const bars = [...svg.querySelectorAll('rect.bar title')].map(t => t.textContent);
    return { id: svg.closest('figure') ? svg.closest('figure').id : '?', outside: out, bars,
      height: box.height, width: box.width };
  }));
  for (const c of charts) {
    if (c.outside.length) { fail('chart ' + c.id + ': labels outside its box: ' + JSON.stringify(c.outside.slice(0, 5))); }
    for (const bar of c.bars) {
      const year = Number((bar.match(/^(\d{4})/) || [])[1]);
      if (year && year < 1800) { fail('chart ' + c.id + ': a bar before 1800: ' + bar); }
    }
    if (c.width < 200 || c.height < 60) { fail('chart ' + c.id + ': drawn ' + c.width + '×' + c.height + 'px'); }
  }
  const visuals = await page.$('.visuals');
  if (visuals) {
    fs.mkdirSync(shots, { recursive: true });
    await visuals.screenshot({ path: path.join(shots, name + '-charts.png') });
  }
  await browser.close();
  console.log(name + ': ' + opened + ' pages opened, ' + charts.length + ' charts checked'
    + (charts.length ? ' (' + charts.map(c => c.id + ' ' + Math.round(c.width) + '×' + Math.round(c.height)).join(', ') + ')' : ''));
  if (failures.length) {
    console.log('FAILURES:\n' + failures.join('\n'));
    process.exit(1);
  }
})().catch(e => { console.log('ERROR ' + e.stack); process.exit(2); });
