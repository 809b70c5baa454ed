// fast-check settings shared by the fuzz tests: a fixed seed so a failure replays, a bounded run
// in `npm test`, and a long run with `npm run fuzz` (FUZZ_RUNS).
export const FUZZ = { seed: 19, numRuns: Number(process.env.FUZZ_RUNS ?? 300) };
