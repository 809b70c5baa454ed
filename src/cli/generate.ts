// Placeholder until `kubedeck generate` lands (being written in parallel); replaced whole by its implementation.
import type { Print } from './main';

export async function runGenerate(_args: string[], _out: Print, err: Print): Promise<number> {
  err('kubedeck generate: not available yet');
  return 2;
}
