// What every part of a progress backup checks its values with, and the error naming where a
// damaged file goes wrong (`cardStates[12]: "due" must be a number`).

export class BackupError extends Error {
  constructor(
    message: string,
    readonly where: string,
  ) {
    super(`${where}: ${message}`);
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 1000;
