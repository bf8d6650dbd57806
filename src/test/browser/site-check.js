// Drives headless Chromium through a built Dossier site, opened from disk and from the preview server:
// brief → author → country, a search, axe-core's accessibility rules, and screenshots to look at.
// Usage: node site-check.js <site-dir> <preview-url> <screenshot-dir>
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const [siteDir, previewUrl, shots] = process.argv.slice(2);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const failures = [];
const check = (ok, what) => { if (!ok) { failures.push(what); } };

async function walk(page, base, label) {
  await page.goto(base + 'index.html');
  check((await page.title()).length > 0, label + ': home has a title');
  // Each click is followed by the page it opens, loaded, before anything is read from it.
  await Promise.all([page.waitForURL(/\/briefs\/[^/]+\.html$/), page.click('ol.briefs li a.title >> nth=0')]);
  const brief = await page.textContent('h1');
  check(brief && brief.length > 5, label + ': a brief opens from the home page');
  await Promise.all([page.waitForURL(/\/authors\//), page.click('.meta dd a[href*="authors/"] >> nth=0')]);
  check(page.url().includes('/authors/'), label + ': the brief links to its author');
  check((await page.locator('ol.briefs a.title').allTextContents()).includes(brief), label + ': the author page links back');
  await page.goBack();
  await Promise.all([page.waitForURL(/\/countries\//), page.click('.meta dd a[href*="countries/"] >> nth=0')]);
  check(page.url().includes('/countries/'), label + ': the brief links to a country');
  await page.goto(base + 'search.html?q=Trenin');
  await page.waitForSelector('#search-results li', { timeout: 10000 });
  let results = await page.locator('#search-results li a.title').allTextContents();
  check(results.length === 1 && results[0] === 'China, Russia have to forge closer ties',
    label + ': search finds the one brief by Trenin, got ' + JSON.stringify(results));
  await page.fill('#search-input', 'Lavrov Anchorage');
  await page.press('#search-input', 'Enter');
  await page.waitForFunction(() => document.getElementById('search-status').textContent.includes('Lavrov Anchorage'));
  results = await page.locator('#search-results li a.title').allTextContents();
  // The passage that matched, its words marked.
  const marks = await page.locator('#search-results li .snippet mark').allTextContents();
  if (!marks.some(m => /lavrov|anchorage/i.test(m))) {
    failures.push(label + ': no matched passage with the query\'s words marked, got ' + JSON.stringify(marks));
  }
  // Typing: from the last key to the results shown (a figure to read, not a bound: machines are noisy).
  const typed = await page.evaluate(() => new Promise(resolve => {
    const input = document.getElementById('search-input');
    const status = document.getElementById('search-status');
    const t0 = performance.now();
    input.value = 'Moscow Beijing';
    input.dispatchEvent(new Event('input'));
    const seen = new MutationObserver(() => {
      if (status.textContent.includes('Moscow Beijing')) { seen.disconnect(); resolve(performance.now() - t0); }
    });
    seen.observe(status, { childList: true, characterData: true, subtree: true });
  }));
  console.log(label + ': results ' + Math.round(typed) + ' ms after typing');
  check(results[0] === 'China, Russia have to forge closer ties',
    label + ': the brief where Lavrov’s Anchorage visit is the story ranks first, got ' + JSON.stringify(results));
  // Stemming: "efforts" finds the briefs that say "effort" too (one says only "effort", two "efforts").
  for (const q of ['efforts', 'effort']) {
    await page.fill('#search-input', q);
    await page.press('#search-input', 'Enter');
    await page.waitForFunction((q) => document.getElementById('search-status').textContent.includes('“' + q + '”'), q);
    results = await page.locator('#search-results li a.title').allTextContents();
    check(results.length === 3, label + ': "' + q + '" finds the 3 briefs saying effort or efforts, got ' + results.length);
  }
}

async function axe(page, url, label) {
  await page.goto(url);
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  for (const v of result.violations) {
    if (v.impact === 'serious' || v.impact === 'critical') {
      failures.push(label + ': axe ' + v.impact + ' ' + v.id + ' — ' + v.help + ' (' + v.nodes.length + ' nodes: '
        + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(', ') + ')');
    }
  }
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const fileBase = 'file://' + path.resolve(siteDir) + '/';
    await walk(page, fileBase, 'file://');
    await walk(page, previewUrl, 'preview');
    const brief = (fs.readdirSync(path.join(siteDir, 'briefs')).filter(f => f.endsWith('.html') && f !== 'index.html'))[0];
    for (const [name, url] of [['home', 'index.html'], ['brief', 'briefs/' + brief], ['country', 'countries/china.html'],
      ['search', 'search.html?q=nato'], ['author', 'authors/index.html']]) {
      await axe(page, previewUrl + url, name);
      await page.goto(previewUrl + url);
      if (name === 'search') { await page.waitForSelector('#search-results li'); }
      await page.screenshot({ path: path.join(shots, name + '.png'), fullPage: true });
    }
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(previewUrl + 'briefs/' + brief);
    await phone.screenshot({ path: path.join(shots, 'brief-phone.png'), fullPage: false });
    const dark = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    await axe(dark, previewUrl + 'briefs/' + brief, 'brief (dark)');
    await dark.screenshot({ path: path.join(shots, 'brief-dark.png') });
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.log(failures.join('\n'));
    process.exit(1);
  }
  console.log('site-check: all checks passed');
})().catch(e => { console.error(e); process.exit(2); });
