/** The session has ended: the person must sign in again before anything more is read or sent. */
export class SignedOut extends Error {
}

/** A service refused: its problem+json, to be shown in words. */
export class Refused extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || String(status));
    this.status = status;
    this.problem = problem;
  }
}

// The services ask the page's own scripts to say so: the web service answers 499 instead of redirecting to the
// login page, which a script cannot follow, and passes nothing on to the services without it (ADR 25).
const FROM_THE_PAGE = { 'X-Requested-With': 'JavaScript' };

/** The web service's way to a service's API: api('placements', 'jobs') is the placements service's /api/jobs. */
export function api(service, path) {
  return `/bff/api/${service}/${path}`;
}

/**
 * Reads one of the web service's endpoints, signed by the session cookie.
 * Throws SignedOut when the session has ended, Refused with the service's problem, or a TypeError offline.
 */
export async function bff(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json', ...FROM_THE_PAGE } });
  return answer(response);
}

/** Sends a change; headers carry the Idempotency-Key or the If-Match the service acts on. */
export async function send(method, path, body, headers = {}) {
  const response = await fetch(path, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...FROM_THE_PAGE, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return answer(response);
}

async function answer(response) {
  if (response.status === 499 || response.status === 401) {
    throw new SignedOut();
  }
  if (!response.ok) {
    throw new Refused(response.status, await response.json().catch(() => ({})));
  }
  return response.status === 204 ? null : response.json();
}
