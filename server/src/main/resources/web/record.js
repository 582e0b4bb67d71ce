// Clearance web UI: the printable record of a determination or a screening, the page an auditor asks for: what
// was asked, the answer, its confidence and caveats, the list and regime versions, the trace with its sources, who
// asked and when, and the audit record that holds it. The print style sheet shows only this record.
'use strict';

const Record = (() => {
  const target = $('#print-record');

  function row(label, ...value) {
    return el('tr', {}, el('th', {}, label), el('td', {}, ...value));
  }

  function inputs(request) {
    return el('table', { class: 'record-inputs' }, el('tbody', {}, Object.entries(request).map(([k, v]) => row(k,
      // an end use is a code: shown with its label in the record's language
      k === 'endUse' && I18n.has(`endUse.${v}`) ? [t(`endUse.${v}`), ' ', el('code', {}, String(v))] : String(v)))));
  }

  function frame(kind, entry, body) {
    const me = App.me || {};
    const close = () => {
      target.hidden = true;
      document.body.classList.remove('show-record');
    };
    show(target,
      el('p', { class: 'actions no-print' },
        el('button', { type: 'button', id: 'record-print', onclick: () => window.print() }, t('rec.printNow')), ' ',
        el('button', { type: 'button', class: 'secondary', id: 'record-close', onclick: close }, t('rec.close'))),
      el('h1', {}, t(`rec.title.${kind}`)),
      el('table', { class: 'record-meta' }, el('tbody', {},
        row(t('rec.by'), entry.by || me.name || '—', me.role ? ` (${t(`role.${me.role}`)})` : ''),
        row(t('rec.at'), entry.at),
        row(t('rec.auditSeq'), `#${entry.response.auditSeq}`),
        row(t('rec.language'), I18n.lang))),
      el('h2', {}, t('rec.request')), inputs(entry.request),
      body,
      el('p', { class: 'muted record-foot' }, t('rec.foot', { seq: entry.response.auditSeq })));
    target.hidden = false;
    document.body.classList.add('show-record');
    target.scrollIntoView();
  }

  function determination(entry) {
    const d = entry.response;
    frame('determination', entry, [
      el('h2', {}, t('rec.answer')),
      Truth.determination(d),
      el('table', { class: 'record-meta' }, el('tbody', {},
        row(t('rec.regimeVersion'), `${d.regime.jurisdiction} ${d.regime.version || ''}`, ' ', t('reg.asOf', { date: d.regime.asOf, version: '' })),
        row(t('truth.listVersions'), d.listVersions && d.listVersions.length ? d.listVersions.join(', ')
          : d.endUser ? '—' : t('rec.noScreening')))),
    ]);
  }

  function screening(entry) {
    const r = entry.response;
    frame('screening', entry, [
      el('h2', {}, t('rec.answer')),
      Truth.screeningAnswer(r),
      el('h2', {}, t('rec.hits', { n: r.hits.length })),
      r.hits.length === 0 ? el('p', {}, t('scr.noHits')) : el('ol', { class: 'record-hits' }, r.hits.map((h) => el('li', {},
        el('strong', {}, h.primaryName), ` — ${h.entryId} · ${h.list} · ${h.score.toFixed(2)}`,
        el('div', {}, t('scr.matchedName'), ': ', h.matchedName),
        Truth.explanation(h.explanation),
        el('div', {}, t('rec.review'), ': ', Decisions.badge(h))))),
    ]);
  }

  return { determination, screening };
})();
