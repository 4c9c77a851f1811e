// `node --import tsx --import ./bench/built-code.mjs bench/run.ts`: the benchmarks measure the
// code users run. Their own harness stays TypeScript (tsx), but every import of the project's
// src/ is answered with its compiled twin in dist/ (`npm run build`, which `npm run bench`
// runs first). Under tsx our code is not what ships: its esbuild transform keeps function
// names by wrapping every closure it creates, which doubled extraction's own cost.
import { register } from 'node:module';

register('./built-code-hooks.mjs', import.meta.url);
