import { bff, SignedOut } from './bff.js';
import { forget, showDay } from './day.js';
import { flush, forgetKept, showQueue } from './log.js';
import { choose, language, texts } from './i18n.js';

const page = {
  greeting: document.getElementById('greeting'),
  who: document.getElementById('who'),
  language: document.getElementById('language'),
};

function translateStatic(t) {
  document.documentElement.lang = language();
  document.querySelectorAll('[data-text]').forEach(element => {
    const text = t[element.dataset.text];
    if (typeof text === 'string') {
      element.textContent = text;
    }
  });
  document.querySelectorAll('[data-label]').forEach(element => {
    element.setAttribute('aria-label', t[element.dataset.label]);
  });
  page.language.textContent = t.otherLanguage.label;
  page.language.lang = t.otherLanguage.code;
}

// Who signed in on this device last, so that the page opens without a network; removed at sign-out.
const KEPT_ME = 'ips-me';

async function whoIsSignedIn() {
  try {
    // The session cookie signs the request; the page never sees a token.
    const me = await bff('/bff/me');
    localStorage.setItem(KEPT_ME, JSON.stringify(me));
    return me;
  } catch (e) {
    const kept = localStorage.getItem(KEPT_ME);
    if (e instanceof SignedOut || !kept) {
      throw e;
    }
    return JSON.parse(kept);
  }
}

async function showWhoIsSignedIn(t) {
  const me = await whoIsSignedIn();
  page.greeting.textContent = t.greeting(me.name || me.username);
  const roles = me.roles.map(role => t.roles[role] || role).join(', ');
  page.who.textContent = t.who(roles, me.org);
  return me;
}

async function render() {
  const t = texts();
  translateStatic(t);
  try {
    const me = await showWhoIsSignedIn(t);
    if (me.roles.includes('employment-specialist')) {
      await showDay();
      showQueue();
      flush();
    }
  } catch (e) {
    if (e instanceof SignedOut) {
      // Reloading the page leads through Keycloak's login and back.
      window.location.assign('/');
      return;
    }
    page.greeting.textContent = t.failed;
  }
}

// What the device kept goes with the session.
// Signing out leaves nothing of anyone on the device, logs not yet sent included (the list shows them first).
document.getElementById('sign-out').addEventListener('click', () => {
  localStorage.removeItem(KEPT_ME);
  forget();
  forgetKept();
});

page.language.addEventListener('click', () => {
  choose(texts().otherLanguage.code);
  render();
});

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js');
}

render();
