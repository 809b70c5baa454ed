import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, cs] of [[1440, 'light'], [360, 'dark']]) {
  const p = await b.newPage({ locale: 'fr-FR', viewport: { width: w, height: 900 }, colorScheme: cs });
  await p.goto('http://127.0.0.1:4321/');
  await p.getByTestId('deck-counts').first().waitFor();
  console.log(w, await p.evaluate(() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]));
  await p.screenshot({ path: `/tmp/lib-${w}.png` });
}
await b.close();
