import type { AddressInfo } from 'net';
import { createLogger, readLogLevel } from '../../../workers/logger';
import { parseRedisUrl, probeRedis, redactUrl } from '../../../workers/redis-connection';
import { UsageError } from '../../model/errors';
import { buildServer } from '../../server/build-server';
import { normaliseHostName } from '../../server/host-guard';
import { ADMIN_PREFIX } from '../../server/security-headers';
import type { CliConfig } from '../cli-config';
import { openCliStore, storeTarget } from '../cli-store';
import type { CliIo } from '../io';
import { queuePrefix } from '../queue-options';
import { DEFAULT_HOST, DEFAULT_PORT } from './serve';

/** `recap serve`'s work, loaded only when the command runs (fastify, bull-board and BullMQ cost some 0.5 s to load). */



export interface ServeFlags {
  store?: string;
  port?: number;
  host?: string;
  prefix?: string;
  allowedHost?: string[];
}

/** Host names besides the loopback ones: the address listened on (unless every interface), the flags', the environment's. */
function allowedHostsOf(host: string, flags: ServeFlags, config: CliConfig): string[] {
  const names = [...(flags.allowedHost ?? []), ...(config.allowedHosts ?? '').split(',')].map((n) => n.trim()).filter((n) => n !== '');
  for (const name of names) if (!/^[A-Za-z0-9.:_[\]-]+$/.test(name)) throw new UsageError(`--allowed-host takes a host name, or name:port, not "${name}"`);
  const wildcard = host === '0.0.0.0' || host === '::';
  return [...(wildcard ? [] : [normaliseHostName(host)]), ...names];
}

function hostOf(value: string | undefined): string {
  if (value === undefined) return DEFAULT_HOST;
  if (!/^[A-Za-z0-9.:_-]+$/.test(value)) throw new UsageError(`--host takes an address or host name to listen on, not "${value}"`);
  return value;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/`;
}

/** Resolves at the first SIGINT or SIGTERM. */
function nextSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/**
 * Bull-board's Redis when REDIS_URL is set and answers; a server that cannot reach it still
 * serves the pages and search, which do not need it.
 */
async function boardRedis(config: CliConfig, prefix: string, io: CliIo): Promise<{ url: string; prefix: string } | undefined> {
  if (config.redisUrl === undefined) return undefined;
  const url = parseRedisUrl(config.redisUrl);
  try {
    await probeRedis(url);
  } catch (e) {
    io.err(`recap serve: warning: ${(e as Error).message}; serving without ${ADMIN_PREFIX}\n`);
    return undefined;
  }
  return { url, prefix };
}

/** Serves until SIGINT/SIGTERM. */
export async function runServe(flags: ServeFlags, io: CliIo, config: CliConfig): Promise<void> {
  const port = flags.port ?? DEFAULT_PORT;
  const host = hostOf(flags.host);
  const prefix = queuePrefix(flags.prefix);
  const logger = createLogger(readLogLevel({ LOG_LEVEL: config.logLevel }), 'recap-serve');
  const store = openCliStore(storeTarget(flags.store, config), config);
  const allowedHosts = allowedHostsOf(host, flags, config);
  const redis = await boardRedis(config, prefix, io);
  const board = redis ? { ...redis, ...(config.adminToken !== undefined ? { token: config.adminToken } : {}) } : undefined;
  const app = await buildServer({ store, logger, allowedHosts, ...(board ? { redis: board } : {}) });
  try {
    await app.listen({ port, host });
  } catch (e) {
    await app.close();
    await store.close?.();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new UsageError(`cannot listen on ${host}:${port}: ${(e as Error).message}`);
    throw e;
  }
  const url = urlOf(app.server.address() as AddressInfo);
  io.err(`recap serve: serving ${store.location} at ${url}${redis ? ` (queues of ${redactUrl(redis.url)} at ${url.slice(0, -1)}${ADMIN_PREFIX})` : ''}\n`);
  if (redis && config.adminToken === undefined && !isLoopback(host)) io.err(`recap serve: warning: ${ADMIN_PREFIX} has no login and is reachable on ${host}; set RECAP_ADMIN_TOKEN or put it behind an authenticating proxy\n`);
  const signal = await nextSignal();
  io.err(`recap serve: ${signal}: closing\n`);
  await app.close();
  await store.close?.();
}
