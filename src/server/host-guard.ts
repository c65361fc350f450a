import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'net';

/** Names this machine answers to whatever else is configured: a browser on it uses one of these. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** "Example.org" -> "example.org", "::1" -> "[::1]": the form URL.hostname gives a Host header's name. */
export function normaliseHostName(name: string): string {
  const bare = name.trim().toLowerCase();
  return bare.includes(':') && !bare.startsWith('[') ? `[${bare}]` : bare;
}

/** The name and port ('' for none) of a Host header, or undefined when it is not one. */
function parseHost(header: string): { name: string; port: string } | undefined {
  try {
    const url = new URL(`http://${header}`);
    if (url.username !== '' || url.password !== '' || url.pathname !== '/' || url.search !== '' || url.hash !== '') return undefined;
    return { name: url.hostname, port: url.port };
  } catch {
    return undefined;
  }
}

/**
 * Refuses (421) a request whose Host header is not one of `names` on the port the server listens
 * on. A web page can make a browser send requests to 127.0.0.1 under its own name (DNS
 * rebinding); its Host header still carries that name, so checking it keeps such pages away from
 * the pages, the search and above all the queues' dashboard. An entry "name:port" allows that
 * exact pair (a proxy that publishes the server on another port). Before `listen` (tests'
 * inject) the port is not checked.
 */
export function addHostGuard(app: FastifyInstance, names: readonly string[]): void {
  const allowed = names.map((entry) => parseHost(entry)).filter((h): h is { name: string; port: string } => h !== undefined);
  app.addHook('onRequest', async (request, reply) => {
    const given = typeof request.headers.host === 'string' ? parseHost(request.headers.host) : undefined;
    const address = app.server.address() as AddressInfo | null;
    const listening = address === null ? undefined : String(address.port);
    const ok =
      given !== undefined &&
      allowed.some((a) => a.name === given.name && (a.port !== '' ? a.port === (given.port || '80') : listening === undefined || listening === (given.port || '80')));
    if (!ok) await reply.code(421).type('text/plain; charset=utf-8').send('This server does not answer to that host name.\n');
  });
}
