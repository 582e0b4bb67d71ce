// Clearance web UI: a batch job's results, a page at a time, with a hits-only filter and a CSV download of every
// row. Uses el(), api() and show() from app.js.
'use strict';

const BatchResults = {
  PAGE: 100,

  // What a row came to, with the lists it was not screened against (a no-hit then is INCOMPLETE, not clear).
  outcome(r) {
    const parts = [r.outcome || ''];
    if (r.confirmedMatches) parts.push(`confirmed match: ${r.confirmedMatches.map((d) => `${d.entryId} (decision ${d.id})`).join(', ')}`);
    if (r.missingLists) parts.push(`NOT screened against ${r.missingLists.join(', ')} (not loaded)`);
    if (r.listWarnings) parts.push(r.listWarnings.join('; '));
    return parts.filter((p) => p).join('; ');
  },

  // A hit with its review: a false positive shows the decision that cleared it.
  hit(h) {
    const review = h.review && h.review.state !== 'NOT_REVIEWED'
      ? ` [${h.review.state}${h.review.decisionId ? ` by decision ${h.review.decisionId}` : ''}]` : '';
    return `${h.entryId} ${h.matchedName} (${h.score})${review}`;
  },

  /** Shows the first page of a job's results in target, with paging, filter and download controls. */
  async show(target, jobId) {
    const state = { from: 1, previous: [], hitsOnly: false };
    const info = el('span', { id: 'batch-page-info', class: 'muted' });
    const body = el('div', { id: 'batch-page' });
    const filter = el('input', { type: 'checkbox', id: 'batch-hits-only' });
    const prev = el('button', { type: 'button', class: 'secondary', id: 'batch-prev' }, '‹ Previous');
    const next = el('button', { type: 'button', class: 'secondary', id: 'batch-next' }, 'Next ›');
    const download = el('button', { type: 'button', id: 'batch-download' }, 'Download CSV');
    const message = el('span', { class: 'muted', id: 'batch-download-status' });

    const load = async () => {
      const q = `from=${state.from}&limit=${BatchResults.PAGE}&hitsOnly=${state.hitsOnly}`;
      const res = await api('GET', `/api/screenings/batch/${jobId}/results?${q}`);
      const rows = res.results;
      const first = rows.length ? rows[0].row : '-';
      const last = rows.length ? rows[rows.length - 1].row : '-';
      info.textContent = `${res.matching} ${state.hitsOnly ? 'rows with hits or errors or not clear' : 'rows'}; `
        + `this page: rows ${first}–${last}`;
      prev.disabled = state.previous.length === 0;
      next.disabled = res.next === null;
      next.onclick = async () => { state.previous.push(state.from); state.from = res.next; await load(); };
      body.replaceChildren(el('table', { id: 'batch-table' },
        el('thead', {}, el('tr', {}, ['Row', 'Id', 'Name', 'Outcome', 'Hits'].map((h) => el('th', {}, h)))),
        el('tbody', {}, rows.map((r) => el('tr', { 'data-row': r.row }, el('td', {}, r.row), el('td', {}, r.id || ''),
          el('td', {}, r.name || ''), el('td', { class: 'batch-outcome' }, BatchResults.outcome(r)),
          el('td', { class: r.error ? 'error' : '' }, r.error ? r.error
            : r.hits.map(BatchResults.hit).join('; ') || '—'))))));
    };
    prev.onclick = async () => { state.from = state.previous.pop() || 1; await load(); };
    filter.onchange = async () => { state.hitsOnly = filter.checked; state.from = 1; state.previous = []; await load(); };
    // The API key travels in a header, so the CSV is fetched here and handed to the browser as a file.
    download.onclick = async () => {
      message.textContent = 'downloading…';
      try {
        const res = await fetch(`/api/screenings/batch/${jobId}/results.csv?hitsOnly=${state.hitsOnly}`,
          { headers: { 'X-API-Key': sessionStorage.getItem(KEY) || '' } });
        if (!res.ok) throw new Error(((await res.json().catch(() => ({}))).error || {}).message || res.statusText);
        const blob = await res.blob();
        const a = el('a', { href: URL.createObjectURL(blob), download: `batch-${jobId}${state.hitsOnly ? '-hits' : ''}.csv` });
        document.body.append(a);
        a.click();
        a.remove();
        message.textContent = `downloaded ${blob.size} bytes`;
      } catch (e) {
        message.textContent = e.message;
      }
    };
    show(target,
      el('p', {}, el('label', { class: 'inline' }, filter, ' hits only'), ' ', prev, ' ', next, ' ', info),
      el('p', {}, download, ' ', message),
      body);
    await load();
  },
};
