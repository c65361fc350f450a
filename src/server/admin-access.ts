import { createHash, timingSafeEqual } from 'crypto';
import path from 'path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderMessagePage } from './html';
import { ADMIN_PREFIX } from './security-headers';

/** Everything under it needs the token (when one is set); the login page itself does not. */
const ADMIN_ROOT = '/admin/';
export const ADMIN_LOGIN_PATH = '/admin/login';
const COOKIE = 'recap-admin';

/**
 * The path a request reaches, as the router sees it: percent-decoded, '//' and dot segments
 * resolved. The guards below look at this, never at the raw URL, so "/%61dmin/queues" and
 * "//admin/./queues" are the dashboard for them as they are for the router.
 */
export function routedPath(url: string): string {
  const raw = url.split('?', 1)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = raw;
  }
  return path.posix.normalize(`/${decoded}`.replace(/\/+/g, '/'));
}

function isAdminRequest(request: FastifyRequest): boolean {
  const routed = request.routeOptions.url;
  const p = routedPath(request.url);
  return (routed !== undefined && routed.startsWith(ADMIN_PREFIX)) || p === '/admin' || p.startsWith(ADMIN_ROOT);
}

/**
 * Browsers send these headers on every request they make; a request from another site's page
 * may change queues only by a "simple" POST, which this refuses.
 */
function isCrossSite(headers: Record<string, string | string[] | undefined>): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = headers.origin;
  if (typeof origin !== 'string') return false;
  try {
    return new URL(origin).host !== headers.host;
  } catch {
    return true;
  }
}

/** Equal strings, in a time that does not tell how much of a guess was right. */
function sameSecret(given: string, token: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(token));
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function presentedToken(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  const cookie = cookieValue(request.headers.cookie, COOKIE);
  if (cookie === undefined) return undefined;
  try {
    return decodeURIComponent(cookie);
  } catch {
    // A cookie that does not decode ("%") is no token: the request is refused as any without one.
    return undefined;
  }
}

function refuse(reply: FastifyReply, status: number, title: string, message: string, json: boolean): FastifyReply {
  if (json) return reply.code(status).send({ error: message });
  return reply.code(status).type('text/html; charset=utf-8').send(renderMessagePage(title, message));
}

/**
 * /admin/login?token=...: sets the token as a cookie only this server's /admin pages get
 * (HttpOnly, SameSite=Strict: another site's page cannot send it) and goes on to the dashboard.
 */
function registerLogin(app: FastifyInstance, token: string): void {
  // Its URL holds the token: no request log lines for it (they record the URL at info level).
  app.get<{ Querystring: { token?: unknown } }>(ADMIN_LOGIN_PATH, { logLevel: 'warn' }, async (request, reply) => {
    const given = request.query.token;
    if (typeof given !== 'string' || !sameSecret(given, token)) {
      return refuse(reply, 401, 'Log in', `Open ${ADMIN_LOGIN_PATH}?token=<RECAP_ADMIN_TOKEN> to see the queues.`, false);
    }
    reply.header('Set-Cookie', `${COOKIE}=${encodeURIComponent(given)}; Path=/admin; HttpOnly; SameSite=Strict`);
    return reply.redirect(`${ADMIN_PREFIX}/`, 303);
  });
}

/**
 * Guards bull-board, which has no login of its own: requests that change the queues must come
 * from this site, and with `token` set every request under /admin must present it (a
 * "Authorization: Bearer" header or the cookie the login page sets).
 */
export function addAdminGuard(app: FastifyInstance, token: string | undefined): void {
  if (token !== undefined) registerLogin(app, token);
  app.addHook('onRequest', async (request, reply) => {
    if (!isAdminRequest(request) || routedPath(request.url) === ADMIN_LOGIN_PATH) return;
    const json = routedPath(request.url).startsWith(`${ADMIN_PREFIX}/api/`);
    if (token !== undefined) {
      const given = presentedToken(request);
      if (given === undefined || !sameSecret(given, token)) {
        return refuse(reply, 401, 'Log in', `The queues need the admin token: open ${ADMIN_LOGIN_PATH}?token=<RECAP_ADMIN_TOKEN>.`, json);
      }
    }
    if (request.method !== 'GET' && request.method !== 'HEAD' && isCrossSite(request.headers)) {
      return refuse(reply, 403, 'Forbidden', 'cross-site requests may not change the queues', true);
    }
  });
}
