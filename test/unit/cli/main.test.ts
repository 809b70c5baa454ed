import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCommands, main } from '../../../src/cli/main';
import { CLI_MESSAGES } from '../../../src/cli/messages';

const COMMANDS = await loadCommands();

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the kubedeck command line', () => {
  it.each(COMMANDS.flatMap((spec) => [[spec.name, 'fr'], [spec.name, 'en']]))('%s --help exits 0 and explains every option, in %s', async (name, lang) => {
    const { code, out, err } = await run([name, '--help', '--lang', lang]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(lang === 'fr' ? new RegExp(`^Usage : kubedeck ${name} `) : new RegExp(`^Usage: kubedeck ${name} `));
    const spec = COMMANDS.find((candidate) => candidate.name === name)!;
    for (const option of [...Object.keys(spec.options), 'lang', 'help']) expect(out).toContain(`--${option}`);
    expect(out).toContain(lang === 'fr' ? 'Code de sortie' : 'Exit status');
  });

  it('says « paquet » in French, as the app does, never « deck » (decks/, --deck-lang, kubedeck and placeholders aside)', async () => {
    const deckWord = /(?<![-\w{])decks?(?![/\w-])/i;
    const help = await Promise.all(COMMANDS.map(async (spec) => (await run([spec.name, '--help', '--lang', 'fr'])).out));
    const texts = [...Object.values(CLI_MESSAGES).map((message) => message.fr), ...help];
    expect(texts.filter((text) => deckWord.test(text))).toEqual([]);
  });

  it('shows -h as --help, even with other arguments that would be wrong', async () => {
    expect(await run(['export', '-h'])).toMatchObject({ code: 0, out: expect.stringContaining('--format') });
    expect(await run(['lint', '--frobnicate', '--help'])).toMatchObject({ code: 0 });
  });

  it('lists the commands with --help (exit 0), and without a command (exit 2, on stderr)', async () => {
    const help = await run(['--help', '--lang', 'fr']);
    expect(help.code).toBe(0);
    for (const spec of COMMANDS) expect(help.out).toContain(`  ${spec.name} `);
    expect(help.out).toContain('Commandes :');
    const none = await run([]);
    expect(none).toMatchObject({ code: 2, out: '' });
    expect(none.err).toContain('Usage');
  });

  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await run(['--version'])).toMatchObject({ code: 0, out: `kubedeck ${version}` });
  });

  it('refuses an unknown command or option with exit 2, in the language asked', async () => {
    expect(await run(['frobnicate', '--lang', 'fr'])).toMatchObject({ code: 2, err: expect.stringMatching(/^kubedeck : commande inconnue « frobnicate »/) });
    expect(await run(['check', '--frobnicate', '--lang', 'fr'])).toMatchObject({ code: 2, err: 'kubedeck check : option inconnue « --frobnicate » (voir --help)' });
    expect(await run(['export', 'ingress', '--lang', 'fr', '--format', 'docx'])).toMatchObject({ code: 2, err: 'kubedeck export : --format vaut l’un de yaml, bundle, apkg, tsv, html, pdf, pas « docx »' });
    expect(await run(['import', 'x.apkg', '-o', '--lang', 'en'])).toMatchObject({ code: 2, err: 'kubedeck import: --output needs a value' });
    expect(await run(['import', 'x.apkg', '--replace=yes', '--lang', 'en'])).toMatchObject({ code: 2, err: 'kubedeck import: --replace takes no value' });
    expect(await run(['lint', 'x.yaml', '--lang', 'de'])).toMatchObject({ code: 2, err: expect.stringContaining('--lang must be fr or en, not "de"') });
  });
});
