// Clearance web UI: the pages over the remaining capabilities, each a hash route: lists (states, versions, refused
// loads, update now), regimes (compare, diff, timeline, facts as of a day), keys (admin), impact (two dates or a
// what-if scenario, with the changes CSV) and workload. Uses the helpers of app.js, truth.js and i18n.js.
'use strict';

function labelled(key, input, attrs = {}) {
  return el('label', attrs, el('span', {}, t(key)), ' ', input);
}

/** A report page of the impact module in a sandboxed frame; paths into the reference folder shown as citations. */
function frame(id, html) {
  return el('iframe', { class: 'report', id, srcdoc: Truth.citeReferences(html), sandbox: '' });
}

// --- lists ---------------------------------------------------------------------------------------

const ListsPage = (() => {
  const tab = $('#tab-lists');

  async function load(message) {
    try {
      const [lists, versions] = await Promise.all([api('GET', '/api/lists'), api('GET', '/api/lists/versions')]);
      render(lists, versions, message);
    } catch (e) {
      show(tab, el('h2', {}, t('lists.title')), errorLine(e));
    }
  }

  async function update(kind) {
    const status = $('#lists-update-status');
    show(status, t('lists.updating'));
    try {
      const r = await api('POST', `/api/lists/${kind}`);
      await load(outcomes(r.lists, false));
    } catch (e) {
      await load([errorLine(e), e.details && e.details.lists ? outcomes(e.details.lists, true) : null]);
    }
    Truth.refreshStatus(true);
  }

  function outcomes(lists, refused) {
    return el('ul', { id: 'lists-outcome', class: refused ? 'error' : '' }, (lists || []).map((l) => el('li', {},
      typeof l === 'string' ? en(l) : [l.name, ': ', I18n.tOr(`loadOutcome.${l.outcome}`, l.outcome || ''), l.label ? ` (${l.label})` : '',
        l.reasons && l.reasons.length ? [' — ', en(l.reasons.join('; '))] : null])));
  }

  function render(lists, versions, message) {
    const admin = App.role === 'admin';
    show(tab,
      el('h2', {}, t('lists.title')),
      el('p', { class: 'muted' }, t('lists.summary', { n: lists.lists.length, entries: fmtNumber(lists.entries) })),
      admin ? el('p', { class: 'actions' },
        el('button', { type: 'button', id: 'lists-update', onclick: () => update('update') }, t('lists.updateNow')), ' ',
        el('button', { type: 'button', class: 'secondary', id: 'lists-reload', onclick: () => update('reload') }, t('lists.reload')), ' ',
        el('span', { id: 'lists-update-status', class: 'muted' })) : null,
      message ? el('div', { class: 'result' }, message) : null,
      el('div', { class: 'scroll' }, el('table', { id: 'lists-table' },
        el('thead', {}, el('tr', {}, ['name', 'format', 'state', 'version', 'entries', 'loadedAt', 'confirmedAt', 'lastRefusal']
          .map((h) => el('th', {}, t(`lists.col.${h}`))))),
        el('tbody', {}, lists.lists.map((l) => el('tr', { 'data-list': l.name, 'data-state': l.state, class: l.state !== 'current' || l.stale ? 'degraded' : '' },
          el('td', {}, l.name), el('td', {}, l.format),
          el('td', {}, el('span', { class: `badge ${l.state === 'current' && !l.stale ? 'ok' : 'bad'}` }, t(`listState.${l.state}`)),
            l.stale ? [' ', el('span', { class: 'badge stale' }, t('listState.staleShort'))] : null),
          el('td', {}, l.label || '—'), el('td', {}, l.entries === undefined ? '—' : fmtNumber(l.entries)),
          el('td', {}, l.loadedAt || '—'), el('td', {}, l.confirmedAt || '—'),
          el('td', {}, l.lastRefusal ? [l.lastRefusal.attemptedAt, ': ', en(l.lastRefusal.reasons.join('; '))] : '—')))))),
      el('h3', {}, t('lists.refused')),
      versions.refusedLoads.length === 0 ? el('p', { class: 'muted' }, t('lists.noRefused'))
        : el('div', { class: 'scroll' }, el('table', { id: 'refused-table' },
          el('thead', {}, el('tr', {}, ['name', 'attemptedAt', 'entries', 'reasons', 'loadedBy'].map((h) => el('th', {}, t(`lists.col.${h}`))))),
          el('tbody', {}, versions.refusedLoads.map((r) => el('tr', { 'data-list': r.name },
            el('td', {}, r.name), el('td', {}, r.attemptedAt), el('td', {}, r.entries === null ? '—' : fmtNumber(r.entries)),
            el('td', {}, en(r.reasons.join('; '))), el('td', {}, r.loadedBy || '')))))),
      el('h3', {}, t('lists.versions')),
      el('div', { class: 'scroll' }, el('table', { id: 'versions-table' },
        el('thead', {}, el('tr', {}, ['name', 'version', 'loadedAt', 'entries', 'problems', 'loadedBy', 'delta'].map((h) => el('th', {}, t(`lists.col.${h}`))))),
        el('tbody', {}, versions.versions.map((v) => {
          const cell = el('td', {}, el('button', { type: 'button', class: 'link', onclick: async () => {
            try {
              const d = await api('GET', `/api/lists/${encodeURIComponent(v.name)}/versions/${v.versionId}/delta`);
              show(cell, t('lists.delta', { added: d.added.length, changed: d.changed.length, removed: d.removed.length }));
            } catch (e) {
              show(cell, errorLine(e));
            }
          } }, t('lists.showDelta')));
          return el('tr', { 'data-version': v.versionId }, el('td', {}, v.name), el('td', {}, v.label), el('td', {}, v.loadedAt),
            el('td', {}, fmtNumber(v.entries)), el('td', {}, fmtNumber(v.problems)), el('td', {}, v.loadedBy || ''), cell);
        })))));
  }

  App.page('lists', () => load());
  return { load };
})();

// --- regimes: compare, diff, timeline, facts -----------------------------------------------------

const RegimesPage = (() => {
  const tab = $('#tab-regimes');
  const VIEWS = ['compare', 'diff', 'timeline', 'facts', 'terms'];
  const DEFAULTS = { regime: 'JP', with: 'KR', date: '2019-09-01', from: '2019-08-27', to: '2019-08-28', country: 'KR', until: today() };

  function form(view, p) {
    const input = (name, type = 'text') => el('input', { name, type, value: p.get(name) || DEFAULTS[name], required: '' });
    const parts = {
      compare: [labelled('reg.regime', input('regime')), labelled('reg.with', input('with')), labelled('f.date', input('date', 'date'))],
      diff: [labelled('reg.regime', input('regime')), labelled('reg.fromDay', input('from', 'date')), labelled('reg.toDay', input('to', 'date'))],
      timeline: [labelled('reg.regime', input('regime')), labelled('f.country', input('country')), labelled('reg.until', input('until', 'date'))],
      facts: [labelled('reg.regime', input('regime')), labelled('f.date', input('date', 'date'))],
      terms: [],
    };
    if (view === 'terms') return null;
    const f = el('form', { class: 'grid', id: 'regimes-form' }, parts[view],
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('app.show'))));
    f.addEventListener('submit', (ev) => {
      ev.preventDefault();
      App.go('regimes', { view, ...fields(f) });
    });
    return f;
  }

  async function result(view, p) {
    const j = encodeURIComponent((p.get('regime') || DEFAULTS.regime).toUpperCase());
    const q = (names) => new URLSearchParams(Object.fromEntries(names.map((n) => [n, p.get(n) || DEFAULTS[n]])));
    if (view === 'compare') return frame('compare-report', await apiHtml(`/api/regimes/${j}/compare?${q(['with', 'date'])}`));
    if (view === 'timeline') return frame('timeline-report', await apiHtml(`/api/regimes/${j}/timeline?${q(['country', 'until'])}`));
    if (view === 'diff') return diff(await api('GET', `/api/regimes/${j}/diff?${q(['from', 'to'])}`));
    if (view === 'terms') return terms();
    return facts(await api('GET', `/api/regimes/${j}?${q(['date'])}`));
  }

  function fact(f, kind) {
    return el('li', { class: kind }, el('span', { class: 'badge' }, t(`reg.${kind}`)), ' ', el('strong', { lang: 'en' }, `${f.section} · ${f.subject}`), ': ',
      en(f.statement), el('div', { class: 'source' }, t('truth.source'), ': ', Truth.citation(f.source)));
  }

  function diff(d) {
    return el('div', { id: 'diff-result' },
      el('p', {}, t('reg.diffSummary', { regime: d.jurisdiction, from: d.from, to: d.to, n: d.changes.length, version: d.regimeVersion })),
      d.changes.length === 0 ? el('p', { class: 'muted' }, t('reg.noChanges')) : d.changes.map((c) => el('div', { class: 'diff-day', 'data-day': c.day },
        el('h4', {}, c.day), el('ul', {}, c.removed.map((f) => fact(f, 'removed')), c.added.map((f) => fact(f, 'added'))))));
  }

  function facts(r) {
    return el('div', { id: 'facts-result' },
      el('p', {}, en(`${r.name} — ${r.authority}`), ' ', t('reg.asOf', { date: r.asOf, version: r.version })),
      el('ul', {}, r.facts.map((f) => fact(f, 'fact'))));
  }

  /** The regime terms of the current language's catalogue, each with its source. */
  function terms() {
    const all = ['INDIVIDUAL', 'COMPREHENSIVE', 'BULK', 'GENERAL_BULK', 'SPECIAL_GENERAL_BULK', 'SPECIFIC_BULK', 'SPECIAL_RETURNS_BULK',
      'SPECIFIC_SUBSIDIARY_BULK', 'CATCH_ALL', 'CLASSIFICATION', 'STRATEGIC_ITEMS'];
    return el('div', { class: 'scroll' }, el('table', { id: 'terms-table' }, el('thead', {}, el('tr', {}, el('th', {}, t('reg.term')), el('th', {}, t('reg.code')), el('th', {}, t('truth.source')))),
      el('tbody', {}, all.filter((c) => I18n.term(c)).map((c) => {
        const term = I18n.term(c);
        return el('tr', { 'data-term': c }, el('td', {}, term.text), el('td', {}, c),
          el('td', {}, Truth.citation(term.source), term.check ? [' ', el('span', { class: 'badge stale' }, t('reg.check'))] : null));
      }))));
  }

  async function render(p) {
    const view = VIEWS.includes(p.get('view')) ? p.get('view') : 'compare';
    const out = el('div', { class: 'result', id: 'regimes-result' }, el('p', { class: 'muted' }, t('app.loading')));
    show(tab, el('h2', {}, t('reg.title')),
      el('p', { class: 'tabs' }, VIEWS.map((v) => [el('a', { href: `#/regimes?view=${v}`, class: v === view ? 'active' : '', 'data-view': v }, t(`reg.view.${v}`)), ' '])),
      el('p', { class: 'muted' }, t(`reg.help.${view}`)),
      form(view, p), out);
    try {
      show(out, await result(view, p));
    } catch (e) {
      failure(out, e);
    }
  }

  App.page('regimes', render);
  return { render };
})();

// --- keys (admin) --------------------------------------------------------------------------------

const KeysPage = (() => {
  const tab = $('#tab-keys');
  const ROLES = ['viewer', 'requester', 'officer', 'admin'];

  async function load(message) {
    if (App.role !== 'admin') {
      show(tab, el('h2', {}, t('keys.title')), el('p', { class: 'error' }, t('keys.adminOnly')));
      return;
    }
    try {
      render((await api('GET', '/api/keys')).keys, message);
    } catch (e) {
      show(tab, el('h2', {}, t('keys.title')), errorLine(e));
    }
  }

  function render(keys, message) {
    const f = el('form', { class: 'grid', id: 'key-form' },
      labelled('keys.name', el('input', { name: 'name', required: '' })),
      labelled('keys.role', el('select', { name: 'role' }, ROLES.map((r) => el('option', { value: r }, t(`role.${r}`))))),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('keys.create'))));
    f.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        const k = await api('POST', '/api/keys', fields(f));
        await load(el('div', { class: 'warning', id: 'key-created' }, el('p', {}, t('keys.created', { name: k.name, role: t(`role.${k.role}`) })),
          el('code', { class: 'secret', id: 'key-plaintext' }, k.key)));
      } catch (e) {
        await load(errorLine(e));
      }
    });
    show(tab, el('h2', {}, t('keys.title')), el('p', { class: 'muted' }, t('keys.help')), f,
      message ? el('div', { class: 'result' }, message) : null,
      el('div', { class: 'scroll' }, el('table', { id: 'keys-table' },
        el('thead', {}, el('tr', {}, ['id', 'name', 'role', 'createdAt', 'createdBy', 'revokedAt', ''].map((h) => el('th', {}, h ? t(`keys.col.${h}`) : '')))),
        el('tbody', {}, keys.map((k) => el('tr', { 'data-key': k.id, 'data-name': k.name },
          el('td', { class: 'hash' }, k.id), el('td', {}, k.name), el('td', {}, t(`role.${k.role}`)), el('td', {}, k.createdAt),
          el('td', {}, k.createdBy || ''), el('td', {}, k.revokedAt || '—'),
          el('td', {}, k.revokedAt ? null : revokeButton(k))))))));
  }

  function revokeButton(k) {
    const b = el('button', { type: 'button', class: 'secondary revoke', onclick: async () => {
      if (!b.dataset.armed) {
        b.dataset.armed = '1';
        b.textContent = t('keys.revokeConfirm', { name: k.name });
        return;
      }
      try {
        await api('DELETE', `/api/keys/${encodeURIComponent(k.id)}`);
        await load(el('p', {}, t('keys.revoked', { name: k.name })));
      } catch (e) {
        await load(errorLine(e));
      }
    } }, t('keys.revoke'));
    return b;
  }

  App.page('keys', () => load());
  return { load };
})();

// --- impact: two dates or a what-if scenario; the report, or the changes CSV ----------------------

const ImpactPage = (() => {
  const form = $('#impact-form');
  const mode = $('#impact-mode');

  function sync() {
    const scenario = mode.value === 'scenario';
    form.querySelectorAll('.dates-only').forEach((e) => { e.hidden = scenario; });
    form.querySelectorAll('.scenario-only').forEach((e) => { e.hidden = !scenario; });
  }

  /** The request for the chosen comparison, as html (the report) or csv (the changed lines). */
  async function request(format) {
    const q = fields(form);
    const book = $('#impact-file').files[0];
    if (!book) throw Object.assign(new Error(t('imp.noBook')), { status: 400, field: 'file', local: true });
    const csv = await book.text();
    if (mode.value === 'scenario') {
      const file = $('#impact-scenario').files[0];
      if (!file) throw Object.assign(new Error(t('imp.noScenario')), { status: 400, field: 'scenario', local: true });
      const params = new URLSearchParams({ format });
      if (q.after) params.set('after', q.after);
      return apiRaw(`/api/impact/scenario?${params}`, JSON.stringify({ orders: csv, scenario: await file.text() }), 'application/json');
    }
    return apiRaw(`/api/impact?${new URLSearchParams({ before: q.before || '', after: q.after || '', format })}`, csv);
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const target = $('#impact-result');
    try {
      const res = await request('html');
      const rejected = res.headers.get('X-Clearance-Rejected-Lines');
      show(target, rejected && rejected !== '0' ? el('p', { class: 'error' }, t('imp.rejected', { n: rejected })) : null,
        frame('impact-report', await res.text()));
    } catch (e) {
      failure(target, e);
    }
  });

  $('#impact-csv').addEventListener('click', async () => {
    const status = $('#impact-csv-status');
    show(status, t('app.downloading'));
    try {
      const size = await download(await request('csv'), 'changes.csv');
      status.dataset.done = 'true';
      show(status, t('app.downloaded', { bytes: fmtNumber(size) }));
    } catch (e) {
      show(status, errorLine(e));
    }
  });

  mode.addEventListener('change', sync);
  App.page('impact', sync);
  return { sync };
})();

// --- workload ------------------------------------------------------------------------------------

const WorkloadPage = (() => {
  const tab = $('#tab-workload');

  function render() {
    const input = (name, attrs = {}) => el('input', { name, ...attrs });
    const f = el('form', { id: 'workload-form', class: 'grid' },
      labelled('imp.book', el('input', { id: 'workload-file', type: 'file', accept: '.csv,text/csv', required: '' })),
      labelled('f.before', input('before', { type: 'date', value: '2019-09-17', required: '' })),
      labelled('f.after', input('after', { type: 'date', value: '2019-09-18', required: '' })),
      labelled('f.from', input('from', { placeholder: t('wl.allHint') })),
      labelled('f.to', input('to', { placeholder: t('wl.allHint') })),
      labelled('wl.officers', input('officers', { type: 'number', min: '1' })),
      labelled('wl.minutes', input('minutes', { placeholder: 'INDIVIDUAL=120,COMPREHENSIVE=480' })),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('wl.submit'))));
    const out = el('div', { id: 'workload-result', class: 'result' });
    f.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const q = new URLSearchParams({ ...fields(f), format: 'html' });
      try {
        show(out, frame('workload-report', await apiHtml(`/api/workload?${q}`, await $('#workload-file').files[0].text())));
      } catch (e) {
        failure(out, e);
      }
    });
    show(tab, el('h2', {}, t('wl.title')), el('p', { class: 'muted' }, t('wl.help')), f, out);
  }

  App.page('workload', (params, changed) => { if (changed || !$('#workload-form')) render(); });
  return { render };
})();
