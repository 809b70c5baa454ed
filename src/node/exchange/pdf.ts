// PDF export: the printable HTML sheet printed by headless Chromium (Debian's /usr/bin/chromium,
// $CHROME_PATH, or the usual places, found as `npm start` finds it). The sheet is inert (no
// script, no remote content, CSP), so the browser needs no sandbox of its own beyond that.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExchangeError } from '../../shared/exchange/errors';
import { findChromium } from '../launcher';

export interface PdfOptions {
  /** Chromium binary; default: found like `npm start` does. */
  chromium?: string;
  timeoutMs?: number;
}

export function chromiumForPdf(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return findChromium(process.platform, env, existsSync);
}

export function chromiumPdfArguments(htmlFile: string, pdfFile: string, profileDir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--no-pdf-header-footer', // and its older name: Chromium ignores the one it does not know
    '--print-to-pdf-no-header',
    `--user-data-dir=${profileDir}`,
    `--print-to-pdf=${pdfFile}`,
    pathToFileURL(htmlFile).href,
  ];
}

/** Prints `html` to `pdfFile`. Throws `no-chromium` or `pdf-failed` (ExchangeError). */
export async function htmlToPdf(html: string, pdfFile: string, options: PdfOptions = {}): Promise<void> {
  const chromium = options.chromium ?? chromiumForPdf();
  if (!chromium || !existsSync(chromium)) throw new ExchangeError('no-chromium');
  const work = await mkdtemp(join(tmpdir(), 'kubedeck-pdf-'));
  const output = resolve(pdfFile);
  try {
    const htmlFile = join(work, 'sheet.html');
    await writeFile(htmlFile, html);
    await rm(output, { force: true });
    await new Promise<void>((done, fail) => {
      execFile(chromium, chromiumPdfArguments(htmlFile, output, join(work, 'profile')), { timeout: options.timeoutMs ?? 120_000 }, (error, _stdout, stderr) =>
        error ? fail(new ExchangeError('pdf-failed', { detail: (stderr || error.message).trim().split('\n').slice(-1)[0] })) : done(),
      );
    });
    const head = await readFile(output).then((bytes) => bytes.subarray(0, 5).toString('latin1'), () => '');
    if (head !== '%PDF-') throw new ExchangeError('pdf-failed', { detail: 'no PDF written' });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
