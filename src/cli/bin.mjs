#!/usr/bin/env node
// The `tactful` command. Runs the TypeScript sources through tsx (a dependency), so it works right
// after `npm install` with no build step.
import { register } from 'tsx/esm/api';

// `tactful … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { run } = await import('./main.ts');
process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
