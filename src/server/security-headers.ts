import type { FastifyInstance } from 'fastify';
import { contentSecurityPolicy, PUBLISHED_PAGES_POLICY } from '../publish/html/page-policy';

/**
 * The pages recap serves load script files of the site only (never inline script, so an injected
 * <script> in caption text, were escaping ever to fail, would not run), and forms post only here.
 * Each page's own meta policy narrows this further to what that page needs.
 */
export const PAGE_CSP = `${contentSecurityPolicy(PUBLISHED_PAGES_POLICY)}; frame-ancestors 'none'`;

/**
 * bull-board is a React application: its own scripts, styles and API calls from this origin.
 * Still nothing from elsewhere (its web font is left out) and no inline script.
 */
export const ADMIN_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'self'; frame-ancestors 'none'";

export const ADMIN_PREFIX = '/admin/queues';

function isAdmin(url: string): boolean {
  return url === ADMIN_PREFIX || url.startsWith(`${ADMIN_PREFIX}/`) || url.startsWith(`${ADMIN_PREFIX}?`);
}

/** The security headers of a response to `url`. */
export function securityHeaders(url: string): Record<string, string> {
  return {
    'Content-Security-Policy': isAdmin(url) ? ADMIN_CSP : PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  };
}

/** Adds the security headers to every response, whichever route (or error handler) made it. */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(securityHeaders(request.url));
    return payload;
  });
}
