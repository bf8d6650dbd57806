// Opens every page of a site built from the hostile corpus in headless Chromium, from disk, and reports any page
// where injected script ran: every payload in the corpus sets window.__pwned, so the flag must stay unset. Dialogs,
// popups and navigations away from the page count as runs too.
// Usage: node hostile-check.js <site-dir>
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const siteDir = path.resolve(process.argv[2]);
const pages = [];
(function collect(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) collect(p); else if (e.name.endsWith('.html')) pages.push(p);
  }
})(siteDir);

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const context = await browser.newContext();
  // A control: the same check on a page where the payload does run must see it, or this check proves nothing.
  const control = path.join(require('os').tmpdir(), 'dossier-hostile-control.html');
  fs.writeFileSync(control, '<p>x</p><img src="nowhere.png" onerror="window.__pwned=\'control\'">');
  const probe = await context.newPage();
  await probe.goto(require('url').pathToFileURL(control).href, { waitUntil: 'load' });
  await probe.waitForTimeout(50);
  if (await probe.evaluate(() => window.__pwned) !== 'control') {
    console.log('the control page did not set window.__pwned: this check cannot see injected script run');
    process.exit(3);
  }
  await probe.close();
  const ran = [];
  for (const file of pages.sort()) {
    const page = await context.newPage();
    const url = require('url').pathToFileURL(file).href;
    page.on('dialog', d => { ran.push(file + ': dialog ' + d.message()); d.dismiss(); });
    page.on('popup', () => ran.push(file + ': popup'));
    await page.goto(url, { waitUntil: 'load' });
    // Hover and click what a reader would: links, images, the article itself (never following a navigation).
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('a, img, div, p, b, i, svg, h1, li')) {
        // Links are hovered, not clicked: a click would leave the page (javascript: links are checked with jsoup).
        for (const type of el.tagName === 'A' ? ['mouseover', 'focus'] : ['mouseover', 'focus', 'click']) {
          el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
        }
      }
    });
    await page.waitForTimeout(50);
    const pwned = await page.evaluate(() => window.__pwned);
    if (pwned !== undefined) ran.push(file + ': window.__pwned = ' + pwned);
    if (page.url() !== url && !page.url().startsWith(url + '#')) ran.push(file + ': navigated to ' + page.url());
    await page.close();
  }
  // Search shows indexed text (titles, bylines, passages, facets' names): queries for the payloads' words, and every
  // facet value the list of briefs links to, each drawn with its results and facets.
  const searchUrl = require('url').pathToFileURL(path.join(siteDir, 'search.html')).href;
  const list = await context.newPage();
  await list.goto(require('url').pathToFileURL(path.join(siteDir, 'briefs', 'index.html')).href);
  const filters = await list.evaluate(() => Array.from(document.querySelectorAll('nav.facets a'))
    .map(a => a.getAttribute('href')).filter(h => h.includes('search.html?')).map(h => h.split('?')[1]));
  await list.close();
  const queries = ['q=script', 'q=alert', 'q=img', 'q=onerror', 'q=pwned', 'q=iframe', 'q=svg', 'q=javascript']
    .concat(filters);
  for (const query of queries) {
    const page = await context.newPage();
    page.on('dialog', d => { ran.push('search.html?' + query + ': dialog ' + d.message()); d.dismiss(); });
    await page.goto(searchUrl + '?' + query, { waitUntil: 'load' });
    await page.waitForTimeout(400);
    // Every facet shown whole, and every result and facet hovered and clicked as a reader would.
    await page.evaluate(() => {
      document.querySelectorAll('#search-facets button').forEach(b => b.click());
      document.querySelectorAll('details').forEach(d => { d.open = true; });
      for (const el of document.querySelectorAll('#search-results *, #search-facets *')) {
        el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, cancelable: true }));
      }
    });
    await page.waitForTimeout(100);
    const pwned = await page.evaluate(() => window.__pwned);
    if (pwned !== undefined) ran.push('search.html?' + query + ': window.__pwned = ' + pwned);
    await page.close();
  }
  console.log(queries.length + ' searches (' + filters.length + ' by a facet)');
  await browser.close();
  console.log(pages.length + ' pages opened');
  if (ran.length) {
    console.log('injected script ran:\n' + ran.join('\n'));
    process.exit(1);
  }
})().catch(e => { console.error(e); process.exit(2); });
