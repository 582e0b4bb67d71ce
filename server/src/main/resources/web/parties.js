// Clearance web UI: the partner master (Parties page) and its alerts (Alerts page), grouped by party with counts.
// Deciding an alert asks for a reason and a confirmation like a screening hit (Decisions.form). Uses el, api, $,
// fields, show, failure and t from app.js and i18n.js, which load first.
'use strict';

const PARTY_BADGE = { CLEAR: 'ok', REVIEWED: 'reviewed', OPEN_ALERT: 'bad', CONFIRMED_MATCH: 'bad', UNSCREENED: 'stale' };

function partyBadge(state) {
  return el('span', { class: `badge ${PARTY_BADGE[state] || ''}`, 'data-state': state }, I18n.tOr(`partyState.${state}`, state));
}

function splitList(text) {
  return (text || '').split(';').map((s) => s.trim()).filter((s) => s !== '');
}

async function loadParties() {
  const target = $('#parties-list');
  try {
    const q = $('#parties-q').value.trim();
    const r = await api('GET', `/api/parties?limit=100${q ? `&q=${encodeURIComponent(q)}` : ''}`);
    const rows = r.parties.map((p) => el('tr', { 'data-key': p.key },
      el('td', {}, el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); showParty(p.key); } }, p.key)),
      el('td', {}, p.name, p.aliases.length ? el('div', { class: 'muted' }, p.aliases.join('; ')) : null),
      el('td', {}, p.country || ''), el('td', {}, p.type ? t(`type.${p.type}`) : ''), el('td', {}, p.owner || ''),
      el('td', {}, partyBadge(p.state))));
    show(target, el('p', { class: 'muted' }, t('par.count', { total: r.total, shown: rows.length })),
      el('div', { class: 'scroll' }, el('table', { id: 'parties-table' },
        el('thead', {}, el('tr', {}, ...['key', 'name', 'country', 'type', 'owner', 'state'].map((h) => el('th', {}, t(`par.col.${h}`))))),
        el('tbody', {}, ...rows))));
  } catch (e) {
    failure(target, e);
  }
}

async function showParty(key) {
  const target = $('#party-detail');
  try {
    const p = await api('GET', `/api/parties/${encodeURIComponent(key)}`);
    const form = $('#party-form');
    for (const f of ['key', 'name', 'country', 'type', 'dob', 'owner']) control(form, f).value = p[f] || '';
    control(form, 'aliases').value = p.aliases.join('; ');
    control(form, 'identifiers').value = p.identifiers.join('; ');
    const del = el('button', { class: 'secondary', type: 'button', id: 'party-delete', onclick: async () => {
      if (!del.dataset.armed) {
        del.dataset.armed = '1';
        del.textContent = t('par.deleteConfirm', { key });
        return;
      }
      try {
        await api('DELETE', `/api/parties/${encodeURIComponent(key)}`);
        show(target, el('p', {}, t('par.deleted', { key })));
        loadParties();
      } catch (e) {
        failure(target, e);
      }
    } }, t('par.delete'));
    show(target,
      el('h3', {}, `${p.key}: ${p.name} `, partyBadge(p.state)),
      el('p', { class: 'muted' }, p.screenedAt ? t('par.screened', { at: p.screenedAt, lists: p.screenedLists.join(', ') })
        : t('par.notScreened')),
      p.alerts.length ? el('div', {}, ...p.alerts.map((a) => alertCard(a, p))) : el('p', {}, t('par.noAlerts')),
      App.officer() ? del : null);
  } catch (e) {
    failure(target, e);
  }
}

function alertCard(a, party) {
  const open = a.state === 'OPEN' || a.state === 'CONFIRMED' || a.state === 'REVIEWED';
  let decision = null;
  if (open && App.officer()) {
    const f = Decisions.form({
      entryId: a.entryId, buttons: true, blocked: a.state === 'CONFIRMED',
      whom: t('dec.whomKey', { key: a.partyKey, name: a.partyName }),
      kinds: a.state === 'CONFIRMED' ? ['FALSE_POSITIVE', 'ESCALATED'] : DECISION_KINDS,
      // The party as the master holds it (country, date of birth) is what the decision binds to.
      party: async () => {
        const p = party || await api('GET', `/api/parties/${encodeURIComponent(a.partyKey)}`);
        return { partyKey: p.key, name: p.name, country: p.country || undefined, dob: p.dob || undefined };
      },
      onDone: async () => { if (party) await showParty(party.key); else await loadAlerts(); },
    });
    decision = el('div', { class: 'decision no-print' }, f.nodes, f.confirmBox, f.message);
  }
  return el('div', { class: 'hit alert-card', 'data-alert': a.id, 'data-state': a.state },
    el('span', { class: 'score' }, a.score.toFixed(2)),
    el('strong', {}, a.matchedName), ' ', el('span', { class: 'muted' }, `${a.entryId} · ${a.list}`), ' ',
    el('span', { class: `badge ${a.state === 'OPEN' || a.state === 'CONFIRMED' ? 'bad' : 'reviewed'}` }, t(`alert.${a.state}`)),
    a.entryRemoved ? el('div', { class: 'error' }, t('al.entryRemoved')) : null,
    el('div', { class: 'muted' }, t('al.raised', { by: t(`raisedBy.${a.raisedBy}`), at: a.openedAt })),
    Truth.explanation(a.explanation),
    el('div', { class: 'muted' }, t('truth.listVersions'), ': ', a.listVersions.join(', ')),
    a.note ? el('div', {}, en(a.note)) : null,
    decision);
}

/** Alerts grouped by party: one block per party key with its counts by state, its alerts inside. */
function alertGroups(alerts) {
  const groups = new Map();
  for (const a of alerts) {
    if (!groups.has(a.partyKey)) groups.set(a.partyKey, []);
    groups.get(a.partyKey).push(a);
  }
  return [...groups.entries()].map(([key, list]) => {
    const counts = {};
    for (const a of list) counts[a.state] = (counts[a.state] || 0) + 1;
    return el('details', { class: 'alert-group', 'data-party': key, open: groups.size <= 5 ? '' : null },
      el('summary', {}, el('strong', {}, key), ' ', list[0].partyName, ' — ',
        el('span', { class: 'alert-count', 'data-count': list.length }, t('al.groupCount', { n: list.length })), ' ',
        Object.entries(counts).map(([s, n]) => el('span', { class: `badge ${s === 'OPEN' || s === 'CONFIRMED' ? 'bad' : ''}` }, `${t(`alert.${s}`)} ${n}`))),
      list.map((a) => alertCard(a, null)));
  });
}

async function loadAlerts() {
  const target = $('#alerts-list');
  try {
    const params = new URLSearchParams(fields($('#alerts-form')));
    params.set('limit', '500');
    const r = await api('GET', `/api/alerts?${params}`);
    const parties = new Set(r.alerts.map((a) => a.partyKey)).size;
    show(target, el('p', { class: 'muted', id: 'alerts-count' }, t('al.count', { total: r.total, parties, shown: r.alerts.length })),
      alertGroups(r.alerts));
  } catch (e) {
    failure(target, e);
  }
}

$('#party-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const target = $('#party-detail');
  const f = fields(ev.target);
  const body = { ...f, aliases: splitList(f.aliases), identifiers: splitList(f.identifiers) };
  try {
    let p;
    try {
      p = await api('PUT', `/api/parties/${encodeURIComponent(f.key || '')}`, body);
    } catch (e) {
      if (e.status !== 404) throw e;
      p = await api('POST', '/api/parties', body);
    }
    await showParty(p.key);
    loadParties();
  } catch (e) {
    failure(target, e);
  }
});

$('#parties-import').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const target = $('#parties-import-result');
  try {
    const r = await api('POST', '/api/parties', await $('#parties-file').files[0].text(), 'text/csv');
    show(target, el('p', { id: 'parties-imported' }, t('par.imported', { rows: r.rows, created: r.created, updated: r.updated,
      unchanged: r.unchanged, refused: r.refused, alerts: r.screening.opened.length })),
    ...r.problems.map((p) => el('div', { class: 'error' }, en(p))));
    loadParties();
  } catch (e) {
    failure(target, e);
  }
});

$('#parties-search').addEventListener('click', loadParties);
$('#alerts-form').addEventListener('submit', (ev) => { ev.preventDefault(); loadAlerts(); });

App.page('parties', () => {
  $('#party-form').hidden = !App.officer();
  $('#parties-import').hidden = !App.officer();
  loadParties();
});
App.page('alerts', (params) => {
  if (params.get('party')) control($('#alerts-form'), 'party').value = params.get('party');
  loadAlerts();
});
