// Runs the CLI from source (via tsx), so tests can start real separate processes without a build.
import { run } from '../../src/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
