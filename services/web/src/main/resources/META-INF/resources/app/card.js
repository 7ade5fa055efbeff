import { Refused, api, bff, send } from './bff.js';
import { element } from './forms.js';
import { day, problemText, refusal, texts } from './i18n.js';
import { activityLog, benefitsCounsellingLog, employerContactLog, followAlongLog, jobStartLog } from './log.js';

/** A part of the card under its heading: shown, or withheld with the service's reason in words. */
function part(key, heading, answer, show) {
  const t = texts();
  const section = element('section', undefined, 'card-part');
  section.dataset.part = key;
  const id = `part-${key}`;
  section.setAttribute('aria-labelledby', id);
  const title = element('h3', heading);
  title.id = id;
  section.append(title);
  if (answer.withheld) {
    section.dataset.withheld = 'true';
    section.append(element('p', t.withheld(problemText(answer.withheld)), 'withheld'));
  } else {
    section.append(...show(answer.shown));
  }
  return section;
}

function facts(pairs) {
  const list = element('dl', undefined, 'facts');
  pairs.filter(([, value]) => value !== null && value !== undefined && value !== '').forEach(([term, value]) => {
    list.append(element('dt', term), element('dd', String(value)));
  });
  return list;
}

function listOf(items, line, empty) {
  if (!items || items.length === 0) {
    return [element('p', empty)];
  }
  const list = element('ul', undefined, 'entries');
  list.append(...items.map(item => element('li', line(item))));
  return [list];
}

function timeline(steps, t) {
  const list = element('ol', undefined, 'timeline');
  list.append(...steps.map(step => {
    const item = element('li');
    item.dataset.status = step.status;
    const when = element('time', day(step.on, true));
    when.dateTime = step.on;
    const what = t.statuses[step.status] || step.status;
    const reason = step.dischargeReason ? ` (${t.dischargeReasons[step.dischargeReason] || step.dischargeReason})` : '';
    // The cause is said where the status alone does not tell it: a job moved the client, or the step is old.
    const cause = t.causes[step.cause] ? ` (${t.causes[step.cause]})` : '';
    item.append(when, ` ${what}${reason}${cause}`,
        step.recordedBy ? ` — ${t.by(step.recordedBy, t.agencies[step.recordedByAgency] || step.recordedByAgency)}`
          : '');
    return item;
  }));
  return list;
}

/** The status moves the client may make now, each a button; sent with the version read, so a stale one is refused. */
function statusMoves(client, etag, t, reload) {
  const moves = element('div', undefined, 'moves');
  (client.nextStatuses || []).forEach(status => {
    const button = element('button', t.moveTo(t.statuses[status] || status));
    button.type = 'button';
    button.addEventListener('click', async () => {
      const said = document.getElementById('card-message');
      try {
        await send('POST', api('clients', `clients/${client.id}/status`), { status }, { 'If-Match': etag });
        said.textContent = t.statusChanged(t.statuses[status] || status);
        await reload(said.textContent);
        document.getElementById('card-heading').focus();
      } catch (e) {
        if (!(e instanceof Refused)) {
          said.textContent = navigator.onLine ? t.failed : t.offlineNotSent;
          return;
        }
        said.textContent = refusal(e.status, problemText(e.problem));
        if (e.status === 412) {
          // The card was stale: show what is true now, with the message kept.
          await reload(said.textContent);
          document.getElementById('card-heading').focus();
        }
      }
    });
    moves.append(button);
  });
  return moves;
}

/** Shows a client's card from one request: each part from its owner, or why the person may not see it. */
export async function showCard(clientId, me, keptMessage) {
  const t = texts();
  const section = document.getElementById('card');
  section.hidden = false;
  const body = document.getElementById('card-body');
  const message = document.getElementById('card-message');
  message.textContent = keptMessage || '';
  let card;
  try {
    card = await bff(`/bff/clients/${encodeURIComponent(clientId)}`);
  } catch (e) {
    const why = e instanceof Refused ? refusal(e.status, problemText(e.problem)) : t.cardOffline;
    body.replaceChildren(element('p', why));
    document.getElementById('card-heading').textContent = t.clientCard;
    if (!(e instanceof Refused) && !(e instanceof TypeError)) {
      throw e;
    }
    return;
  }
  const { client, path, careerProfile, placements, benefitsCounselling, navReports } = card.parts;
  const name = client.shown ? `${client.shown.givenName} ${client.shown.familyName}` : t.clientCard;
  document.getElementById('card-heading').textContent = name;
  const reload = kept => showCard(clientId, me, kept);

  const parts = [];
  parts.push(part('client', t.aboutClient, client, shown => {
    const contact = shown.contactDetailsWithheld ? [[t.contact, t.contactWithheld]]
      : [[t.phone, shown.phone], [t.email, shown.email]];
    const shownFacts = [facts([[t.status, t.statuses[shown.status] || shown.status],
      [t.since, day(shown.statusChangedOn, true)], ...contact, [t.navOffice, shown.navOffice],
      [t.healthTrust, shown.healthTrust], [t.referralNote, shown.note]])];
    if (me.roles.includes('employment-specialist') && client.etag) {
      shownFacts.push(statusMoves(shown, client.etag, t, reload));
    }
    return shownFacts;
  }));
  parts.push(part('path', t.path, path, steps => [timeline(steps, t)]));
  parts.push(part('careerProfile', t.careerProfile, careerProfile, profile => [facts([
    [t.jobPreferences, profile.jobPreferences], [t.hoursWanted, profile.hoursPerWeekWanted],
    [t.wantsEducation, profile.wantsEducation ? t.yes : t.no], [t.workHistory, profile.workHistory],
    [t.educationHistory, profile.educationHistory],
    [t.disclosure, t.disclosures[profile.disclosure] || profile.disclosure],
    [t.notToShare, profile.notToShareWithEmployer],
    [t.updatedOn, profile.updatedOn && day(profile.updatedOn, true)],
  ])]));
  const on = iso => iso && day(iso, true);
  parts.push(part('jobs', t.jobs, placements, shown => listOf(shown.jobs,
      job => t.jobLine(job.title, on(job.startedOn), job.hoursPerWeek, on(job.endedOn)), t.noJobs)));
  parts.push(part('followAlong', t.followAlong, placements, shown => listOf(shown.followAlong,
      contact => t.followAlongLine(on(contact.contactedOn), t.followAlongWith[contact.with] || contact.with,
          contact.faceToFace), t.noFollowAlong)));
  parts.push(part('benefitsCounselling', t.benefitsCounselling, benefitsCounselling, given => listOf(given,
      each => t.counsellingLine(on(each.givenOn), each.topics.map(topic => t.benefitsTopics[topic] || topic)
          .join(', ')), t.noCounselling)));
  parts.push(part('navReports', t.navReports, navReports, reports => listOf(reports,
      report => t.navReportLine(t.navReportKinds[report.kind] || report.kind, on(report.periodFrom),
          on(report.periodTo), t.navReportStatuses[report.status] || report.status), t.noNavReports)));

  if (me.roles.includes('employment-specialist') && client.shown) {
    const logs = element('section', undefined, 'card-part logs');
    logs.setAttribute('aria-labelledby', 'part-log');
    const heading = element('h3', t.log);
    heading.id = 'part-log';
    const named = { clientId: client.shown.id };
    logs.append(heading, ...[employerContactLog, followAlongLog, activityLog, jobStartLog, benefitsCounsellingLog]
      .flatMap(log => log(named, name, 'card-')));
    parts.push(logs);
  }
  body.replaceChildren(...parts);
}
