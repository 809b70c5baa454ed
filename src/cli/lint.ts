// Placeholder until `kubedeck lint` lands (being written in parallel); replaced whole by its implementation.
import type { Print } from './main';

export async function runLint(_args: string[], _out: Print, err: Print): Promise<number> {
  err('kubedeck lint: not available yet');
  return 2;
}
