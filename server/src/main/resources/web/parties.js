// Clearance web UI: the partner master (Parties tab) and its alerts (Alerts tab). Uses el, api, $, fields, show and
// failure from app.js, which loads first.
'use strict';

const partyStates = {
  UNSCREENED: 'not screened yet', CLEAR: 'ok', REVIEWED: 'reviewed', OPEN_ALERT: 'open alert',
  CONFIRMED_MATCH: 'confirmed match',
};

function partyBadge(state) {
  const cls = { CLEAR: 'ok', REVIEWED: 'reviewed', OPEN_ALERT: 'bad', CONFIRMED_MATCH: 'bad', UNSCREENED: 'stale' };
  return el('span', { class: `badge ${cls[state] || ''}`, 'data-state': state }, partyStates[state] || state);
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
      el('td', {}, p.country || ''), el('td', {}, p.type || ''), el('td', {}, p.owner || ''),
      el('td', {}, partyBadge(p.state))));
    show(target, el('p', { class: 'muted' }, `${r.total} parties${r.total > rows.length ? `, first ${rows.length} shown` : ''}`),
      el('table', { id: 'parties-table' },
        el('thead', {}, el('tr', {}, ...['Key', 'Name', 'Country', 'Type', 'Owner', 'State'].map((h) => el('th', {}, h)))),
        el('tbody', {}, ...rows)));
  } catch (e) {
    failure(target, e);
  }
}

async function showParty(key) {
  const target = $('#party-detail');
  try {
    const p = await api('GET', `/api/parties/${encodeURIComponent(key)}`);
    const form = $('#party-form');
    for (const f of ['key', 'name', 'country', 'type', 'dob', 'owner']) form.elements[f].value = p[f] || '';
    form.elements.aliases.value = p.aliases.join('; ');
    form.elements.identifiers.value = p.identifiers.join('; ');
    const del = el('button', { class: 'secondary', type: 'button', id: 'party-delete', onclick: async () => {
      try {
        await api('DELETE', `/api/parties/${encodeURIComponent(key)}`);
        show(target, el('p', {}, `Party ${key} deleted; its open alerts are closed.`));
        loadParties();
      } catch (e) {
        failure(target, e);
      }
    } }, 'Delete party');
    show(target,
      el('h3', {}, `${p.key}: ${p.name} `, partyBadge(p.state)),
      el('p', { class: 'muted' }, p.screenedAt ? `Screened ${p.screenedAt} against ${p.screenedLists.join(', ')}`
        : 'Not screened against the loaded lists yet'),
      p.alerts.length ? el('div', {}, ...p.alerts.map((a) => alertCard(a, p))) : el('p', {}, 'No alerts.'),
      del);
  } catch (e) {
    failure(target, e);
  }
}

function alertCard(a, party) {
  const reason = el('input', { placeholder: 'reason', class: 'alert-reason' });
  const decide = (decision) => async () => {
    try {
      const p = party || await api('GET', `/api/parties/${encodeURIComponent(a.partyKey)}`);
      await api('POST', '/api/decisions', { entryId: a.entryId, decision, reason: reason.value,
        party: { partyKey: p.key, name: p.name, country: p.country || undefined, dob: p.dob || undefined } });
      if (party) showParty(p.key); else loadAlerts();
    } catch (e) {
      reason.value = '';
      reason.placeholder = e.message;
    }
  };
  const open = a.state === 'OPEN';
  return el('div', { class: 'hit', 'data-alert': a.id },
    el('span', { class: 'score' }, a.score.toFixed(2)),
    el('strong', {}, a.partyKey), ' ', el('span', { class: 'muted' }, `${a.partyName} ↔ ${a.matchedName}`),
    el('div', { class: 'muted' }, `${a.entryId} · ${a.list} · ${a.state}${a.entryRemoved ? ' · entry removed from its list' : ''}`
      + ` · raised by ${a.raisedBy} ${a.openedAt}`),
    el('div', { class: 'muted' }, (a.explanation && a.explanation.summary) || ''),
    el('div', { class: 'muted' }, `Lists: ${a.listVersions.join(', ')}`),
    a.note ? el('div', {}, a.note) : null,
    open ? el('div', {}, reason, ' ',
      el('button', { class: 'secondary', type: 'button', onclick: decide('FALSE_POSITIVE') }, 'False positive'), ' ',
      el('button', { class: 'secondary', type: 'button', onclick: decide('CONFIRMED_MATCH') }, 'Confirm match')) : null);
}

async function loadAlerts() {
  const target = $('#alerts-list');
  try {
    const params = new URLSearchParams(fields($('#alerts-form')));
    params.set('limit', '200');
    const r = await api('GET', `/api/alerts?${params}`);
    show(target, el('p', { class: 'muted', id: 'alerts-count' }, `${r.total} alert(s)`), ...r.alerts.map((a) => alertCard(a, null)));
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
    show(target, el('p', { id: 'parties-imported' }, `${r.rows} rows: ${r.created} created, ${r.updated} updated, `
      + `${r.unchanged} unchanged, ${r.refused} refused; ${r.screening.opened.length} alert(s) opened`),
      ...r.problems.map((p) => el('div', { class: 'error' }, p)));
    loadParties();
  } catch (e) {
    failure(target, e);
  }
});

$('#parties-search').addEventListener('click', loadParties);
$('#alerts-form').addEventListener('submit', (ev) => { ev.preventDefault(); loadAlerts(); });

document.querySelectorAll('nav button').forEach((b) => b.addEventListener('click', () => {
  if (b.dataset.tab === 'parties') loadParties();
  if (b.dataset.tab === 'alerts') loadAlerts();
}));
