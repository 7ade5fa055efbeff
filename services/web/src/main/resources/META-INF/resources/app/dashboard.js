import { Refused, api, bff, send } from './bff.js';
import { element, input, select, today } from './forms.js';
import { percent, problemText, refusal, texts } from './i18n.js';

// The charts come from Chart.js, served from its webjar; loaded only for the dashboard, not on the phone.
const CHART_JS = '/webjars/chart.js/4.5.1/dist/chart.umd.min.js';
// The IPS Employment Center's marks for the employment rate: minimal, average, excellent.
const MARKS = [0.31, 0.41, 0.50];
const QUARTERS_SHOWN = 6;
const SPECIALISTS_PER_PAGE = 20;

let chartJs;
const charts = {};

function loadChartJs() {
  chartJs ||= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = CHART_JS;
    script.onload = () => resolve(window.Chart);
    script.onerror = reject;
    document.head.append(script);
  });
  return chartJs;
}

/** The quarter a day falls in, as the reporting API names it: 2026-Q4. */
function quarterOf(date) {
  return `${date.getFullYear()}-Q${Math.floor(date.getMonth() / 3) + 1}`;
}

function quartersUpTo(quarter, count) {
  let [year, number] = quarter.split('-Q').map(Number);
  const quarters = [];
  for (let i = 0; i < count; i++) {
    quarters.unshift(`${year}-Q${number}`);
    number -= 1;
    if (number === 0) {
      number = 4;
      year -= 1;
    }
  }
  return quarters;
}

/** A table with a caption and a header row; the text alternative of each chart, and what the CSV holds. */
function table(caption, headers, rows, id) {
  const made = element('table', undefined, 'figures');
  made.id = id;
  made.append(element('caption', caption));
  const head = element('thead');
  const headRow = element('tr');
  headers.forEach(header => {
    const cell = element('th', header);
    cell.scope = 'col';
    headRow.append(cell);
  });
  head.append(headRow);
  const body = element('tbody');
  rows.forEach(row => {
    const line = element('tr');
    row.cells.forEach((cell, index) => {
      const made = element(index === 0 ? 'th' : 'td', cell);
      if (index === 0) {
        made.scope = 'row';
      }
      line.append(made);
    });
    Object.entries(row.data || {}).forEach(([key, value]) => {
      line.dataset[key] = value === null || value === undefined ? '' : String(value);
    });
    body.append(line);
  });
  made.append(head, body);
  const wrapper = element('div', undefined, 'table-wrapper');
  wrapper.tabIndex = 0;
  wrapper.setAttribute('role', 'region');
  wrapper.setAttribute('aria-label', caption);
  wrapper.append(made);
  return wrapper;
}

function csvLink(path, text) {
  const link = element('a', text, 'csv');
  link.href = `${path}${path.includes('?') ? '&' : '?'}format=csv`;
  link.setAttribute('download', '');
  return link;
}

async function chart(choice, id, label, config, tall = false) {
  const Chart = await loadChartJs();
  if (choice !== shownChoice) {
    // The person chose another quarter or team meanwhile: the chart on screen is theirs, not this one.
    throw new Stale();
  }
  charts[id]?.destroy();
  const canvas = element('canvas');
  canvas.id = id;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  const frame = element('div', undefined, tall ? 'chart tall' : 'chart');
  frame.append(canvas);
  charts[id] = new Chart(canvas, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false,
    ...config.options } });
  return frame;
}

/**
 * A figure of a report as the table shows it: withheld where the report names it withheld, a dash where there is
 * nothing to count (no first job yet, say), else the figure, formatted.
 */
function shown(report, field, t, format = String) {
  const value = report[field];
  if ((report.suppressed || []).includes(field)) {
    return t.withheldSmall;
  }
  return value === null || value === undefined ? '–' : format(value);
}

function section(id, heading) {
  const made = element('section', undefined, 'dashboard-part');
  made.setAttribute('aria-labelledby', `${id}-heading`);
  const title = element('h2', heading);
  title.id = `${id}-heading`;
  made.append(title);
  return made;
}

async function fidelity(choice, unit, quarter, team, me, t) {
  const part = section('fidelity', t.fidelity);
  const query = `quarter=${quarter}${team ? `&team=${team}` : ''}`;
  const path = `${api('reporting', `units/${unit}/fidelity`)}?${query}`;
  // The roster names the unit's specialists for the drill-down; the report knows them by id only.
  const [report, reviews, roster] = await Promise.all([bff(path),
    bff(api('reporting', `units/${unit}/fidelity/reviews`)).catch(() => []),
    bff(api('specialists', 'specialists')).catch(() => [])]);
  const names = new Map(roster.map(specialist => [specialist.id, specialist.displayName]));
  const review = reviews.find(each => each.quarter === quarter);
  part.append(element('p', review && review.total ? t.reviewTotal(review.reviewedOn, review.total,
      t.fidelityBands[review.band] || review.band) : t.noReview(quarter), 'total'));
  const reviewed = new Map((review?.items || []).map(item => [item.item, item.score]));
  part.append(await chart(choice, 'fidelity-chart', t.fidelityChart(quarter), {
    type: 'bar',
    data: {
      labels: report.items.map(item => `${item.item}. ${t.fidelityItem(item)}`),
      datasets: [
        { label: t.computedScore, data: report.items.map(item => item.proposedScore), backgroundColor: '#0b3d5c' },
        { label: t.reviewerScore, data: report.items.map(item => reviewed.get(item.item) ?? null),
          backgroundColor: '#c8501e' },
      ],
    },
    // Every item's label, none skipped: the chart is as tall as 25 items need.
    options: { indexAxis: 'y', scales: { x: { min: 0, max: 5, ticks: { stepSize: 1 } },
      y: { ticks: { autoSkip: false } } } },
  }, true));
  const withheld = new Set(report.suppressed);
  part.append(table(t.fidelityTable(quarter), [t.item, t.value, t.computedScore, t.reviewerScore],
      report.items.map(item => ({
        cells: [`${item.item}. ${t.fidelityItem(item)}`, figure(item, withheld.has(String(item.item)), t),
          score(item, withheld.has(String(item.item)), t), reviewed.get(item.item) ?? '–'],
        data: { item: item.item, proposedScore: item.proposedScore, value: item.value },
      })), 'fidelity-table'));
  part.append(csvLink(path, t.downloadCsv));
  part.append(drillDown(report, names, t));
  if (me.roles.includes('ips-manager') && !team) {
    part.append(reviewForm(unit, quarter, report, t));
  }
  return part;
}

/** An item's value as the table shows it: withheld where the API withheld it, or the reviewers' to score. */
function figure(item, withheld, t) {
  if (item.scoredBy === 'REVIEWER') {
    return t.byReviewers;
  }
  if (withheld) {
    return t.withheldSmall;
  }
  return item.value === null || item.value === undefined ? '–' : String(Math.round(item.value * 100) / 100);
}

/** The computed score: the API's proposal, withheld, or — for items the data show only in part — the review's. */
function score(item, withheld, t) {
  if (item.proposedScore !== null && item.proposedScore !== undefined) {
    return String(item.proposedScore);
  }
  if (withheld) {
    return t.withheldSmall;
  }
  return item.scoredBy === 'REVIEWER' ? '–' : t.byReviewers;
}

/** An item's numbers per specialist, a page at a time: a region has well over a thousand specialists. */
function drillDown(report, names, t) {
  const withheld = new Set(report.suppressed);
  const computed = report.items.filter(item => item.bySpecialist.length > 0);
  const wrapper = element('div', undefined, 'drill-down');
  if (computed.length === 0) {
    return wrapper;
  }
  const choice = select('drill-item', t.perSpecialistOf,
      computed.map(item => [String(item.item), `${item.item}. ${t.fidelityItem(item)}`]));
  const result = element('div');
  result.id = 'drill-result';
  let shownCount = SPECIALISTS_PER_PAGE;
  const show = () => {
    const item = computed.find(each => String(each.item) === choice.value());
    const rows = item.bySpecialist.slice(0, shownCount).map(each => {
      const hidden = withheld.has(`${item.item}:${each.specialistId}`);
      return {
        cells: [names.get(each.specialistId) || each.specialistId, figure({ ...item, value: each.value }, hidden, t),
          score({ ...item, proposedScore: each.proposedScore }, hidden, t)],
        data: { specialist: each.specialistId, proposedScore: each.proposedScore },
      };
    });
    result.replaceChildren(table(t.perSpecialistTable(item.item, item.bySpecialist.length),
        [t.specialist, t.value, t.computedScore], rows, 'drill-table'));
    if (item.bySpecialist.length > shownCount) {
      const more = element('button', t.showMore(item.bySpecialist.length - shownCount));
      more.type = 'button';
      more.addEventListener('click', () => {
        shownCount += SPECIALISTS_PER_PAGE;
        show();
        // The button was drawn anew: the focus goes to the new one, or to the table when all are shown.
        (result.querySelector('button') || result.querySelector('.table-wrapper')).focus();
      });
      result.append(more);
    }
  };
  choice.control.addEventListener('change', () => {
    shownCount = SPECIALISTS_PER_PAGE;
    show();
  });
  show();
  wrapper.append(choice.element, result);
  return wrapper;
}

// A review under way is kept on this device until it is recorded, so that it can be finished after a break.
const DRAFT = 'ips-review-draft';

/** Starting a review fills in the computed scores; the reviewers score the rest, and recording completes it. */
function reviewForm(unit, quarter, report, t) {
  const wrapper = element('div', undefined, 'review');
  const start = element('button', t.startReview);
  start.type = 'button';
  start.setAttribute('aria-expanded', 'false');
  start.setAttribute('aria-controls', 'review-form');
  const form = element('form');
  form.id = 'review-form';
  form.hidden = true;
  const draftKey = `${DRAFT}:${unit}:${quarter}`;
  const draft = JSON.parse(localStorage.getItem(draftKey) || '{}');
  const reviewedOn = input('review-on', t.reviewedOn, 'date', { required: true, value: draft.reviewedOn || today(),
    max: today() });
  form.append(reviewedOn.element);
  const scores = report.items.map(item => {
    const kept = draft.scores?.[item.item] || {};
    const computed = item.proposedScore !== null && item.proposedScore !== undefined;
    const score = select(`review-item-${item.item}`, `${item.item}. ${t.fidelityItem(item)}`,
        [['', t.notScored], ...[1, 2, 3, 4, 5].map(n => [String(n), String(n)])],
        { required: !computed, value: kept.score ?? (computed ? String(item.proposedScore) : '') });
    const reason = input(`review-reason-${item.item}`, t.reviewReason(item.item), 'text',
        { maxLength: 2000, value: kept.reason || '' });
    // Differing from the computed score takes a reason, as the scale's reviewers give one.
    const demandReason = () => {
      reason.control.required = computed && score.value() !== '' && Number(score.value()) !== item.proposedScore;
    };
    score.control.addEventListener('change', demandReason);
    demandReason();
    const group = element('div', undefined, 'review-item');
    group.append(score.element, reason.element);
    return { item, score, reason, group };
  });
  form.append(...scores.map(each => each.group));
  const saveDraft = () => localStorage.setItem(draftKey, JSON.stringify({ reviewedOn: reviewedOn.value(),
    scores: Object.fromEntries(scores.map(each => [each.item.item,
      { score: each.score.value(), reason: each.reason.value() }])) }));
  form.addEventListener('change', saveDraft);
  const complete = element('button', t.completeReview);
  complete.type = 'submit';
  const said = element('p', undefined, 'review-result');
  said.setAttribute('role', 'status');
  form.append(complete);
  start.addEventListener('click', () => {
    form.hidden = !form.hidden;
    start.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) {
      reviewedOn.control.focus();
    }
  });
  // One key per review being completed: a double tap or a retry after a lost answer records it once.
  let key = crypto.randomUUID();
  form.addEventListener('submit', async event => {
    event.preventDefault();
    // A computed score the reviewers accept is left out: the review keeps it as computed.
    const all = scores.filter(each => each.score.value() !== ''
        && (Number(each.score.value()) !== each.item.proposedScore || each.reason.value().trim() !== ''))
      .map(each => ({ item: each.item.item, score: Number(each.score.value()),
        ...(each.reason.value().trim() ? { reason: each.reason.value().trim() } : {}) }));
    try {
      const recorded = await send('POST', api('reporting', `units/${unit}/fidelity/reviews`),
          { quarter, reviewedOn: reviewedOn.value(), scores: all }, { 'Idempotency-Key': key });
      localStorage.removeItem(draftKey);
      key = crypto.randomUUID();
      said.textContent = recorded.total ? t.reviewRecorded(recorded.total, t.fidelityBands[recorded.band])
        : t.reviewRecordedMissing(recorded.missingItems.join(', '));
    } catch (e) {
      said.textContent = e instanceof Refused ? refusal(e.status, problemText(e.problem)) : t.failed;
    }
  });
  wrapper.append(start, form, said);
  return wrapper;
}

async function outcomes(choice, unit, quarter, t) {
  const part = section('outcomes', t.outcomes);
  const quarters = quartersUpTo(quarter, QUARTERS_SHOWN);
  const figures = await Promise.all(quarters.map(each =>
    bff(`${api('reporting', `units/${unit}/outcomes`)}?quarter=${each}`)));
  const rates = figures.map(each => each.employmentRate);
  part.append(await chart(choice, 'outcomes-chart', t.outcomesChart, {
    type: 'line',
    data: {
      labels: quarters,
      datasets: [
        { label: t.employmentRate, data: rates.map(rate => (rate === null ? null : Math.round(rate * 1000) / 10)),
          borderColor: '#0b3d5c', backgroundColor: '#0b3d5c', spanGaps: false },
        ...MARKS.map((mark, index) => ({ label: t.marks[index], data: quarters.map(() => mark * 100),
          borderColor: ['#8a6d00', '#4d6b00', '#00703c'][index], borderDash: [6, 4], pointRadius: 0 })),
      ],
    },
    options: { scales: { y: { min: 0, max: 100, ticks: { callback: value => `${value} %` } } } },
  }));
  part.append(table(t.outcomesTable, [t.quarter, t.onCaseload, t.working, t.employmentRate, t.band, t.jobStarts,
    t.daysToFirstJob], figures.map(each => ({
    cells: [each.quarter, shown(each, 'clientsOnCaseload', t), shown(each, 'clientsWorkingCompetitively', t),
      shown(each, 'employmentRate', t, percent), 
      // The band goes with the rate it is the band of.
      each.suppressed.includes('employmentRate') ? t.withheldSmall
        : shown(each, 'band', t, band => t.outcomeBands[band]),
      shown(each, 'jobStarts', t), shown(each, 'medianDaysFromEnrolmentToFirstJob', t)],
    data: { quarter: each.quarter, employmentRate: each.employmentRate, jobStarts: each.jobStarts },
  })), 'outcomes-table'));
  part.append(csvLink(`${api('reporting', `units/${unit}/outcomes`)}?quarter=${quarter}`, t.downloadCsv));
  return part;
}

async function orientation(choice, unit, quarter, t) {
  const part = section('orientation', t.orientation);
  const path = `${api('reporting', `units/${unit}/employment-orientation`)}?quarter=${quarter}`;
  const teams = await bff(path);
  if (teams.length === 0) {
    part.append(element('p', t.noTeams));
    return part;
  }
  const months = Object.keys(teams[0].referralsPerMonth);
  part.append(await chart(choice, 'orientation-chart', t.orientationChart, {
    type: 'bar',
    data: { labels: months, datasets: teams.map((team, index) => ({ label: team.teamName,
      data: months.map(month => team.referralsPerMonth[month]),
      backgroundColor: ['#0b3d5c', '#c8501e', '#4d6b00', '#6b3d8a', '#8a6d00'][index % 5] })) },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  }));
  part.append(table(t.orientationTable(quarter), [t.team, t.referredInQuarter, t.enrolledInQuarter,
    t.daysReferralToEnrolment, t.sharedWorked], teams.map(team => ({
    cells: [team.teamName, shown(team, 'referredInQuarter', t), shown(team, 'enrolledInQuarter', t),
      shown(team, 'medianDaysFromReferralToEnrolment', t), shown(team, 'shareWorkedSinceEnrolment', t, percent)],
    data: { team: team.teamId, referredInQuarter: team.referredInQuarter },
  })), 'orientation-table'));
  part.append(csvLink(path, t.downloadCsv));
  return part;
}

/** The leads' and managers' view of their unit: fidelity, outcomes and employment orientation. */
// The dashboard's figures for one choice of quarter and team; a newer choice makes an older one's answers stale.
let shownChoice = 0;

class Stale extends Error {
}

/** At sign-out: the reviews begun on this device. */
export function forgetDrafts() {
  Object.keys(localStorage).filter(key => key.startsWith(DRAFT)).forEach(key => localStorage.removeItem(key));
}

/** The leads' and managers' view of their unit: fidelity, outcomes and employment orientation. */
export async function showDashboard(me) {
  const t = texts();
  const unit = me.org;
  const host = document.getElementById('dashboard');
  host.hidden = false;
  document.getElementById('dashboard-heading').textContent = t.dashboardOf(unit);
  const controls = element('form', undefined, 'dashboard-choice');
  const quarterChoice = select('dashboard-quarter', t.quarter,
      quartersUpTo(quarterOf(new Date()), 8).reverse().map(each => [each, each]), { value: quarterOf(new Date()) });
  controls.append(quarterChoice.element);
  let teams = [];
  try {
    teams = await bff(api('teams', 'teams'));
  } catch (e) {
    // Someone who reads no team still sees the unit.
  }
  const teamChoice = select('dashboard-team', t.fidelityForTeam,
      [['', t.wholeUnit], ...teams.map(team => [team.id, team.name])], { value: '' });
  if (teams.length > 0) {
    controls.append(teamChoice.element);
  }
  const parts = element('div');
  document.getElementById('dashboard-parts').replaceChildren(controls, parts);
  // The choices stay where they are, with the focus in them, while the figures below are fetched anew.
  const show = () => showFigures(me, unit, quarterChoice.value(), teamChoice.value(), parts, t).catch(e => {
    if (!(e instanceof Stale)) {
      throw e;
    }
  });
  controls.addEventListener('change', show);
  controls.addEventListener('submit', event => event.preventDefault());
  await show();
}

async function showFigures(me, unit, quarter, team, parts, t) {
  const choice = ++shownChoice;
  const host = document.getElementById('dashboard');
  delete host.dataset.ready;
  // Each part shows as soon as its report is in: a region's fidelity takes seconds, its outcomes more.
  const makers = [() => fidelity(choice, unit, quarter, team, me, t), () => outcomes(choice, unit, quarter, t),
    () => orientation(choice, unit, quarter, t)];
  const placeholders = makers.map(() => element('p', t.loadingReports, 'loading'));
  parts.replaceChildren(...placeholders);
  for (const [index, make] of makers.entries()) {
    let shown;
    try {
      shown = await make();
    } catch (e) {
      if (e instanceof Stale) {
        throw e;
      }
      const why = e instanceof Refused ? refusal(e.status, problemText(e.problem)) : t.failed;
      shown = element('p', why, 'withheld');
    }
    placeholders[index].replaceWith(shown);
  }
  if (choice === shownChoice) {
    host.dataset.ready = 'true';
  }
}
