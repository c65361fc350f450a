'use strict';
// bench/queue's S3 server, in a process of its own because s3rver needs Node's legacy OpenSSL
// provider, which only NODE_OPTIONS can turn on. argv = directory; it picks a free port and
// answers {ready: port} or {failed: message} over IPC.
const S3rver = require('s3rver');

const [directory] = process.argv.slice(2);
const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, resetOnClose: false });

// The bench gone, even killed outright, closes the IPC channel: never outlive it.
process.on('disconnect', () => process.exit(0));

server.run().then(
  (address) => process.send({ ready: address.port }),
  (error) => process.send({ failed: `${error.code ?? error.name}: ${error.message}` }, () => process.exit(1)),
);
