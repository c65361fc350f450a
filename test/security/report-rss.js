'use strict';
// Preloaded into a recap child process by readers.test.ts: reports its peak resident memory.
process.on('exit', () => process.stderr.write(`\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`));
