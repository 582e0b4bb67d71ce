// Clearance web UI: plain JavaScript over the REST API; the API key lives in sessionStorage only.
'use strict';

const KEY = 'clearance.apiKey';
const $ = (sel) => document.querySelector(sel);

/** Builds an element; children may be strings (inserted as text, never as HTML) or elements. */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

async function api(method, path, body, contentType = 'application/json') {
  const headers = { 'X-API-Key': sessionStorage.getItem(KEY) || '' };
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
    payload = contentType === 'application/json' ? JSON.stringify(body) : body;
  }
  const res = await fetch(path, { method, headers, body: payload });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = data.error || { message: res.statusText };
    const e = new Error(err.message + (err.field ? ` (${err.field})` : ''));
    e.status = res.status;
    e.details = err.details;
    throw e;
  }
  return data;
}

/** Fetches an HTML page of the API (impact views) for an iframe. */
async function apiHtml(path, body) {
  const headers = { 'X-API-Key': sessionStorage.getItem(KEY) || '' };
  const init = body === undefined ? { headers } : { method: 'POST', headers: { ...headers, 'Content-Type': 'text/csv' }, body };
  const res = await fetch(path, init);
  if (!res.ok) throw new Error(((await res.json().catch(() => ({}))).error || {}).message || res.statusText);
  return res.text();
}

/** Form fields as an object, blanks left out. */
function fields(form) {
  const out = {};
  for (const [k, v] of new FormData(form).entries()) {
    if (String(v).trim() !== '') out[k] = String(v).trim();
  }
  return out;
}

function show(target, ...nodes) {
  // Optional parts are passed as null: leave them out rather than print "null".
  target.replaceChildren(...nodes.filter((n) => n !== null && n !== undefined));
}

function failure(target, e) {
  show(target, el('p', { class: 'error' }, e.message));
}

// --- sign in -------------------------------------------------------------------------------------

async function signIn(key) {
  sessionStorage.setItem(KEY, key);
  try {
    const me = await api('GET', '/api/me');
    $('#who').textContent = `${me.name} (${me.role})`;
    $('#login').hidden = true;
    $('#app').hidden = false;
    $('#logout').hidden = false;
  } catch (e) {
    sessionStorage.removeItem(KEY);
    $('#login-error').textContent = e.message;
  }
}

$('#login-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  signIn($('#api-key').value.trim());
});

$('#logout').addEventListener('click', () => {
  sessionStorage.removeItem(KEY);
  location.reload();
});

document.querySelectorAll('nav button').forEach((b) => b.addEventListener('click', () => {
  document.querySelectorAll('nav button').forEach((x) => x.classList.toggle('active', x === b));
  document.querySelectorAll('.tab').forEach((t) => { t.hidden = t.id !== `tab-${b.dataset.tab}`; });
  if (b.dataset.tab === 'licences') loadLicences();
  if (b.dataset.tab === 'audit') loadAudit();
}));

// --- determine -----------------------------------------------------------------------------------

function traceList(trace) {
  return el('ol', { class: 'trace' }, trace.map((s) => el('li', {},
    el('strong', {}, s.rule), ': ', s.effect, el('div', { class: 'source' }, 'Source: ', s.source))));
}

/** What kind of answer it is, plainly: prohibited, refused in principle, another authority decides, options under CHECK. */
function kindOfAnswer(d) {
  const lines = [];
  if (d.prohibited) {
    lines.push('PROHIBITED: no licence type can authorise this export; only the derogations named in the trace, granted by the authority they name.');
  } else if (d.policy === 'denial') {
    lines.push('POLICY OF DENIAL: a licence is required and an application is refused in principle.');
  } else if (d.policy === 'case-by-case') {
    lines.push('A licence is required; applications are reviewed case by case.');
  }
  if (d.authority) {
    lines.push(d.notify ? `NOTIFY: ${d.authority} decides.` : `ANOTHER AUTHORITY DECIDES: ${d.authority}.`);
  }
  const doubtful = (d.licenceOptions || []).filter((o, i) => (d.optionConfidence || [])[i] && d.optionConfidence[i] !== 'confirmed');
  if (doubtful.length) {
    lines.push(`Offered only under a CHECK condition: ${doubtful.join(', ')}.`);
  }
  return lines.length ? el('p', { class: 'answer-kind', id: 'determine-kind' }, lines.join(' ')) : null;
}

$('#determine-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const target = $('#determine-result');
  try {
    const d = await api('POST', '/api/determinations', fields(ev.target));
    const lic = d.licences || {};
    show(target,
      el('p', { class: `answer ${d.prohibited ? 'prohibited' : d.policy === 'denial' ? 'denial' : d.licenceRequired ? 'required' : 'clear'}`, id: 'determine-answer' }, d.summary),
      kindOfAnswer(d),
      el('p', { class: `confidence confidence-${d.confidence}`, id: 'determine-confidence' },
        `Confidence: ${d.confidence}`, d.confidence === 'confirmed' ? '' : d.confidence === 'check'
          ? ' (a deciding fact rests on secondary sources or lies past the data\'s review: check it)'
          : ' (the date falls in a rule\'s uncertainty window: applied conservatively)'),
      lic.needed ? el('p', {}, lic.covering
        ? `Covered by held licence ${lic.covering.number} (${lic.covering.holder}).`
        : `No held licence covers this export${lic.checked.length ? ': ' + lic.checked.map((c) =>
          `${c.number}: ${c.refusals.map((r) => r.detail).join('; ')}`).join(' | ') : '.'}`) : null,
      d.endUser ? el('p', {}, `End user ${d.endUser.name}: ${d.endUser.listed ? 'LISTED ' + d.endUser.entryId : 'not listed'}`) : null,
      el('h3', {}, 'Trace'),
      traceList(d.trace),
      d.deMinimis ? el('p', { id: 'determine-de-minimis' }, 'De minimis: ', d.deMinimis.why) : null,
      d.reexport ? el('div', { id: 'determine-reexport' },
        el('h3', {}, 'Re-export under the US EAR'),
        el('p', { class: `answer ${d.reexport.prohibited ? 'prohibited' : d.reexport.licenceRequired ? 'required' : 'clear'}` },
          `${d.reexport.licenceRequired ? 'Licence required: ' + (d.reexport.licenceOptions.join(' | ') || 'none can authorise it') : 'NLR (no licence required)'}; confidence ${d.reexport.confidence}`),
        traceList(d.reexport.trace)) : null,
      el('p', { class: 'muted' }, `Regime ${d.regime.jurisdiction} ${d.regime.version || ''} as of ${d.regime.asOf}; audit record #${d.auditSeq}`),
      el('button', { class: 'secondary', type: 'button', onclick: async (e) => {
        const q = fields(ev.target);
        try {
          const html = await apiHtml(`/api/regimes/${encodeURIComponent(d.regime.jurisdiction)}/timeline?country=${encodeURIComponent(q.to)}&until=${q.date}`);
          e.target.replaceWith(el('iframe', { class: 'report', srcdoc: html, sandbox: '' }));
        } catch (err) {
          e.target.replaceWith(el('p', { class: 'error' }, err.message));
        }
      } }, `Timeline of ${d.regime.jurisdiction} rules for this destination`));
  } catch (e) {
    failure(target, e);
  }
});

// --- screen --------------------------------------------------------------------------------------

let lastParty = null;

async function screen(party) {
  const target = $('#screen-result');
  try {
    const r = await api('POST', '/api/screenings', party);
    lastParty = party;
    const hits = r.hits.map((h) => hitCard(h, r.party.fingerprint));
    show(target,
      el('p', { class: `answer ${r.alert || r.outcome === 'INCOMPLETE' ? 'required' : 'clear'}`, id: 'screen-answer' },
        r.blocked ? `Blocked: confirmed match with ${r.confirmedMatches.map((d) => d.entryId).join(', ')}`
          : r.hits.length === 0 ? 'No hits' : `${r.hits.length} hit(s)${r.alert ? '' : ', all reviewed'}`,
        r.missingLists ? ` — NOT screened against ${r.missingLists.join(', ')} (not loaded): not clear` : ''),
      el('p', { class: 'muted' }, `Lists: ${r.listVersions.join(', ') || 'none loaded'}; audit record #${r.auditSeq}`),
      ...hits);
  } catch (e) {
    failure(target, e);
  }
}

function hitCard(h, fingerprint) {
  const state = h.review.state;
  const badge = el('span', { class: `badge ${state.toLowerCase()}` }, Decisions.badge(h));
  return el('div', { class: 'hit', 'data-entry': h.entryId },
    el('span', { class: 'score' }, h.score.toFixed(2)),
    el('strong', {}, h.primaryName), ' ', el('span', { class: 'muted' }, `${h.entryId} · ${h.list} · ${h.type}`),
    el('div', {}, 'Matched name: ', h.matchedName),
    el('div', { class: 'muted' }, h.explanation.summary),
    el('div', {}, badge),
    Decisions.panel(h, lastParty, fingerprint, () => screen(lastParty)));
}

$('#screen-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  screen(fields(ev.target));
});

// --- batch ---------------------------------------------------------------------------------------

$('#batch-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const file = $('#batch-file').files[0];
  const status = $('#batch-status');
  const bar = $('#batch-progress');
  try {
    let job = await api('POST', '/api/screenings/batch', await file.text(), 'text/csv');
    bar.hidden = false;
    while (job.status === 'QUEUED' || job.status === 'RUNNING') {
      bar.value = job.progress;
      show(status, el('p', {}, `Job ${job.id}: ${job.status}, ${job.committedRows} of ${job.totalRows} rows`));
      await new Promise((r) => setTimeout(r, 400));
      job = await api('GET', `/api/screenings/batch/${job.id}`);
    }
    bar.value = job.progress;
    show(status, el('p', { id: 'batch-done' }, `Job ${job.id}: ${job.status}, ${job.committedRows} of ${job.totalRows} rows`
      + (job.error ? ` (${job.error})` : '')));
    await BatchResults.show($('#batch-results'), job.id);
  } catch (e) {
    failure(status, e);
  }
});

// --- licences ------------------------------------------------------------------------------------

async function loadLicences() {
  const days = $('#expiring-days').value;
  try {
    const r = await api('GET', '/api/licences' + (days !== '' ? `?expiringWithinDays=${days}` : ''));
    show($('#licence-table tbody'), ...r.licences.map((l) => el('tr', { 'data-number': l.number },
      el('td', {}, l.number), el('td', {}, l.holder), el('td', {}, l.entries.join(', ')),
      el('td', {}, l.destinations.join(', ') || 'any'),
      el('td', { class: 'remaining-qty' }, l.remainingQuantity ?? '∞'), el('td', {}, l.remainingValue ?? '∞'),
      el('td', {}, `${l.validFrom} – ${l.validTo || 'open'}`),
      el('td', {}, el('button', { class: 'secondary drawdown-button', type: 'button', onclick: () => openDrawdown(l) },
        'Draw down')))));
  } catch (e) {
    failure($('#licence-message'), e);
  }
}

function openDrawdown(l) {
  const form = $('#drawdown-form');
  form.hidden = false;
  form.licenceId.value = l.id;
  form.entryCode.value = l.entries[0] || '';
  form.destination.value = l.destinations[0] || '';
  $('#drawdown-number').textContent = l.number;
}

$('#licences-refresh').addEventListener('click', loadLicences);

$('#licence-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const f = fields(ev.target);
  for (const k of ['entries', 'destinations', 'consignees']) f[k] = f[k] ? f[k].split(',').map((s) => s.trim()) : [];
  try {
    const l = await api('POST', '/api/licences', f);
    show($('#licence-message'), el('p', {}, `Registered ${l.number}.`));
    await loadLicences();
  } catch (e) {
    failure($('#licence-message'), e);
  }
});

$('#drawdown-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const f = fields(ev.target);
  const id = f.licenceId;
  delete f.licenceId;
  try {
    const r = await api('POST', `/api/licences/${id}/shipments`, f);
    show($('#licence-message'), el('p', { id: 'drawdown-result' },
      `Shipment ${r.shipmentId} recorded; ${r.licence.remainingQuantity ?? '∞'} remaining.`));
  } catch (e) {
    show($('#licence-message'), el('p', { class: 'error', id: 'drawdown-result' }, `Refused: ${e.message}`));
  }
  await loadLicences();
});

// --- impact --------------------------------------------------------------------------------------

$('#impact-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const q = fields(ev.target);
  const target = $('#impact-result');
  try {
    const csv = await $('#impact-file').files[0].text();
    const html = await apiHtml(`/api/impact?before=${q.before}&after=${q.after}`, csv);
    show(target, el('iframe', { class: 'report', id: 'impact-report', srcdoc: html, sandbox: '' }));
  } catch (e) {
    failure(target, e);
  }
});

// --- audit ---------------------------------------------------------------------------------------

async function loadAudit() {
  try {
    const [page, status] = await Promise.all([api('GET', '/api/audit?limit=100'), api('GET', '/api/audit/verify')]);
    const badge = $('#chain-status');
    badge.className = `badge ${status.ok ? 'ok' : 'bad'}`;
    badge.textContent = status.ok ? `verified: ${status.recordsChecked} records intact`
      : `BROKEN at record ${status.firstBadSeq}: ${status.detail}`;
    show($('#audit-table tbody'), ...page.records.map((r) => el('tr', { 'data-action': r.action,
      class: !status.ok && r.seq === status.firstBadSeq ? 'broken' : '' },
      el('td', {}, r.seq), el('td', {}, r.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z')), el('td', {}, r.principal),
      el('td', {}, r.action), el('td', {}, r.subject || ''),
      el('td', { class: 'muted' }, [r.regimeVersion, ...r.listVersions].filter(Boolean).join(', ')),
      el('td', { class: 'hash', title: r.hash }, r.hash.slice(0, 12)))));
  } catch (e) {
    failure($('#chain-status'), e);
  }
}

$('#audit-refresh').addEventListener('click', loadAudit);

if (sessionStorage.getItem(KEY)) signIn(sessionStorage.getItem(KEY));
