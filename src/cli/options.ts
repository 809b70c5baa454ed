// Option parsing shared by the CLI commands.
import { isLocale, type Locale } from '../shared/i18n';

export interface CommonOptions {
  locale: Locale;
  positional: string[];
}

export class UsageError extends Error {}

/** Splits `--lang` from the positional arguments; the language defaults to LANG (fr_FR… → fr), else English. */
export function parseCommonOptions(args: string[], env: NodeJS.ProcessEnv = process.env): CommonOptions {
  const positional: string[] = [];
  let locale: Locale = env.LANG?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice('--lang='.length) : args[++i];
      if (!isLocale(value)) throw new UsageError(`--lang must be fr or en, not "${value ?? ''}"`);
      locale = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}"`);
    } else {
      positional.push(arg);
    }
  }
  return { locale, positional };
}
