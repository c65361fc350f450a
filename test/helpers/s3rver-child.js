'use strict';
// Runs one s3rver for the tests in a process of its own, because s3rver needs Node's legacy OpenSSL
// provider (its ListObjectsV2 continuation tokens use DES; GOTCHAS.md), which only NODE_OPTIONS can
// turn on. Started by s3-server.ts: argv = directory, port (0: any free one). It answers
// {ready: port} or {failed: message} over IPC.
const S3rver = require('s3rver');

const [directory, port] = process.argv.slice(2);
const server = new S3rver({ address: '127.0.0.1', port: Number(port), directory, silent: true, resetOnClose: false });

// The parent gone (even killed outright) closes the IPC channel: never outlive it.
process.on('disconnect', () => process.exit(0));

server.run().then(
  (address) => process.send({ ready: address.port }),
  (error) => {
    process.send({ failed: `${error.code ?? error.name}: ${error.message}` }, () => process.exit(1));
  },
);
