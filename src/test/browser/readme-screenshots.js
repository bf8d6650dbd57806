// The README's two screenshots, from a built site: a brief page and the home page, in headless Chromium at a
// 1280 × 900 window. Usage (after `mvn site`, with the browser test's npm packages in target/browser-node):
//   NODE_PATH=target/browser-node/node_modules node src/test/browser/readme-screenshots.js site docs
'use strict';
const path = require('path');
const { chromium } = require('playwright-core');

const [siteDir, outDir] = process.argv.slice(2);

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const base = 'file://' + path.resolve(siteDir) + '/';
    await page.goto(base + 'briefs/how-western-pressure-is-pushing-china-and-russia-ever-closer.html');
    await page.screenshot({ path: path.join(outDir, 'screenshot-brief.png') });
    await page.goto(base + 'index.html');
    await page.screenshot({ path: path.join(outDir, 'screenshot-home.png') });
  } finally {
    await browser.close();
  }
})().catch(e => { console.error(e); process.exit(2); });
