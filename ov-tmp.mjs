import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ locale: 'fr-FR', viewport: { width: 360, height: 800 } });
await p.goto('http://127.0.0.1:4321/' + (process.argv[2] ?? ''));
await p.waitForTimeout(2000);
console.log(await p.evaluate(() => [document.scrollingElement.scrollWidth, [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 361).slice(0, 8).map((e) => e.tagName + '.' + e.className + '<' + e.parentElement.className + '<' + e.parentElement.parentElement.className + ' ' + Math.round(e.getBoundingClientRect().width) + ' ' + Math.round(e.getBoundingClientRect().right))]));
await b.close();
