// Search as a reader uses it, in headless Chromium, from disk and (when given) from the preview server:
//  - typing each query shows results with the passage that matched (its words marked) and the facets' counts; the
//    time from the last key to both on screen is printed, with the median (a figure to read: machines are noisy);
//  - ticking a facet's value narrows the results to that value's count, and puts it in the page's address;
//  - on the list of briefs, a facet's value links to the search page listing exactly its briefs.
// Usage: node search-check.js <site-dir> <preview-url or -> <query> [<query>…]
'use strict';
const path = require('path');
const { chromium } = require('playwright-core');

const [siteDir, previewUrl, ...queries] = process.argv.slice(2);
const failures = [];
const check = (ok, what) => { if (!ok) { failures.push(what); } };

// Types q into the search box and waits until the results, a marked passage and the facets are shown: the ms taken.
async function typed(page, q) {
  return page.evaluate((q) => new Promise((resolve, reject) => {
    const input = document.getElementById('search-input');
    const t0 = performance.now();
    const done = () => {
      const status = document.getElementById('search-status').textContent;
      return status.includes('“' + q + '”')
        && document.querySelector('#search-results li .snippet mark')
        && document.querySelector('details:not([hidden]) #search-facets fieldset input');
    };
    const seen = new MutationObserver(() => {
      if (done()) { seen.disconnect(); resolve(performance.now() - t0); }
    });
    seen.observe(document.querySelector('main'), { childList: true, characterData: true, subtree: true,
      attributes: true });
    setTimeout(() => { seen.disconnect(); reject(new Error('no results, passage and facets for "' + q + '" in 10 s')); },
      10000);
    input.value = q;
    input.dispatchEvent(new Event('input'));
  }), q);
}

const count = (text) => Number((text.match(/^(\d+) brief/) || [0, 0])[1]);

async function run(page, base, label) {
  await page.goto(base + 'search.html');
  const times = [];
  for (const q of queries) {
    try {
      times.push(await typed(page, q));
    } catch (e) {
      failures.push(label + ': ' + e.message);
    }
  }
  times.sort((a, b) => a - b);
  if (times.length) {
    console.log(label + ': results, passages and facets ' + times.map(Math.round).join(', ') + ' ms after typing'
      + ' (median ' + Math.round(times[Math.floor(times.length / 2)]) + ' ms)');
  }
  // A facet's value ticked: the results are its count, and the address says so.
  const q = queries[0];
  await page.goto(base + 'search.html?q=' + encodeURIComponent(q));
  await page.waitForSelector('details:not([hidden]) #search-facets fieldset input');
  const before = count(await page.textContent('#search-status'));
  const option = page.locator('#search-facets label').filter({ has: page.locator('input:not(:checked)') })
    .filter({ hasNot: page.locator('input:checked') }).nth(1);
  const [name, shown] = await option.locator('span').allTextContents();
  await option.locator('input').click();
  await page.waitForFunction((name) => document.getElementById('search-status').textContent.includes(' in ' + name),
    name);
  const after = count(await page.textContent('#search-status'));
  check(after === Number(shown) && after <= before,
    label + ': ticking "' + name + '" (' + shown + ') leaves ' + after + ' of ' + before + ' results');
  if (base.startsWith('http')) {
    check(/[?&](language|year|publication|theme)=/.test(page.url()), label + ': the filter is in the address: ' + page.url());
  }
  // The list of briefs: a theme's value there opens the search page listing exactly its briefs.
  await page.goto(base + 'briefs/index.html');
  const link = page.locator('nav.facets dd li:has(a) >> nth=0');
  const value = await link.locator('a').textContent();
  const listed = Number(await link.locator('.count').textContent());
  await Promise.all([page.waitForURL(/search\.html\?/), link.locator('a').click()]);
  await page.waitForFunction(() => /^\d+ briefs? in /.test(document.getElementById('search-status').textContent));
  const status = await page.textContent('#search-status');
  check(count(status) === listed && status.includes(value),
    label + ': "' + value + '" (' + listed + ' on the list of briefs) opens a search page saying "' + status + '"');
  const rows = await page.locator('#search-results li').count();
  check(rows === Math.min(10, listed), label + ': the filtered list shows ' + rows + ' of ' + listed);
  if (listed > 10) {
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length === n,
      Math.min(20, listed));
  }
}

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await run(page, 'file://' + path.resolve(siteDir) + '/', 'file://');
    if (previewUrl && previewUrl !== '-') {
      await run(page, previewUrl, 'preview');
    }
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.log(failures.join('\n'));
    process.exit(1);
  }
  console.log('search-check: all checks passed');
})().catch(e => { console.error(e); process.exit(2); });
