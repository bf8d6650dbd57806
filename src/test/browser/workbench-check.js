// Drives the preview server's tools in headless Chromium as a researcher would: a brief's edit form (change the
// title, add a sentence, save, land on the page that shows them), the review queue's merge button, and a page of
// another site that posts to the tools, which must be refused.
// Usage: node workbench-check.js <preview-url> <slug> <merged-name> <screenshot-dir>
'use strict';
const http = require('http');
const { chromium } = require('playwright-core');

const [previewUrl, slug, mergedName, shots] = process.argv.slice(2);
const failures = [];
const check = (ok, what) => { if (!ok) { failures.push(what); } };

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox',
    '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    // The edit form, from the brief's page.
    await page.goto(previewUrl + 'briefs/' + slug + '.html');
    await Promise.all([page.waitForURL(/__dossier\/edit\//), page.click('text=edit this brief')]);
    await page.fill('#title', 'Edited in the browser: ' + (await page.inputValue('#title')));
    const body = await page.inputValue('#body');
    await page.fill('#body', body + '\n\nA sentence typed into the form.');
    await page.screenshot({ path: shots + '/preview-edit-form.png' });
    const saved = Date.now();
    await Promise.all([page.waitForURL(new RegExp('/briefs/' + slug + '\\.html$')), page.click('button[type=submit]')]);
    const ms = Date.now() - saved;
    check((await page.textContent('h1')).startsWith('Edited in the browser: '), 'the page shows the new title');
    check((await page.textContent('.body')).includes('A sentence typed into the form.'), 'the page shows the sentence');
    console.log('saved and shown in ' + ms + ' ms');

    // The review queue's merge button.
    await page.goto(previewUrl + '__dossier/review');
    const merge = page.locator('button', { hasText: 'Merge into “' + mergedName + '”' }).first();
    check(await merge.count() === 1, 'the review offers to merge into ' + mergedName);
    await page.screenshot({ path: shots + '/preview-review.png', fullPage: false });
    if (await merge.count() === 1) {
      await Promise.all([page.waitForURL(/__dossier\/review$/), merge.click()]);
      check((await page.locator('button', { hasText: 'Merge into “' + mergedName + '”' }).count()) === 0,
        'after the merge the review no longer offers it');
    }

    // Another site's page posting to the tools, with the session's token copied even: refused by its origin.
    const token = await page.getAttribute('input[name=token] >> nth=0', 'value');
    const evil = http.createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<form id="f" method="post" action="' + previewUrl + '__dossier/correct">'
        + '<input name="token" value="' + token + '"><input name="line" value="people: {drop: [Joe Biden]}"></form>'
        + '<script>document.getElementById("f").submit()</script>');
    });
    await new Promise(r => evil.listen(0, '127.0.0.1', r));
    const evilUrl = 'http://127.0.0.1:' + evil.address().port + '/';
    const response = page.waitForResponse(r => r.url().includes('/__dossier/correct'));
    await page.goto(evilUrl);
    const answer = await response;
    check(answer.status() === 403, 'a post from another site is refused, got ' + answer.status());
    evil.close();
  } catch (e) {
    failures.push('error: ' + e.stack);
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.log(failures.join('\n'));
    process.exit(1);
  }
  console.log('the edit form, the merge button and the refusal of another site all work');
})();
