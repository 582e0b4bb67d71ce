// Licence applications: file one from a determination (its item, destination and end user, filed today), the
// officers' queue with review clocks, the decision screen and the statistics. Uses the helpers of app.js ($, el,
// api, fields, control, show, failure) and t() of i18n.js.
'use strict';

const applications = (() => {
  const tab = $('#tab-applications');

  const label = (key, input) => el('label', {}, el('span', { 'data-i18n': key }, t(key)), ' ', input);
  const form = el('form', { id: 'application-form', class: 'grid' },
    label('f.from', el('input', { name: 'from', value: 'KR', required: '' })),
    label('f.to', el('input', { name: 'to', value: 'JP', required: '' })),
    label('f.item', el('input', { name: 'item', value: '3C002', required: '' })),
    label('f.endUse', el('select', { name: 'endUse' }, ['civil', 'wmd', 'conventional-weapons', 'military', 'military-intelligence', 'supercomputer', 'advanced-node-ic', 'ic-production', 'semiconductor-equipment', 'internal-repression', 'unknown']
      .map((o) => el('option', { value: o, 'data-i18n': `endUse.${o}` }, t(`endUse.${o}`))))),
    label('app.filedOn', el('input', { name: 'filedOn', type: 'date', id: 'application-filed-on' })),
    label('app.exportDate', el('input', { name: 'date', type: 'date', id: 'application-export-date' })),
    label('app.holder', el('input', { name: 'holder', required: '' })),
    label('f.endUser', el('input', { name: 'endUser', required: '' })),
    label('app.endUseDescription', el('input', { name: 'endUseDescription' })),
    label('f.consignee', el('input', { name: 'consignee', 'data-i18n-placeholder': 'app.consigneeHint', placeholder: t('app.consigneeHint') })),
    label('app.reference', el('input', { name: 'reference' })),
    label('f.quantity', el('input', { name: 'quantity', type: 'number', min: '0', step: 'any' })),
    label('f.value', el('input', { name: 'value', type: 'number', min: '0', step: 'any' })),
    label('f.currency', el('input', { name: 'currency', placeholder: 'USD' })),
    label('app.route', el('select', { name: 'route', id: 'application-route' })),
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'secondary', id: 'application-options', 'data-i18n': 'app.options' }, t('app.options')), ' ',
      el('button', { type: 'submit', id: 'application-file', 'data-i18n': 'app.file' }, t('app.file'))));
  const origin = el('p', { id: 'application-origin', class: 'muted', hidden: '' });
  const message = el('div', { id: 'application-message', class: 'result' });
  const asOf = el('input', { id: 'applications-asof', type: 'date' });
  const table = el('table', { id: 'application-table' },
    el('thead', {}, el('tr', {}, ['#', 'state', 'route', 'export', 'requester', 'filed', 'deadline', 'daysLeft', '']
      .map((h) => (h === '#' || h === '' ? el('th', {}, h) : el('th', { 'data-i18n': `app.col.${h}` }, t(`app.col.${h}`)))))), el('tbody'));
  const detail = el('div', { id: 'application-detail', class: 'result' });
  const stats = el('div', { id: 'application-stats', class: 'result' });
  tab.append(el('h2', { 'data-i18n': 'app.title' }, t('app.title')),
    el('details', { open: '', id: 'application-filing' }, el('summary', { 'data-i18n': 'app.fileFrom' }, t('app.fileFrom')), origin, form, message),
    el('h3', {}, el('span', { id: 'applications-title' }), ' ',
      el('label', { class: 'inline' }, el('span', { 'data-i18n': 'app.clocksAsOf' }, t('app.clocksAsOf')), ' ', asOf), ' ',
      el('button', { type: 'button', id: 'applications-refresh', class: 'secondary', 'data-i18n': 'app.refresh' }, t('app.refresh'))),
    el('div', { class: 'scroll' }, table), detail, el('h3', { id: 'stats-title', 'data-i18n': 'app.stats' }, t('app.stats')), stats);

  async function options() {
    const q = fields(form);
    const select = $('#application-route');
    try {
      // The application is determined again on the filing day (today unless given), as the server will.
      const d = await api('POST', '/api/determinations', {
        from: q.from, to: q.to, item: q.item, endUse: q.endUse, endUser: q.endUser, date: q.date || q.filedOn || today() });
      show(select, ...d.licenceOptions.map((o) => el('option', { value: o }, Truth.routes([o]))));
      show(message, el('p', { class: `answer ${d.licenceRequired ? 'required' : 'clear'}` }, d.summary), Truth.policy(d),
        Truth.listCaveats(d));
    } catch (e) {
      failure(message, e);
    }
  }

  async function file(ev) {
    ev.preventDefault();
    const q = fields(form);
    // Only the fields of the API's contract: an order reference travels as the reference of the one line.
    if (q.reference !== undefined) {
      const line = { reference: q.reference };
      if (q.quantity !== undefined) line.quantity = Number(q.quantity);
      if (q.value !== undefined) line.value = Number(q.value);
      q.lines = [line];
      delete q.reference;
      delete q.quantity;
      delete q.value;
    }
    try {
      const a = await api('POST', '/api/applications', q);
      show(message, el('p', { class: 'answer', id: 'application-filed', 'data-filed-on': a.filedOn, 'data-item': a.item || '' },
        t('app.filed', { id: a.id, route: Truth.routes([a.route]), filedOn: a.filedOn, item: a.item || t('app.unlisted'),
          destination: a.destination, endUser: a.endUser }), ' ', t('app.review'), ' ', describeClock(a)), checklist(a));
      await refresh();
    } catch (e) {
      failure(message, e);
    }
  }

  function describeClock(a) {
    const c = a.clock;
    if (c.reviewDays == null) return t('app.noPeriod');
    const decided = c.decidedWithinDeadline == null ? '' : `; ${t(c.decidedWithinDeadline ? 'app.decidedWithin' : 'app.decidedAfter', { n: c.reviewTime })}`;
    return t('app.clock', { n: c.reviewDays, count: t(`dayCount.${c.dayCount}`), deadline: c.deadline })
      + (c.stopped ? ` (${t('app.stopped')})` : '') + decided;
  }

  function checklist(a) {
    return el('div', {}, el('h4', {}, t('app.documents')), el('ul', { class: 'checklist' }, a.documents.map((d) =>
      el('li', {}, en(d.name), ' ', el('span', { class: `badge ${d.status === 'CHECK' ? 'stale' : 'ok'}` }, t(`docStatus.${d.status}`)),
        el('div', { class: 'source' }, t('truth.source'), ': ', Truth.citation(d.source))))));
  }

  function day() {
    return asOf.value ? `asOf=${asOf.value}` : '';
  }

  async function refresh() {
    try {
      const officer = App.officer();
      $('#applications-title').textContent = officer ? t('app.queue') : t('app.mine');
      const r = await api('GET', (officer ? '/api/applications/queue?' : '/api/applications?') + day());
      show(table.tBodies[0], ...r.applications.map((a) => el('tr', { 'data-id': a.id, class: a.clock.overdue ? 'overdue' : '' },
        el('td', {}, a.id), el('td', {}, t(`appState.${a.state}`)), el('td', {}, `${a.jurisdiction} ${Truth.routes([a.route])}`),
        el('td', {}, `${a.item || t('app.unlisted')} → ${a.destination}`), el('td', {}, a.requester), el('td', {}, a.filedOn),
        el('td', {}, a.clock.deadline || '—', a.clock.stopped ? ` (${t('app.stopped')})` : ''),
        el('td', {}, a.clock.daysLeft ?? '', a.clock.overdue ? el('span', { class: 'badge bad' }, ' ', t('app.overdue')) : null),
        el('td', {}, el('button', { class: 'secondary open-application', type: 'button', onclick: () => open(a.id) }, t('app.open'))))));
      $('#stats-title').hidden = !officer;
      stats.hidden = !officer;
      if (officer) {
        const s = await api('GET', '/api/applications/stats?' + day());
        show(stats, el('table', { id: 'stats-table' }, el('tbody', {},
          Object.entries(s.counts).map(([k, v]) => el('tr', { 'data-state': k }, el('th', {}, t(`appState.${k}`)), el('td', {}, v))),
          el('tr', {}, el('th', {}, t('app.median')), el('td', {}, s.medianReviewDays == null ? '—' : t('app.days', { n: s.medianReviewDays }))),
          el('tr', { id: 'stats-within' }, el('th', {}, t('app.within')), el('td', {}, s.shareDecidedWithinDeadline == null ? '—'
            : t('app.share', { pct: Math.round(s.shareDecidedWithinDeadline * 100), n: s.decidedWithDeadline }))),
          el('tr', {}, el('th', {}, t('app.overdueNow')), el('td', {}, s.overdue)))), el('p', { class: 'muted' }, en(s.note)));
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
    const officer = App.officer();
    const inputs = el('form', { class: 'grid', id: 'decision-form' },
      label('app.day', el('input', { name: 'on', type: 'date' })),
      label('app.note', el('input', { name: 'note' })),
      officer ? label('app.validTo', el('input', { name: 'validTo', type: 'date' })) : null,
      officer ? label('app.conditions', el('input', { name: 'conditions' })) : null,
      officer ? label('app.override', el('input', { name: 'overrideReason' })) : null);
    const step = (label, path, id) => el('button', { type: 'button', id, onclick: () => act(a, path, inputs) }, label);
    const buttons = [];
    if (officer && a.state === 'SUBMITTED') buttons.push(step(t('app.do.review'), 'review', 'do-review'));
    if (officer && a.state === 'UNDER_REVIEW') {
      buttons.push(step(t('app.do.request'), 'information-request', 'do-request'),
        step(t('app.do.approve'), 'approve', 'do-approve'), step(t('app.do.deny'), 'deny', 'do-deny'));
    }
    if (a.state === 'INFORMATION_REQUESTED') buttons.push(step(t('app.do.resume'), 'resume', 'do-resume'));
    if (!['APPROVED', 'DENIED', 'WITHDRAWN'].includes(a.state) && !officer) buttons.push(step(t('app.do.withdraw'), 'withdraw', 'do-withdraw'));
    show(detail,
      el('h3', {}, t('app.number', { id: a.id }), ' ', el('span', { id: 'application-state', 'data-state': a.state }, t(`appState.${a.state}`))),
      warning ? el('div', { id: 'application-warning' }, warning) : null,
      el('p', {}, t('app.summary', { jurisdiction: a.jurisdiction, route: Truth.routes([a.route]), item: a.item || t('app.unlisted'),
        destination: a.destination, holder: a.holder, endUser: a.endUser, endUse: t(`endUse.${a.endUse}`), filedOn: a.filedOn, requester: a.requester })),
      el('p', { class: 'muted' }, t('app.determinationOnFiling'), ': ', en(a.determination)),
      el('p', { id: 'application-clock' }, t('app.review'), ' ', describeClock(a), a.clock.overdue ? el('span', { class: 'badge bad' }, ' ', t('app.overdue')) : null),
      el('p', { class: 'source' }, en(Truth.citationText(a.clock.note))),
      checklist(a),
      a.licence ? el('p', { class: 'answer clear', id: 'application-licence' },
        t('app.licence', { number: a.licence.number, from: a.licence.validFrom, to: a.licence.validTo || t('lic.open') })) : null,
      a.decisionNote ? el('p', {}, t('app.decision'), ': ', a.decisionNote) : null,
      (a.screenings || []).length ? el('div', { id: 'application-screenings' }, el('h4', {}, t('app.screenings')),
        el('ul', {}, a.screenings.map((s) => el('li', { translate: 'no' }, `${s.step} ${s.checkedAt}: `
          + s.result.parties.map((p) => `${p.role} ${p.name} ${p.outcome}`).join('; ')
          + ` (${s.result.listVersions.join(', ')})`, s.overrideId ? ` — ${t('app.override')} ${s.overrideId}` : '')))) : null,
      el('h4', {}, t('app.history')),
      el('ol', {}, a.events.map((e) => el('li', {}, `${e.on} ${e.actor}: ${e.from ? t(`appState.${e.from}`) : t('app.filedWord')} → ${t(`appState.${e.to}`)}`,
        e.note ? [' — ', el('span', { translate: 'no', class: 'recorded-note' }, e.note)] : null))),
      buttons.length ? inputs : null, buttons.length ? el('p', { class: 'actions' }, ...buttons) : null);
  }

  async function act(a, path, inputs) {
    // Only the fields each step takes (the API refuses others): the note is the reasons of a denial.
    const STEP_FIELDS = { review: ['on'], 'information-request': ['on', 'note'], resume: ['on', 'note'], withdraw: ['on', 'note'],
      deny: ['on', 'reasons'], approve: ['on', 'validTo', 'conditions', 'overrideReason'] };
    const given = fields(inputs);
    if (given.note !== undefined) given.reasons = given.note;
    const body = {};
    for (const k of STEP_FIELDS[path] || ['on']) if (given[k] !== undefined) body[k] = given[k];
    try {
      render(await api('POST', `/api/applications/${a.id}/${path}`, body));
      await refresh();
    } catch (e) {
      render(a, errorLine(e));
    }
  }

  /** Offers to file an application under a determination that requires a licence. */
  function offerFromDetermination() {
    const answer = $('#determine-answer');
    if (!answer || !answer.classList.contains('required') || $('#file-from-determination')) return;
    answer.after(el('button', { id: 'file-from-determination', type: 'button', class: 'secondary no-print', onclick: () => {
      // What was determined (not what the form says now): its item, destination, end user and order details.
      // The application is filed today; the determination's date stays the export's date.
      const q = lastDetermination.request;
      for (const k of ['from', 'to', 'item', 'endUse', 'endUser', 'consignee', 'quantity', 'value', 'currency']) {
        const c = control(form, k);
        if (c) c.value = q[k] !== undefined ? q[k] : k === 'endUse' ? 'civil' : '';
      }
      control(form, 'filedOn').value = today();
      control(form, 'date').value = q.date || '';
      origin.hidden = false;
      origin.textContent = t('app.origin', { item: q.item, from: q.from, to: q.to, date: q.date, endUser: q.endUser || '—' });
      App.go('applications');
      options();
    } }, t('app.fileFromDetermination')));
  }

  new MutationObserver(offerFromDetermination).observe($('#determine-result'), { childList: true });
  $('#application-options').addEventListener('click', options);
  // The routes depend on the export and the filing day: asked again when one of them changes.
  form.addEventListener('change', (ev) => {
    if (['from', 'to', 'item', 'endUse', 'endUser', 'filedOn'].includes(ev.target.name)) options();
  });
  form.addEventListener('submit', file);
  $('#applications-refresh').addEventListener('click', refresh);
  App.page('applications', () => refresh());
  return { refresh, open };
})();
