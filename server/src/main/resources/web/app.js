// Clearance web UI: plain JavaScript over the REST API; the API key lives in sessionStorage only. Pages are hash
// routes (#/screen, #/lists, #/regimes?view=compare&with=KR, ...), so each can be opened by URL after signing in.
'use strict';

const KEY = 'clearance.apiKey';
const $ = (sel) => document.querySelector(sel);

/** Builds an element; children may be strings (inserted as text, never as HTML) or elements. */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) {
    if (c !== null && c !== undefined && c !== false) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

/** Text the server wrote in English (trace rules, sources, list refusals): marked so, and shown as it is. */
function en(text, tag = 'span', attrs = {}) {
  return el(tag, { ...attrs, lang: 'en', class: `${attrs.class || ''} source-text`.trim() }, text);
}

function headers(extra = {}) {
  return { 'X-API-Key': sessionStorage.getItem(KEY) || '', 'Accept-Language': I18n.lang, ...extra };
}

async function api(method, path, body, contentType = 'application/json') {
  const h = headers();
  let payload;
  if (body !== undefined) {
    h['Content-Type'] = contentType;
    payload = contentType === 'application/json' ? JSON.stringify(body) : body;
  }
  const res = await fetch(path, { method, headers: h, body: payload });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw apiError(res, data);
  return data;
}

function apiError(res, data) {
  const err = data.error || { message: res.statusText };
  const e = new Error(err.message + (err.field ? ` (${err.field})` : ''));
  e.status = res.status;
  e.code = err.code;
  e.field = err.field;
  e.details = err.details;
  return e;
}

/** Fetches a page or file of the API (impact views, CSV) with the key; answers the Response. */
async function apiRaw(path, body, contentType = 'text/csv') {
  const init = body === undefined ? { headers: headers() }
    : { method: 'POST', headers: headers({ 'Content-Type': contentType }), body };
  const res = await fetch(path, init);
  if (!res.ok) throw apiError(res, await res.json().catch(() => ({})));
  return res;
}

/** Fetches an HTML page of the API (impact views) for an iframe. */
async function apiHtml(path, body, contentType) {
  return (await apiRaw(path, body, contentType)).text();
}

/** Hands a fetched file to the browser as a download. */
async function download(res, name) {
  const blob = await res.blob();
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  return blob.size;
}

/** Form fields as an object, blanks left out. */
function fields(form) {
  const out = {};
  for (const [k, v] of new FormData(form).entries()) {
    if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
  }
  return out;
}

/** A form control by name (form.elements[name] can be a method of the collection, such as item()). */
function control(form, name) {
  return form.querySelector(`[name="${name}"]`);
}

function show(target, ...nodes) {
  // Optional parts are passed as null: leave them out rather than print "null".
  target.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false));
}

/** An API error in the officer's language, with the server's own words (field, message) beside it. */
function failure(target, e) {
  show(target, errorLine(e));
}

/**
 * An API error naming a control of the form (400 with its field) is shown next to that control too, and the control
 * marked, so the officer sees which input to mend; earlier marks are cleared. Without such a control nothing is added.
 */
function fieldError(form, e) {
  form.querySelectorAll('.field-error').forEach((n) => n.remove());
  form.querySelectorAll('.invalid').forEach((n) => { n.classList.remove('invalid'); n.removeAttribute('aria-invalid'); });
  const c = e && e.field ? control(form, e.field) : null;
  if (!c) return;
  c.classList.add('invalid');
  c.setAttribute('aria-invalid', 'true');
  c.after(errorLine(e, { class: 'error field-error', 'data-field': e.field }));
}

/**
 * An API error in the officer's language: what kind of refusal (by its code) and the field at fault (a field name is a
 * code). In English the server's own message follows; in Japanese and Korean it is kept, as the server words it, behind
 * a disclosure (for a support call), so the page reads in the officer's language.
 */
function errorLine(e, attrs = {}) {
  const what = e.status ? I18n.tOr(`err.${e.code}`, t('err.generic', { status: e.status })) : t('err.network');
  const where = e.field ? [' (', t('err.field'), ': ', el('code', { translate: 'no' }, e.field), ')'] : '';
  // a message the UI itself words (e.local) is in the officer's language already
  if (e.local) return el('p', { class: 'error', ...attrs }, e.message, where);
  if (I18n.lang === 'en' || !e.message) return el('p', { class: 'error', ...attrs }, what, where, e.message ? [': ', en(e.message)] : '');
  return el('p', { class: 'error', ...attrs }, what, where, ' ',
    el('details', { class: 'server-words' }, el('summary', {}, t('err.serverWords')), en(e.message)));
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function fmtNumber(n) {
  return n === null || n === undefined ? '∞' : Number(n).toLocaleString(I18n.locale);
}

const App = (() => {
  const pages = {};
  let me = null;
  let current = null;

  /** Registers a page: onShow(params) runs each time it is opened. */
  function page(name, onShow) {
    pages[name] = onShow;
  }

  function parseHash() {
    const h = location.hash.replace(/^#\/?/, '');
    const [name, query] = h.split('?');
    return { name: name || 'determine', params: new URLSearchParams(query || '') };
  }

  function route() {
    if (!me) return;
    const { name, params } = parseHash();
    const known = document.getElementById(`tab-${name}`) ? name : 'determine';
    document.querySelectorAll('nav button').forEach((b) => b.classList.toggle('active', b.dataset.tab === known));
    document.querySelectorAll('.tab').forEach((s) => { s.hidden = s.id !== `tab-${known}`; });
    const changed = current !== known;
    current = known;
    if (pages[known]) pages[known](params, changed);
    Truth.refreshStatus();
  }

  function go(name, params) {
    const q = params ? `?${new URLSearchParams(params)}` : '';
    const target = `#/${name}${q}`;
    if (location.hash === target) route(); else location.hash = target;
  }

  async function signIn(key) {
    sessionStorage.setItem(KEY, key);
    try {
      me = await api('GET', '/api/me');
      $('#who').textContent = t('app.who', { name: me.name, role: t(`role.${me.role}`) });
      $('#login').hidden = true;
      $('#app').hidden = false;
      $('#logout').hidden = false;
      document.querySelectorAll('nav button[data-role=admin]').forEach((b) => { b.hidden = me.role !== 'admin'; });
      await selectionLists();
      route();
    } catch (e) {
      me = null;
      sessionStorage.removeItem(KEY);
      show($('#login-error'), errorLine(e));
    }
  }

  /**
   * The selection lists read what the API accepts (GET /api/regimes): end uses, and the regions of a destination a
   * request may name, so an end use or region the data comes to know appears without a change here.
   */
  async function selectionLists() {
    const lists = await api('GET', '/api/regimes');
    endUses(lists.endUses || []);
    knownRegions = lists.regions || [];
    regionChoices();
  }

  /** Every end-use selection list offers the end uses the API accepts. The chosen value is kept. */
  function endUses(words) {
    document.querySelectorAll('select[name=endUse]').forEach((select) => {
      const chosen = select.value;
      select.replaceChildren(...words.map((w) => el('option', { value: w, 'data-i18n': `endUse.${w}` }, I18n.tOr(`endUse.${w}`, w))));
      if (words.includes(chosen)) select.value = chosen;
    });
  }

  async function start() {
    await I18n.use(I18n.initial());
    $('#lang').value = I18n.lang;
    $('#lang').addEventListener('change', async () => {
      await I18n.use($('#lang').value);
      if (me) $('#who').textContent = t('app.who', { name: me.name, role: t(`role.${me.role}`) });
      document.dispatchEvent(new CustomEvent('languagechange'));
      current = null;
      route();
    });
    $('#login-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      signIn($('#api-key').value.trim());
    });
    $('#logout').addEventListener('click', () => {
      sessionStorage.removeItem(KEY);
      location.reload();
    });
    document.querySelectorAll('nav button').forEach((b) => b.addEventListener('click', () => go(b.dataset.tab)));
    window.addEventListener('hashchange', route);
    if (sessionStorage.getItem(KEY)) await signIn(sessionStorage.getItem(KEY));
  }

  return { start, page, go, route, get me() { return me; }, get role() { return me ? me.role : null; },
    officer() { return me && (me.role === 'officer' || me.role === 'admin'); } };
})();

// --- determine -----------------------------------------------------------------------------------

/** The regions a request may name (GET /api/regimes, regions: code, country, within, name), as the data holds them. */
let knownRegions = [];

/**
 * The region selection offers only the regions of the destination typed in the form (none given by default): a
 * region of another country would be refused. A destination without known regions leaves it disabled. The chosen
 * region is kept while the destination keeps it.
 */
function regionChoices() {
  const select = $('#determine-region');
  const to = control($('#determine-form'), 'to').value.trim().toUpperCase();
  const chosen = select.value;
  const mine = knownRegions.filter((r) => r.country === to);
  select.replaceChildren(el('option', { value: '', 'data-i18n': 'f.regionNone' }, t('f.regionNone')),
    ...mine.map((r) => el('option', { value: r.code, translate: 'no' }, `${r.code} · ${r.name}`)));
  if (mine.some((r) => r.code === chosen)) select.value = chosen;
  select.disabled = mine.length === 0;
}

control($('#determine-form'), 'to').addEventListener('input', regionChoices);

/** The last determination shown, with the request that asked for it (filing an application reads it). */
let lastDetermination = null;

async function determine(request) {
  const target = $('#determine-result');
  try {
    const d = await api('POST', '/api/determinations', request);
    fieldError($('#determine-form'), null);
    lastDetermination = { request, response: d, at: new Date().toISOString(), by: App.me && App.me.name };
    show(target, Truth.determination(d, request),
      el('p', { class: 'actions no-print' },
        el('button', { class: 'secondary', type: 'button', id: 'print-determination',
          onclick: () => Record.determination(lastDetermination) }, t('rec.print')), ' ',
        el('button', { class: 'secondary', type: 'button', id: 'timeline-button', onclick: (e) => {
          App.go('regimes', { view: 'timeline', regime: d.regime.jurisdiction, country: request.to, until: request.date });
          e.preventDefault();
        } }, t('det.timeline', { regime: d.regime.jurisdiction }))));
  } catch (e) {
    lastDetermination = null;
    failure(target, e);
    fieldError($('#determine-form'), e);
  }
}

$('#determine-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  determine(fields(ev.target));
});

// --- screen --------------------------------------------------------------------------------------

let lastParty = null;
let lastScreening = null;

async function screen(party) {
  const target = $('#screen-result');
  try {
    const r = await api('POST', '/api/screenings', party);
    lastParty = party;
    lastScreening = { request: party, response: r, at: new Date().toISOString(), by: App.me && App.me.name };
    show(target, Truth.screeningAnswer(r),
      el('p', { class: 'actions no-print' }, el('button', { class: 'secondary', type: 'button', id: 'print-screening',
        onclick: () => Record.screening(lastScreening) }, t('rec.print'))),
      ...r.hits.map((h) => hitCard(h, r.party.fingerprint)));
  } catch (e) {
    failure(target, e);
  }
}

function hitCard(h, fingerprint) {
  const state = h.review.state;
  const badge = el('span', { class: `badge ${state.toLowerCase()}` }, Decisions.badge(h));
  return el('div', { class: 'hit', 'data-entry': h.entryId },
    el('span', { class: 'score' }, h.score.toFixed(2)),
    el('strong', {}, h.primaryName), ' ', el('span', { class: 'muted' }, `${h.entryId} · ${h.list} · ${t(`type.${h.type}`)}`),
    el('div', {}, t('scr.matchedName'), ': ', h.matchedName),
    Truth.explanation(h.explanation),
    el('div', {}, badge),
    Decisions.panel(h, lastParty, fingerprint, () => screen(lastParty)));
}

$('#screen-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  screen(fields(ev.target));
});

// --- batch ---------------------------------------------------------------------------------------

function jobLine(job) {
  return t('batch.job', { id: job.id, status: t(`job.${job.status}`), done: fmtNumber(job.committedRows), total: fmtNumber(job.totalRows) });
}

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
      show(status, el('p', {}, jobLine(job)));
      await new Promise((r) => setTimeout(r, 400));
      job = await api('GET', `/api/screenings/batch/${job.id}`);
    }
    bar.value = job.progress;
    show(status, el('p', { id: 'batch-done', 'data-status': job.status }, jobLine(job), job.error ? [' (', en(job.error), ')'] : null));
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
      el('td', {}, l.destinations.join(', ') || t('lic.any')),
      el('td', { class: 'remaining-qty' }, fmtNumber(l.remainingQuantity)), el('td', {}, fmtNumber(l.remainingValue)),
      el('td', {}, `${l.validFrom} – ${l.validTo || t('lic.open')}`),
      el('td', {}, App.officer() ? el('button', { class: 'secondary drawdown-button', type: 'button', onclick: () => openDrawdown(l) },
        t('lic.drawdownSubmit')) : null))));
  } catch (e) {
    failure($('#licence-message'), e);
  }
}

function openDrawdown(l) {
  const form = $('#drawdown-form');
  form.hidden = false;
  $('#drawdown-hint').hidden = true;
  control(form, 'licenceId').value = l.id;
  control(form, 'entryCode').value = l.entries[0] || '';
  control(form, 'destination').value = l.destinations[0] || '';
  $('#drawdown-number').textContent = l.number;
}

App.page('licences', (params, changed) => {
  if (changed) {
    // The drawdown form applies to one chosen licence: hidden until one is chosen.
    $('#drawdown-form').hidden = true;
    $('#drawdown-hint').hidden = false;
  }
  $('#tab-licences details').hidden = !App.officer();
  loadLicences();
});

$('#licences-refresh').addEventListener('click', loadLicences);

$('#licence-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const f = fields(ev.target);
  for (const k of ['entries', 'destinations', 'consignees']) f[k] = f[k] ? f[k].split(',').map((s) => s.trim()).filter((s) => s) : [];
  try {
    const l = await api('POST', '/api/licences', f);
    show($('#licence-message'), el('p', {}, t('lic.registered', { number: l.number })));
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
    show($('#licence-message'), el('p', { id: 'drawdown-result', class: 'ok-text' },
      t('lic.recorded', { id: r.shipmentId, remaining: fmtNumber(r.licence.remainingQuantity) })));
  } catch (e) {
    show($('#licence-message'), el('div', { id: 'drawdown-result' }, el('p', { class: 'error' }, t('lic.refused')), errorLine(e),
      e.details && e.details.refusals ? el('ul', {}, e.details.refusals.map((x) => el('li', {}, I18n.tOr(`refusal.${x.reason}`, x.reason), ': ', en(x.detail)))) : null));
  }
  await loadLicences();
});

// --- audit ---------------------------------------------------------------------------------------

async function loadAudit() {
  try {
    const [page, status] = await Promise.all([api('GET', '/api/audit?limit=100'), api('GET', '/api/audit/verify')]);
    const badge = $('#chain-status');
    badge.className = `badge ${status.ok ? 'ok' : 'bad'}`;
    badge.replaceChildren(...(status.ok ? [t('aud.verified', { n: fmtNumber(status.recordsChecked) })]
      : [t('aud.broken', { seq: status.firstBadSeq }), ': ', en(status.detail || '')]));
    show($('#audit-table tbody'), ...page.records.map((r) => el('tr', { 'data-action': r.action,
      class: !status.ok && r.seq === status.firstBadSeq ? 'broken' : '' },
      el('td', {}, r.seq), el('td', {}, r.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z')), el('td', {}, r.principal),
      el('td', { translate: 'no' }, r.action), el('td', { translate: 'no', lang: 'en' }, r.subject || ''),
      el('td', { class: 'muted' }, [r.regimeVersion, ...r.listVersions].filter(Boolean).join(', ')),
      el('td', { class: 'hash', title: r.hash }, r.hash.slice(0, 12)))));
  } catch (e) {
    failure($('#chain-status'), e);
  }
}

App.page('audit', loadAudit);
$('#audit-refresh').addEventListener('click', loadAudit);
