import { SignedOut, bff } from './bff.js';
import { texts } from './i18n.js';

// What the specialist logged and the services have not yet confirmed, kept on this device until they have: each
// entry has its id from the moment it is made, sent as the Idempotency-Key every time, so it is recorded once.
const QUEUE = 'ips-pending';
// Every employer this device has seen, so that a contact can be logged where there is no network.
const EMPLOYERS = 'ips-employers';

function queue() {
  return JSON.parse(localStorage.getItem(QUEUE) || '[]');
}

function save(entries) {
  localStorage.setItem(QUEUE, JSON.stringify(entries));
}

/** At sign-out: the employers seen and the logs not yet sent (the page lists those first, so they are seen). */
export function forgetKept() {
  localStorage.removeItem(EMPLOYERS);
  localStorage.removeItem(QUEUE);
}

function keptEmployers() {
  return JSON.parse(localStorage.getItem(EMPLOYERS) || '{}');
}

function today() {
  const now = new Date();
  const pad = n => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The employers whose name holds the text: from the service when it answers, else from those seen before. */
async function employersNamed(text) {
  const kept = keptEmployers();
  try {
    const found = await bff(`/bff/employers?name=${encodeURIComponent(text)}`);
    found.forEach(employer => {
      kept[employer.id] = { id: employer.id, name: employer.name };
    });
    localStorage.setItem(EMPLOYERS, JSON.stringify(kept));
    return found;
  } catch (e) {
    if (e instanceof SignedOut) {
      throw e;
    }
    const wanted = text.toLowerCase();
    return Object.values(kept).filter(employer => employer.name.toLowerCase().includes(wanted))
        .sort((a, b) => a.name.localeCompare(b.name));
  }
}

function field(labelText, control) {
  const label = document.createElement('label');
  label.htmlFor = control.id;
  label.textContent = labelText;
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  wrapper.append(label, control);
  return wrapper;
}

function option(value, text) {
  const choice = document.createElement('option');
  choice.value = value;
  choice.textContent = text;
  return choice;
}

/** The few taps that log an employer contact on a client's behalf, folded into the client's card. */
export function employerContactForm(client, clientName) {
  const t = texts();
  const id = `contact-${client.clientId}`;
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'log-toggle';
  toggle.textContent = t.logEmployerContact;
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', id);

  const form = document.createElement('form');
  form.id = id;
  form.className = 'quick-log';
  form.hidden = true;

  const search = document.createElement('input');
  search.type = 'search';
  search.id = `${id}-search`;
  search.autocomplete = 'off';
  const employer = document.createElement('select');
  employer.id = `${id}-employer`;
  employer.required = true;
  let typing;
  search.addEventListener('input', () => {
    // One request once the typing pauses, not one per letter on a slow network.
    clearTimeout(typing);
    typing = setTimeout(async () => {
      const found = await employersNamed(search.value);
      employer.replaceChildren(option('', t.chooseEmployer), ...found.map(each => option(each.id, each.name)));
      if (found.length === 1) {
        employer.value = found[0].id;
      }
    }, 250);
  });

  const how = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = t.how;
  how.append(legend);
  [[true, t.faceToFace], [false, t.notFaceToFace]].forEach(([value, text], index) => {
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = `${id}-how`;
    radio.id = `${id}-how-${index}`;
    radio.value = String(value);
    radio.checked = value;
    const label = document.createElement('label');
    label.htmlFor = radio.id;
    label.textContent = text;
    const line = document.createElement('div');
    line.append(radio, label);
    how.append(line);
  });

  const purpose = document.createElement('select');
  purpose.id = `${id}-purpose`;
  Object.entries(t.purposes).forEach(([value, text]) => purpose.append(option(value, text)));

  const save = document.createElement('button');
  save.type = 'submit';
  save.textContent = t.save;
  form.append(field(t.employerSearch, search), field(t.employer, employer), how, field(t.purpose, purpose), save);

  toggle.addEventListener('click', () => {
    form.hidden = !form.hidden;
    toggle.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) {
      search.focus();
    }
  });
  form.addEventListener('submit', event => {
    event.preventDefault();
    const chosen = employer.selectedOptions[0];
    enqueue({
      id: crypto.randomUUID(),
      path: '/bff/employer-contacts',
      body: {
        employerId: employer.value,
        contactedOn: today(),
        faceToFace: form.querySelector(`input[name="${id}-how"]:checked`).value === 'true',
        purpose: purpose.value,
        clientIds: [client.clientId],
      },
      what: t.employerContactWith(chosen.textContent, clientName),
    });
    form.reset();
    form.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  });
  return [toggle, form];
}

function enqueue(entry) {
  save([...queue(), { ...entry, state: 'waiting' }]);
  showQueue();
  flush();
}

let flushing = false;

/** Sends what waits, oldest first; stops at the first sign of no network or an ended session, to try again later. */
export async function flush() {
  if (flushing) {
    return;
  }
  flushing = true;
  try {
    for (const entry of queue().filter(each => each.state === 'waiting')) {
      let response;
      try {
        response = await fetch(entry.path, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': entry.id,
            'X-Requested-With': 'JavaScript' },
          body: JSON.stringify(entry.body),
        });
      } catch (e) {
        break;
      }
      if (response.status === 499 || response.status === 401) {
        announce(texts().signInToSend);
        break;
      }
      if (response.ok) {
        save(queue().filter(each => each.id !== entry.id));
        announce(texts().recorded(entry.what));
      } else {
        const problem = await response.json().catch(() => ({}));
        save(queue().map(each => each.id === entry.id
            ? { ...each, state: 'refused', reason: problem.detail || String(response.status) } : each));
      }
    }
  } finally {
    flushing = false;
    showQueue();
  }
}

function announce(text) {
  document.getElementById('announcement').textContent = text;
}

/** What is not yet recorded, in words: waiting for a network, or refused and why. */
export function showQueue() {
  const t = texts();
  const entries = queue();
  const section = document.getElementById('pending');
  section.hidden = entries.length === 0;
  const list = document.getElementById('pending-list');
  list.replaceChildren(...entries.map(entry => {
    const line = document.createElement('li');
    line.dataset.entryId = entry.id;
    line.dataset.state = entry.state;
    line.textContent = entry.state === 'waiting' ? t.waiting(entry.what) : t.refused(entry.what, entry.reason);
    if (entry.state === 'refused') {
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = t.remove;
      remove.addEventListener('click', () => {
        save(queue().filter(each => each.id !== entry.id));
        showQueue();
      });
      line.append(' ', remove);
    }
    return line;
  }));
}

window.addEventListener('online', flush);
setInterval(() => {
  if (queue().some(entry => entry.state === 'waiting')) {
    flush();
  }
}, 15000);
