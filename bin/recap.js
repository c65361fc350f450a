#!/usr/bin/env node
// Entry point of the `recap` command: runs the compiled CLI (npm install builds it via "prepare").
const path = require('path');
const fs = require('fs');

const main = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('recap: not built yet; run `npm install` (or `npm run build`) in the recap folder first\n');
  process.exit(2);
}
require(main)
  .runCli(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`recap: internal error: ${e && e.stack ? e.stack : String(e)}\n`);
      process.exitCode = 70;
    },
  );
