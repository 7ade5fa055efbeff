import { bff, SignedOut } from './bff.js';
import { showCard } from './card.js';
import { showClients } from './clients.js';
import { forgetDrafts, showDashboard } from './dashboard.js';
import { forget, showDay } from './day.js';
import { flush, forgetKept, showQueue, signedInAs } from './log.js';
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

const LEADS = ['team-lead', 'ips-manager'];

/** What the address after # asks for: a client's card, the dashboard, or the person's home. */
async function showView(me) {
  document.querySelectorAll('.view').forEach(view => {
    view.hidden = true;
  });
  const card = /^#\/klient\/([^/]+)$/.exec(window.location.hash);
  if (card) {
    await showCard(decodeURIComponent(card[1]), me);
    document.getElementById('card-heading').focus();
  } else if (me.roles.includes('employment-specialist')) {
    await showDay();
  } else if (me.roles.some(role => LEADS.includes(role))) {
    await showDashboard(me);
  } else {
    await showClients();
  }
}

let signedIn;

async function render() {
  const t = texts();
  translateStatic(t);
  try {
    signedIn = await showWhoIsSignedIn(t);
    signedInAs(signedIn.username);
    if (signedIn.roles.includes('employment-specialist')) {
      showQueue();
      flush();
    }
    await showView(signedIn);
  } catch (e) {
    if (e instanceof SignedOut) {
      // Reloading the page leads through Keycloak's login and back.
      window.location.assign('/');
      return;
    }
    page.greeting.textContent = t.failed;
  }
}

window.addEventListener('hashchange', () => {
  if (signedIn) {
    showView(signedIn).then(() => {
      // Moving between views moves the focus to the new view's heading, as a new page would.
      document.querySelector('.view:not([hidden]) h2')?.focus();
    }).catch(() => {
      page.greeting.textContent = texts().failed;
    });
  }
});

// What the device kept goes with the session.
// Signing out leaves nothing of anyone on the device, logs not yet sent included (the list shows them first).
document.getElementById('sign-out').addEventListener('click', () => {
  localStorage.removeItem(KEPT_ME);
  forget();
  forgetKept();
  forgetDrafts();
});

page.language.addEventListener('click', () => {
  choose(texts().otherLanguage.code);
  render();
});

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js');
}

render();
