import { api, bff } from './bff.js';
import { texts } from './i18n.js';

/** The clients a NAV counsellor or clinician may see, each a link to the card; the services decide which. */
export async function showClients() {
  const t = texts();
  const section = document.getElementById('clients');
  section.hidden = false;
  const list = document.getElementById('client-list');
  const page = await bff(`${api('clients', 'clients')}?limit=50`);
  if (page.items.length === 0) {
    const empty = document.createElement('li');
    empty.textContent = t.noClientsToSee;
    list.replaceChildren(empty);
    return;
  }
  list.replaceChildren(...page.items.map(client => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#/klient/${client.id}`;
    link.textContent = `${client.givenName} ${client.familyName}`;
    item.append(link, ` — ${t.statuses[client.status] || client.status}`);
    return item;
  }));
}
