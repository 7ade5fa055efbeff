import { bff, SignedOut } from './bff.js';
import { day, texts, time } from './i18n.js';
import { employerContactLog, followAlongLog } from './log.js';

// The last day fetched, kept on this device so the list opens without a network; removed at sign-out.
const KEPT = 'ips-day';

export function forget() {
  localStorage.removeItem(KEPT);
}

/** Shows the specialist's day: from the network, or, when it cannot be reached, the copy kept from the last time. */
export async function showDay() {
  const section = document.getElementById('day');
  section.hidden = false;
  let shown;
  let offline = false;
  try {
    shown = await bff('/bff/day');
    localStorage.setItem(KEPT, JSON.stringify(shown));
  } catch (e) {
    const kept = localStorage.getItem(KEPT);
    if (!kept || e instanceof SignedOut) {
      throw e;
    }
    shown = JSON.parse(kept);
    offline = true;
  }
  render(shown, offline);
}

function render(shown, offline) {
  const t = texts();
  document.getElementById('synced').textContent = offline ? t.syncedOffline(time(shown.syncedAt))
      : t.synced(time(shown.syncedAt));
  const list = document.getElementById('caseload');
  list.replaceChildren();
  if (shown.clients.length === 0) {
    const empty = document.createElement('li');
    empty.textContent = t.noClients;
    list.append(empty);
    return;
  }
  for (const client of shown.clients) {
    list.append(card(client, t));
  }
}

function card(client, t) {
  const item = document.createElement('li');
  item.className = 'client';
  item.dataset.clientId = client.clientId;
  const name = document.createElement('h3');
  name.className = 'name';
  const clientName = client.givenName ? `${client.givenName} ${client.familyName}` : t.nameUnknown;
  const link = document.createElement('a');
  link.href = `#/klient/${client.clientId}`;
  link.textContent = clientName;
  name.append(link);
  const status = document.createElement('p');
  status.className = 'status';
  status.textContent = t.statuses[client.status] || client.status;
  item.append(name, status);
  const due = document.createElement('ul');
  due.className = 'due';
  // The most pressing first: the earliest date, which is the longest overdue.
  const byDate = [...client.due].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  for (const each of byDate) {
    const line = document.createElement('li');
    line.className = each.overdue ? 'overdue' : 'upcoming';
    line.dataset.kind = each.kind;
    line.dataset.dueOn = each.dueOn;
    line.textContent = `${t.due[each.kind] || each.kind}: `
        + (each.overdue ? t.overdueSince(day(each.dueOn)) : t.dueBy(day(each.dueOn)));
    due.append(line);
  }
  if (client.due.length === 0) {
    const line = document.createElement('li');
    line.textContent = t.nothingDue;
    due.append(line);
  }
  const logs = [...employerContactLog(client, clientName)];
  if (client.status === 'EMPLOYED' || client.status === 'FOLLOW_ALONG') {
    logs.push(...followAlongLog(client, clientName));
  }
  item.append(due, ...logs);
  return item;
}
