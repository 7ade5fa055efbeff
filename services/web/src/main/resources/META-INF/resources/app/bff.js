/** The session has ended: the person must sign in again before anything more is read or sent. */
export class SignedOut extends Error {
}

/**
 * Reads one of the web service's own endpoints, signed by the session cookie. The header tells the service to
 * answer 499 rather than redirect to the login page, which a script cannot follow.
 */
export async function bff(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json', 'X-Requested-With': 'JavaScript' } });
  if (response.status === 499 || response.status === 401) {
    throw new SignedOut();
  }
  if (!response.ok) {
    throw new Error(`${path}: ${response.status}`);
  }
  return response.json();
}
