// Licence applications: file one from a determination, the officers' queue with review clocks, the decision screen
// and the statistics. Uses the helpers of app.js ($, el, api, fields, show, failure).
'use strict';

const applications = (() => {
  const tab = $('#tab-applications');
  let role = null;

  const form = el('form', { id: 'application-form', class: 'grid' },
    el('label', {}, 'From ', el('input', { name: 'from', value: 'KR', required: '' })),
    el('label', {}, 'To ', el('input', { name: 'to', value: 'JP', required: '' })),
    el('label', {}, 'Item ', el('input', { name: 'item', value: '3C002', required: '' })),
    el('label', {}, 'End use ', el('select', { name: 'endUse' }, ['civil', 'wmd', 'conventional-weapons', 'military', 'internal-repression', 'unknown']
      .map((o) => el('option', {}, o)))),
    el('label', {}, 'Export date ', el('input', { name: 'date', type: 'date' })),
    el('label', {}, 'Filing day ', el('input', { name: 'filedOn', type: 'date', placeholder: 'today' })),
    el('label', {}, 'Exporter (holder) ', el('input', { name: 'holder', required: '' })),
    el('label', {}, 'End user ', el('input', { name: 'endUser', required: '' })),
    el('label', {}, 'End use, in words ', el('input', { name: 'endUseDescription' })),
    el('label', {}, 'Consignee ', el('input', { name: 'consignee', placeholder: 'empty: the end user' })),
    el('label', {}, 'Order reference ', el('input', { name: 'reference' })),
    el('label', {}, 'Quantity ', el('input', { name: 'quantity', type: 'number', min: '0', step: 'any' })),
    el('label', {}, 'Value ', el('input', { name: 'value', type: 'number', min: '0', step: 'any' })),
    el('label', {}, 'Currency ', el('input', { name: 'currency', placeholder: 'USD' })),
    el('label', {}, 'Route ', el('select', { name: 'route', id: 'application-route' })),
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'secondary', id: 'application-options' }, 'Licence options'), ' ',
      el('button', { type: 'submit', id: 'application-file' }, 'File application')));
  const message = el('div', { id: 'application-message', class: 'result' });
  const asOf = el('input', { id: 'applications-asof', type: 'date' });
  const table = el('table', { id: 'application-table' },
    el('thead', {}, el('tr', {}, ['#', 'State', 'Route', 'Export', 'Requester', 'Filed', 'Deadline', 'Days left', '']
      .map((h) => el('th', {}, h)))), el('tbody'));
  const detail = el('div', { id: 'application-detail', class: 'result' });
  const stats = el('div', { id: 'application-stats', class: 'result' });
  const workload = el('form', { id: 'workload-form', class: 'grid' },
    el('label', {}, 'Order book ', el('input', { id: 'workload-file', type: 'file', accept: '.csv,text/csv', required: '' })),
    el('label', {}, 'Before ', el('input', { name: 'before', type: 'date', value: '2019-09-17', required: '' })),
    el('label', {}, 'After ', el('input', { name: 'after', type: 'date', value: '2019-09-18', required: '' })),
    el('label', {}, 'From ', el('input', { name: 'from', placeholder: 'KR (empty: all)' })),
    el('label', {}, 'To ', el('input', { name: 'to', placeholder: 'JP (empty: all)' })),
    el('label', {}, 'Officers ', el('input', { name: 'officers', type: 'number', min: '1' })),
    el('label', {}, 'Minutes per application ', el('input', { name: 'minutes', placeholder: 'INDIVIDUAL=120,COMPREHENSIVE=480' })),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Estimate workload')));
  const workloadResult = el('div', { id: 'workload-result', class: 'result' });
  workload.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams({ ...fields(workload), format: 'html' });
    try {
      const html = await apiHtml(`/api/workload?${q}`, await $('#workload-file').files[0].text());
      show(workloadResult, el('iframe', { class: 'report', srcdoc: html, sandbox: '' }));
    } catch (e) {
      failure(workloadResult, e);
    }
  });
  tab.append(el('h2', {}, 'Licence applications'),
    el('details', { open: '' }, el('summary', {}, 'File an application from a determination'), form, message),
    el('h3', {}, el('span', { id: 'applications-title' }, 'Applications'), ' ',
      el('label', { class: 'inline' }, 'clocks as of ', asOf), ' ',
      el('button', { type: 'button', id: 'applications-refresh', class: 'secondary' }, 'Refresh')),
    table, detail, el('h3', { id: 'stats-title' }, 'Statistics'), stats,
    el('details', {}, el('summary', {}, 'Workload of a rule change (order book before and after)'), workload,
      workloadResult));

  async function options() {
    const q = fields(form);
    const select = $('#application-route');
    try {
      const d = await api('POST', '/api/determinations', {
        from: q.from, to: q.to, item: q.item, endUse: q.endUse, endUser: q.endUser,
        date: q.date || q.filedOn || new Date().toISOString().slice(0, 10) });
      show(select, ...d.licenceOptions.map((o) => el('option', {}, o)));
      show(message, el('p', { class: `answer ${d.licenceRequired ? 'required' : 'clear'}` }, d.summary));
    } catch (e) {
      failure(message, e);
    }
  }

  async function file(ev) {
    ev.preventDefault();
    const q = fields(form);
    try {
      const a = await api('POST', '/api/applications', q);
      show(message, el('p', { class: 'answer', id: 'application-filed' },
        `Application #${a.id} filed: ${a.route}, review ${describeClock(a)}`), checklist(a));
      await refresh();
    } catch (e) {
      failure(message, e);
    }
  }

  function describeClock(a) {
    const c = a.clock;
    if (c.reviewDays == null) return 'period not given by the sources';
    const decided = c.decidedWithinDeadline == null ? '' : c.decidedWithinDeadline
      ? `; decided within it (${c.reviewTime} days)` : `; decided after it (${c.reviewTime} days)`;
    return `${c.reviewDays} ${c.dayCount.toLowerCase()} days, deadline ${c.deadline}${c.stopped ? ' (clock stopped)' : ''}${decided}`;
  }

  function checklist(a) {
    return el('div', {}, el('h4', {}, 'Documents'), el('ul', { class: 'checklist' }, a.documents.map((d) =>
      el('li', {}, d.name, ' ', el('span', { class: `badge ${d.status === 'CHECK' ? 'stale' : 'ok'}` }, d.status),
        el('div', { class: 'source' }, 'Source: ', d.source)))));
  }

  function day() {
    return asOf.value ? `asOf=${asOf.value}` : '';
  }

  async function refresh() {
    try {
      if (role === null) role = (await api('GET', '/api/me')).role;
      const officer = role === 'officer' || role === 'admin';
      $('#applications-title').textContent = officer ? "Officers' queue (open applications by deadline)" : 'My applications';
      const r = await api('GET', (officer ? '/api/applications/queue?' : '/api/applications?') + day());
      show(table.tBodies[0], ...r.applications.map((a) => el('tr', { 'data-id': a.id, class: a.clock.overdue ? 'overdue' : '' },
        el('td', {}, a.id), el('td', {}, a.state), el('td', {}, `${a.jurisdiction} ${a.route}`),
        el('td', {}, `${a.item || 'unlisted'} → ${a.destination}`), el('td', {}, a.requester), el('td', {}, a.filedOn),
        el('td', {}, a.clock.deadline || '—', a.clock.stopped ? ' (stopped)' : ''),
        el('td', {}, a.clock.daysLeft ?? '', a.clock.overdue ? el('span', { class: 'badge bad' }, ' OVERDUE') : null),
        el('td', {}, el('button', { class: 'secondary open-application', type: 'button', onclick: () => open(a.id) }, 'Open')))));
      $('#stats-title').hidden = !officer;
      stats.hidden = !officer;
      if (officer) {
        const s = await api('GET', '/api/applications/stats?' + day());
        show(stats, el('table', { id: 'stats-table' }, el('tbody', {},
          Object.entries(s.counts).map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v))),
          el('tr', {}, el('th', {}, 'Median review time'), el('td', {}, s.medianReviewDays == null ? '—' : `${s.medianReviewDays} days`)),
          el('tr', {}, el('th', {}, 'Decided within deadline'), el('td', {}, s.shareDecidedWithinDeadline == null ? '—'
            : `${Math.round(s.shareDecidedWithinDeadline * 100)}% of ${s.decidedWithDeadline}`)),
          el('tr', {}, el('th', {}, 'Overdue now'), el('td', {}, s.overdue)))), el('p', { class: 'muted' }, s.note));
      }
    } catch (e) {
      failure(message, e);
    }
  }

  async function open(id) {
    try {
      render(await api('GET', `/api/applications/${id}?` + day()));
    } catch (e) {
      failure(detail, e);
    }
  }

  function render(a, warning) {
    const officer = role === 'officer' || role === 'admin';
    const inputs = el('form', { class: 'grid', id: 'decision-form' },
      el('label', {}, 'Day ', el('input', { name: 'on', type: 'date' })),
      el('label', {}, 'Note / information needed / reasons ', el('input', { name: 'note' })),
      officer ? el('label', {}, 'Licence valid to ', el('input', { name: 'validTo', type: 'date' })) : null,
      officer ? el('label', {}, 'Conditions ', el('input', { name: 'conditions' })) : null,
      officer ? el('label', {}, 'Override reason (route no longer available) ', el('input', { name: 'overrideReason' })) : null);
    const step = (label, path, id) => el('button', { type: 'button', id, onclick: () => act(a, path, inputs) }, label);
    const buttons = [];
    if (officer && a.state === 'SUBMITTED') buttons.push(step('Start review', 'review', 'do-review'));
    if (officer && a.state === 'UNDER_REVIEW') {
      buttons.push(step('Request information', 'information-request', 'do-request'),
        step('Approve', 'approve', 'do-approve'), step('Deny', 'deny', 'do-deny'));
    }
    if (a.state === 'INFORMATION_REQUESTED') buttons.push(step('Information supplied: resume', 'resume', 'do-resume'));
    if (!['APPROVED', 'DENIED', 'WITHDRAWN'].includes(a.state) && !officer) buttons.push(step('Withdraw', 'withdraw', 'do-withdraw'));
    show(detail,
      el('h3', {}, `Application #${a.id}: `, el('span', { id: 'application-state' }, a.state)),
      warning ? el('p', { class: 'error', id: 'application-warning' }, warning) : null,
      el('p', {}, `${a.jurisdiction} ${a.route} for ${a.item || 'unlisted goods'} to ${a.destination}; exporter ${a.holder};`
        + ` end user ${a.endUser} (${a.endUse}); filed ${a.filedOn} by ${a.requester}.`),
      el('p', { class: 'muted' }, `Determination on filing: ${a.determination}`),
      el('p', { id: 'application-clock' }, 'Review: ', describeClock(a), a.clock.overdue ? el('span', { class: 'badge bad' }, ' OVERDUE') : null),
      el('p', { class: 'source' }, a.clock.note),
      checklist(a),
      a.licence ? el('p', { class: 'answer clear', id: 'application-licence' },
        `Licence ${a.licence.number} registered, valid ${a.licence.validFrom} – ${a.licence.validTo || 'open'}`) : null,
      a.decisionNote ? el('p', {}, 'Decision: ', a.decisionNote) : null,
      (a.screenings || []).length ? el('div', { id: 'application-screenings' }, el('h4', {}, 'Screening of the parties'),
        el('ul', {}, a.screenings.map((s) => el('li', {}, `${s.step} ${s.checkedAt}: `
          + s.result.parties.map((p) => `${p.role} ${p.name} ${p.outcome}`).join('; ')
          + ` (lists ${s.result.listVersions.join(', ')})${s.overrideId ? ` — override ${s.overrideId}` : ''}`)))) : null,
      el('h4', {}, 'History'),
      el('ol', {}, a.events.map((e) => el('li', {}, `${e.on} ${e.actor}: ${e.from || 'filed'} → ${e.to}${e.note ? ' — ' + e.note : ''}`))),
      buttons.length ? inputs : null, buttons.length ? el('p', { class: 'actions' }, ...buttons) : null);
  }

  // The fields each step takes (openapi.yaml): the server refuses any other, so send only these.
  const STEP_FIELDS = { approve: ['on', 'validTo', 'conditions', 'overrideReason'], deny: ['on', 'reasons'] };

  async function act(a, path, inputs) {
    const filled = fields(inputs);
    if (path === 'deny' && filled.note) filled.reasons = filled.note;
    const body = {};
    for (const k of STEP_FIELDS[path] || ['on', 'note']) if (filled[k] !== undefined) body[k] = filled[k];
    try {
      render(await api('POST', `/api/applications/${a.id}/${path}`, body));
      await refresh();
    } catch (e) {
      render(a, e.message);
    }
  }

  /** Offers to file an application under a determination that requires a licence. */
  function offerFromDetermination() {
    const answer = $('#determine-answer');
    if (!answer || !answer.classList.contains('required') || $('#file-from-determination')) return;
    answer.after(el('button', { id: 'file-from-determination', type: 'button', class: 'secondary', onclick: () => {
      const q = fields($('#determine-form'));
      for (const k of ['from', 'to', 'item', 'endUse', 'endUser', 'consignee', 'quantity', 'value']) {
        if (q[k] !== undefined && form.elements[k]) form.elements[k].value = q[k];
      }
      // the determination's date is the export's; the application is filed today (its clock starts today)
      form.elements.date.value = q.date || '';
      form.elements.filedOn.value = '';
      document.querySelector('nav button[data-tab=applications]').click();
      options();
    } }, 'File a licence application for this export'));
  }

  new MutationObserver(offerFromDetermination).observe($('#determine-result'), { childList: true });
  $('#application-options').addEventListener('click', options);
  form.addEventListener('submit', file);
  $('#applications-refresh').addEventListener('click', refresh);
  document.querySelector('nav button[data-tab=applications]').addEventListener('click', refresh);
  return { refresh, open };
})();
