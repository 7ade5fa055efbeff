import { Refused, SignedOut, api, bff, send } from './bff.js';
import { checks, input, option, radios, select, today, yesNo } from './forms.js';
import { problemText, refusal, texts } from './i18n.js';

// What the specialist logged and the services have not yet confirmed, kept on this device until they have: each
// entry has its id from the moment it is made, sent as the Idempotency-Key every time, so it is recorded once.
const QUEUE = 'ips-pending';
// Every employer this device has seen, so that a contact or a job can be logged where there is no network.
const EMPLOYERS = 'ips-employers';

// Where the first version of the page sent employer contacts; an entry queued by it goes the new way.
const MOVED = { '/bff/employer-contacts': '/bff/api/placements/employer-contacts' };

function queue() {
  return JSON.parse(localStorage.getItem(QUEUE) || '[]')
    .map(entry => (MOVED[entry.path] ? { ...entry, path: MOVED[entry.path] } : entry));
}

// Who is signed in: an entry is sent only as the person who made it. On a shared phone whose session ran out, the
// next person's session must not record the last person's logs as theirs (and the services' idempotency keys are
// per person, so a log already recorded would be recorded again).
let signedIn;

export function signedInAs(username) {
  signedIn = username;
}

function mine(entry) {
  return entry.by === undefined || entry.by === signedIn;
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

/** The employers whose name holds the text: from the service when it answers, else from those seen before. */
async function employersNamed(text) {
  const kept = keptEmployers();
  try {
    const found = await bff(`${api('placements', 'employers')}?name=${encodeURIComponent(text)}`);
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

/** An employer found by typing part of the name: a search field and the matches to choose from. */
function employerPicker(id, t) {
  const search = input(`${id}-search`, t.employerSearch, 'search');
  search.control.autocomplete = 'off';
  const employer = select(`${id}-employer`, t.employer, [], { required: true });
  let typing;
  search.control.addEventListener('input', () => {
    // One request once the typing pauses, not one per letter on a slow network.
    clearTimeout(typing);
    typing = setTimeout(async () => {
      const found = await employersNamed(search.control.value);
      employer.control.replaceChildren(option('', t.chooseEmployer), ...found.map(each => option(each.id, each.name)));
      if (found.length === 1) {
        employer.control.value = found[0].id;
      }
    }, 250);
  });
  return {
    elements: [search.element, employer.element],
    first: search.control,
    value: () => employer.control.value,
    name: () => employer.control.selectedOptions[0]?.textContent,
  };
}

// Each quick log takes `where` it is shown ('' on the day, 'card-' on the card) into its ids, so that ids stay
// unique on the page while both are in it.

/**
 * A quick log folded into a client's card: a button that opens a short form; saving queues the entry on the device
 * and sends it at once when there is a network.
 */
function quickLog(id, title, controls, first, entry) {
  const t = texts();
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'log-toggle';
  toggle.textContent = title;
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', id);

  const form = document.createElement('form');
  form.id = id;
  form.className = 'quick-log';
  form.hidden = true;
  const saveButton = document.createElement('button');
  saveButton.type = 'submit';
  saveButton.textContent = t.save;
  form.append(...controls, saveButton);

  toggle.addEventListener('click', () => {
    form.hidden = !form.hidden;
    toggle.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) {
      first().focus();
    }
  });
  form.addEventListener('submit', event => {
    event.preventDefault();
    enqueue({ id: crypto.randomUUID(), ...entry() });
    form.reset();
    form.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  });
  return [toggle, form];
}

/** Employer contact: which employer, face to face or not, and why. */
export function employerContactLog(client, clientName, where = '') {
  const t = texts();
  const id = `${where}contact-${client.clientId}`;
  const employer = employerPicker(id, t);
  const how = radios(`${id}-how`, t.how, [[true, t.faceToFace], [false, t.notFaceToFace]], true);
  const purpose = select(`${id}-purpose`, t.purpose, Object.entries(t.purposes));
  return quickLog(id, t.logEmployerContact, [...employer.elements, how.element, purpose.element],
      () => employer.first, () => ({
        path: api('placements', 'employer-contacts'),
        body: {
          employerId: employer.value(), contactedOn: today(), faceToFace: how.value() === 'true',
          purpose: purpose.value(), clientIds: [client.clientId],
        },
        what: t.employerContactWith(employer.name(), clientName),
      }));
}

/** Follow-along contact with a working client: with the client, the employer or both; face to face or not. */
export function followAlongLog(client, clientName, where = '') {
  const t = texts();
  const id = `${where}follow-${client.clientId}`;
  const withWhom = radios(`${id}-with`, t.withWhom, Object.entries(t.followAlongWith), 'CLIENT');
  const how = radios(`${id}-how`, t.how, [[true, t.faceToFace], [false, t.notFaceToFace]], true);
  return quickLog(id, t.logFollowAlong, [withWhom.element, how.element],
      () => withWhom.element.querySelector('input:checked'), () => ({
        path: api('placements', 'follow-along-contacts'),
        body: { clientId: client.clientId, contactedOn: today(), with: withWhom.value(),
          faceToFace: how.value() === 'true' },
        what: t.followAlongWithClient(clientName),
      }));
}

/** Working time spent on the client: minutes, and whether out in the community or at the office. */
export function activityLog(client, clientName, where = '') {
  const t = texts();
  const id = `${where}activity-${client.clientId}`;
  const minutes = input(`${id}-minutes`, t.minutes, 'number', { required: true, min: 1, max: 1440, step: 1 });
  const place = radios(`${id}-where`, t.where, Object.entries(t.activityKinds), 'COMMUNITY');
  return quickLog(id, t.logActivity, [minutes.element, place.element], () => minutes.control, () => ({
    path: api('specialists', 'me/activities'),
    body: { on: today(), kind: place.value(), minutes: Number(minutes.value()), clientIds: [client.clientId] },
    what: t.activityFor(minutes.value(), t.activityKinds[place.value()], clientName),
  }));
}

/** A job start: the employer, the job in the client's words, hours and wage, and the kind of job. */
export function jobStartLog(client, clientName, where = '') {
  const t = texts();
  const id = `${where}job-${client.clientId}`;
  const employer = employerPicker(id, t);
  const title = input(`${id}-title`, t.jobTitle, 'text', { required: true, maxLength: 200 });
  const hours = input(`${id}-hours`, t.hoursPerWeek, 'number', { required: true, min: 0.5, max: 80, step: 0.5 });
  const wage = input(`${id}-wage`, t.hourlyWage, 'number', { required: true, min: 0, step: 0.01 });
  const started = input(`${id}-started`, t.startedOn, 'date', { required: true, value: today() });
  const competitive = yesNo(`${id}-competitive`, t.competitive, true);
  const permanent = yesNo(`${id}-permanent`, t.permanent);
  return quickLog(id, t.logJobStart, [...employer.elements, title.element, hours.element, wage.element,
    started.element, competitive.element, permanent.element], () => employer.first, () => ({
    path: api('placements', 'jobs'),
    body: {
      clientId: client.clientId, employerId: employer.value(), title: title.value().trim(),
      hoursPerWeek: Number(hours.value()), hourlyWage: Number(wage.value()), startedOn: started.value(),
      competitive: competitive.value(), permanent: permanent.value(),
    },
    what: t.jobStartFor(title.value().trim(), employer.name(), clientName),
  }));
}

/** Benefits counselling given: by whom, and on which topics. */
export function benefitsCounsellingLog(client, clientName, where = '') {
  const t = texts();
  const id = `${where}benefits-${client.clientId}`;
  const givenBy = radios(`${id}-by`, t.givenBy, Object.entries(t.counselledBy), 'EMPLOYMENT_SPECIALIST');
  const topics = checks(`${id}-topics`, t.topics, Object.entries(t.benefitsTopics));
  return quickLog(id, t.logBenefitsCounselling, [givenBy.element, topics.element],
      () => givenBy.element.querySelector('input:checked'), () => ({
        path: api('placements', `clients/${client.clientId}/benefits-counselling`),
        body: { givenOn: today(), givenBy: givenBy.value(), topics: topics.value() },
        what: t.benefitsCounsellingFor(clientName),
      }));
}

function enqueue(entry) {
  save([...queue(), { ...entry, by: signedIn, state: 'waiting' }]);
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
    for (const entry of queue().filter(each => each.state === 'waiting' && mine(each))) {
      try {
        await send('POST', entry.path, entry.body, { 'Idempotency-Key': entry.id });
      } catch (e) {
        if (e instanceof SignedOut) {
          announce(texts().signInToSend);
          break;
        }
        if (!(e instanceof Refused) || e.status >= 500 || e.status === 429 || e.status === 408) {
          // No network, or a service restarting, busy or slow to answer: the entry waits, and goes again with the
          // same key, so that a change that was made after all is not made twice.
          break;
        }
        save(queue().map(each => each.id === entry.id
            ? { ...each, state: 'refused', status: e.status, reason: problemText(e.problem) } : each));
        continue;
      }
      save(queue().filter(each => each.id !== entry.id));
      announce(texts().recorded(entry.what));
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
  const entries = queue().filter(mine);
  const section = document.getElementById('pending');
  section.hidden = entries.length === 0;
  const list = document.getElementById('pending-list');
  list.replaceChildren(...entries.map(entry => {
    const line = document.createElement('li');
    line.dataset.entryId = entry.id;
    line.dataset.state = entry.state;
    line.textContent = entry.state === 'waiting' ? t.waiting(entry.what)
        : t.refused(entry.what, refusal(entry.status, entry.reason));
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
  if (queue().some(entry => entry.state === 'waiting' && mine(entry))) {
    flush();
  }
}, 15000);
