// Clearance web UI: a batch job's results, a page at a time, with a hits-only filter and a CSV download of every
// row. Uses el(), api() and show() from app.js.
'use strict';

const BatchResults = {
  PAGE: 100,

  // What a row came to, with the lists it was not screened against (a no-hit then is INCOMPLETE, not clear).
  outcome(r) {
    const parts = [];
    if (r.outcome) parts.push(t(`outcome.${r.outcome}`));
    if (r.confirmedMatches) parts.push(t('batch.confirmed', { entries: r.confirmedMatches.map((d) => `${d.entryId} (#${d.id})`).join(', ') }));
    if (r.missingLists) parts.push(t('scr.notScreened', { lists: r.missingLists.join(', ') }));
    return el('span', {}, parts.join('; '), r.listWarnings ? ['; ', t('truth.listWarnings'), ' ', en(r.listWarnings.join('; '))] : null);
  },

  // A hit with its review: a false positive shows the decision that cleared it.
  hit(h) {
    const review = h.review && h.review.state !== 'NOT_REVIEWED'
      ? ` [${t(`review.${h.review.state}`)}${h.review.decisionId ? ` #${h.review.decisionId}` : ''}]` : '';
    return `${h.entryId} ${h.matchedName} (${h.score})${review}`;
  },

  /** Shows the first page of a job's results in target, with paging, filter and download controls. */
  async show(target, jobId) {
    // offset: how many matching results come before this page (rows are numbered by the file, not by the filter)
    const state = { from: 1, previous: [], hitsOnly: false, offset: 0 };
    const info = el('span', { id: 'batch-page-info', class: 'muted' });
    const body = el('div', { id: 'batch-page' });
    const filter = el('input', { type: 'checkbox', id: 'batch-hits-only' });
    const prev = el('button', { type: 'button', class: 'secondary', id: 'batch-prev' }, t('batch.prev'));
    const next = el('button', { type: 'button', class: 'secondary', id: 'batch-next' }, t('batch.next'));
    const downloadButton = el('button', { type: 'button', id: 'batch-download' }, t('batch.download'));
    const message = el('span', { class: 'muted', id: 'batch-download-status' });

    const load = async () => {
      const q = `from=${state.from}&limit=${BatchResults.PAGE}&hitsOnly=${state.hitsOnly}`;
      const res = await api('GET', `/api/screenings/batch/${jobId}/results?${q}`);
      const rows = res.results;
      info.dataset.first = state.offset + 1;
      info.dataset.last = state.offset + rows.length;
      info.textContent = t(state.hitsOnly ? 'batch.pageHits' : 'batch.page', { matching: fmtNumber(res.matching),
        first: fmtNumber(rows.length ? state.offset + 1 : 0), last: fmtNumber(state.offset + rows.length) });
      prev.disabled = state.previous.length === 0;
      next.disabled = res.next === null;
      next.onclick = async () => {
        state.previous.push(state.from);
        state.from = res.next;
        state.offset += rows.length;
        await load();
      };
      body.replaceChildren(el('table', { id: 'batch-table' },
        el('thead', {}, el('tr', {}, ['row', 'id', 'name', 'outcome', 'hits'].map((h) => el('th', {}, t(`batch.col.${h}`))))),
        el('tbody', {}, rows.map((r) => el('tr', { 'data-row': r.row }, el('td', {}, r.row), el('td', {}, r.id || ''),
          el('td', {}, r.name || ''), el('td', { class: 'batch-outcome' }, BatchResults.outcome(r)),
          el('td', { class: r.error ? 'error' : '' }, r.error ? r.error
            : r.hits.map(BatchResults.hit).join('; ') || '—'))))));
      body.replaceChildren(el('div', { class: 'scroll' }, body.firstChild));
    };
    prev.onclick = async () => {
      state.from = state.previous.pop() || 1;
      state.offset = Math.max(0, state.offset - BatchResults.PAGE);
      await load();
    };
    filter.onchange = async () => {
      Object.assign(state, { hitsOnly: filter.checked, from: 1, previous: [], offset: 0 });
      await load();
    };
    // The API key travels in a header, so the CSV is fetched here and handed to the browser as a file.
    downloadButton.onclick = async () => {
      message.textContent = t('app.downloading');
      try {
        const res = await apiRaw(`/api/screenings/batch/${jobId}/results.csv?hitsOnly=${state.hitsOnly}`);
        const size = await download(res, `batch-${jobId}${state.hitsOnly ? '-hits' : ''}.csv`);
        message.dataset.done = 'true';
        message.textContent = t('app.downloaded', { bytes: fmtNumber(size) });
      } catch (e) {
        show(message, errorLine(e));
      }
    };
    show(target,
      el('p', {}, el('label', { class: 'inline' }, filter, ' ', t('batch.hitsOnly')), ' ', prev, ' ', next, ' ', info),
      el('p', {}, downloadButton, ' ', message),
      body);
    await load();
  },
};
