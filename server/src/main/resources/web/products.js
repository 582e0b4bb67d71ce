// Clearance web UI: the product master (Products page, issue 21). The list shows each product's current entries and
// whether it waits for an officer; a product's record page shows every classification, and an officer approves a
// proposal with a reason and a confirmation (never their own: the server refuses it, four eyes). Uses el, api, $,
// fields, show, failure, en and t from app.js and i18n.js, which load first.
'use strict';

const Products = (() => {
  const STATUS_BADGE = { APPROVED: 'ok', PROPOSED: 'stale', SUPERSEDED: 'reviewed', REPLACED: 'reviewed' };

  function status(s) {
    return el('span', { class: `badge ${STATUS_BADGE[s] || ''}`, 'data-status': s }, t(`prod.status.${s}`));
  }

  function reviewBadge(p) {
    return p.review ? el('span', { class: 'badge bad', 'data-review': 'true' }, t('prod.review'))
      : el('span', { class: 'badge ok', 'data-review': 'false' }, t('prod.settled'));
  }

  function split(text) {
    return (text || '').split(';').map((s) => s.trim()).filter((s) => s !== '');
  }

  function entries(p) {
    return p.current.map((c) => el('div', { class: 'product-entry' }, el('strong', {}, c.regime), ' ', el('code', {}, c.entry),
      ' ', status(c.status)));
  }

  async function list() {
    const target = $('#products-list');
    try {
      const r = await api('GET', '/api/products?limit=500');
      const rows = r.products.map((p) => el('tr', { 'data-key': p.key },
        el('td', {}, el('a', { href: `#/products?key=${encodeURIComponent(p.key)}` }, p.key)),
        el('td', {}, en(p.description)), el('td', {}, String(p.version)), el('td', {}, entries(p)),
        el('td', {}, reviewBadge(p))));
      show(target, el('p', { class: 'muted' }, t('prod.count', { total: r.total, shown: rows.length })),
        el('div', { class: 'scroll' }, el('table', { id: 'products-table' },
          el('thead', {}, el('tr', {}, ...['key', 'description', 'version', 'entries', 'review']
            .map((h) => el('th', {}, t(`prod.col.${h}`))))),
          el('tbody', {}, ...rows))));
    } catch (e) {
      failure(target, e);
    }
  }

  /** The approve action: a reason, then a confirmation naming what is approved; the server checks four eyes. */
  function approveAction(p, c) {
    const message = el('div', { class: 'approve-message' });
    const reason = el('input', { name: 'reason', class: 'approve-reason', placeholder: t('prod.reasonHint') });
    const from = el('input', { name: 'inForceFrom', type: 'date', class: 'approve-from' });
    const confirm = el('button', { type: 'button', class: 'approve-confirm', hidden: true });
    const start = el('button', { type: 'button', class: 'approve-start', onclick: () => {
      if (!reason.value.trim()) {
        show(message, el('p', { class: 'error' }, t('prod.reasonNeeded')));
        return;
      }
      confirm.textContent = t('prod.approveConfirm', { entry: c.entry, regime: c.regime });
      confirm.hidden = false;
      start.hidden = true;
    } }, t('prod.approve'));
    confirm.addEventListener('click', async () => {
      try {
        const body = { reason: reason.value.trim() };
        if (from.value) body.inForceFrom = from.value;
        await api('POST', `/api/products/${encodeURIComponent(p.key)}/classifications/${c.id}/approve`, body);
        await record(p.key, t('prod.approved', { entry: c.entry, regime: c.regime }));
      } catch (e) {
        confirm.hidden = true;
        start.hidden = false;
        failure(message, e);
      }
    });
    return el('div', { class: 'approve no-print', 'data-classification': c.id },
      el('label', {}, t('prod.reason'), ' ', reason), ' ', el('label', {}, t('prod.inForceFrom'), ' ', from), ' ',
      start, confirm, message);
  }

  function classificationRow(p, c) {
    return el('tr', { 'data-classification': c.id, 'data-status': c.status },
      el('td', {}, c.regime), el('td', {}, el('code', {}, c.entry)), el('td', {}, status(c.status)),
      el('td', {}, t(`prod.source.${c.source.kind}`), c.source.outcome ? el('div', { class: 'muted' }, c.source.outcome) : null,
        c.source.corpusVersion ? el('div', { class: 'muted' }, t('prod.corpus', { version: c.source.corpusVersion })) : null),
      el('td', {}, c.proposedBy, el('div', { class: 'muted' }, c.proposedAt)),
      el('td', {}, c.approvedBy || '', c.approveReason ? el('div', {}, en(c.approveReason)) : null),
      el('td', {}, c.inForceFrom ? t('prod.inForce', { from: c.inForceFrom, to: c.inForceTo || '…' }) : ''),
      el('td', {}, en(c.reason), c.status === 'PROPOSED' && App.officer() ? approveAction(p, c) : null,
        c.status === 'APPROVED' ? el('button', { type: 'button', class: 'secondary record-print no-print',
          onclick: () => printable(p, c.regime) }, t('prod.printable')) : null));
  }

  /** The printable classification record (該非判定書) of the approved classification, in a frame to print. */
  async function printable(p, regime) {
    const target = $('#product-record');
    try {
      const res = await apiRaw(`/api/products/${encodeURIComponent(p.key)}/record?regime=${regime}`);
      show(target, el('iframe', { id: 'product-record-frame', class: 'report', srcdoc: await res.text(),
        title: t('prod.printable') }));
    } catch (e) {
      failure(target, e);
    }
  }

  // The regimes a classification may be for are the server's (GET /api/regimes), never a list kept here: a regime
  // added to the data appears in the form without a change to the page. Asked once; a failure is asked again.
  let regimeCodes = null;
  function regimes() {
    if (!regimeCodes) {
      regimeCodes = api('GET', '/api/regimes').then((r) => r.regimes.map((x) => x.jurisdiction))
        .catch((e) => { regimeCodes = null; throw e; });
    }
    return regimeCodes;
  }

  function proposeForm(p) {
    const select = el('select', { name: 'regime', required: true });
    const form = el('form', { id: 'product-propose', class: 'grid' },
      el('label', {}, t('prod.regime'), ' ', select),
      el('label', {}, t('prod.entry'), ' ', el('input', { name: 'entry', placeholder: '3C002.a.2', required: true })),
      el('label', {}, t('prod.reason'), ' ', el('input', { name: 'reason', required: true })),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('prod.propose'))));
    const message = el('div');
    regimes().then((codes) => codes.forEach((r) => select.append(el('option', { value: r }, r))))
      .catch((e) => failure(message, e));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        await api('POST', `/api/products/${encodeURIComponent(p.key)}/classifications`, fields(form));
        await record(p.key);
      } catch (e) {
        failure(message, e);
      }
    });
    return el('div', { class: 'no-print' }, el('h4', {}, t('prod.proposeTitle')), form, message);
  }

  async function record(key, done) {
    const target = $('#product-detail');
    try {
      const r = await api('GET', `/api/products/${encodeURIComponent(key)}`);
      const p = r.product;
      show(target,
        el('h3', { id: 'product-title' }, `${p.key} `, reviewBadge(p)),
        done ? el('p', { class: 'ok', id: 'product-done' }, done) : null,
        el('p', {}, en(p.description)),
        el('p', { class: 'muted' }, t('prod.versionLine', { version: p.version, by: p.changedBy, at: p.changedAt })),
        p.parameters.length ? el('p', {}, t('prod.parameters'), ': ', el('code', {}, p.parameters.join('; '))) : null,
        p.cas.length ? el('p', {}, 'CAS: ', el('code', {}, p.cas.join('; '))) : null,
        p.reviewReasons.length ? el('ul', { class: 'review-reasons' }, ...p.reviewReasons.map((x) => el('li', {}, en(x)))) : null,
        el('h4', {}, t('prod.classifications')),
        el('div', { class: 'scroll' }, el('table', { id: 'product-classifications' },
          el('thead', {}, el('tr', {}, ...['regime', 'entry', 'status', 'source', 'proposedBy', 'approvedBy', 'inForce', 'reason']
            .map((h) => el('th', {}, t(`prod.col.${h}`))))),
          el('tbody', {}, ...r.classifications.map((c) => classificationRow(p, c))))),
        el('div', { id: 'product-record' }),
        App.officer() ? proposeForm(p) : null,
        el('p', { class: 'muted' }, t('prod.history', { n: r.history.length })));
    } catch (e) {
      failure(target, e);
    }
  }

  $('#product-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const f = fields(ev.target);
    const target = $('#product-detail');
    try {
      const body = { key: f.key, description: f.description, cas: split(f.cas), parameters: split(f.parameters) };
      const r = await api('POST', '/api/products', body);
      App.go('products', { key: r.record.product.key });
      list();
    } catch (e) {
      failure(target, e);
    }
  });

  $('#products-import').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const target = $('#products-import-result');
    try {
      const r = await api('POST', '/api/product-master/csv', await $('#products-file').files[0].text(), 'text/csv');
      show(target, el('p', { id: 'products-imported' }, t('prod.imported', r)),
        ...r.problems.map((p) => el('div', { class: 'error' }, en(p.message))));
      list();
    } catch (e) {
      failure(target, e);
    }
  });

  $('#products-export').addEventListener('click', async () => {
    try {
      await download(await apiRaw('/api/product-master/csv'), 'products.csv');
    } catch (e) {
      failure($('#products-import-result'), e);
    }
  });

  $('#products-recheck').addEventListener('click', async () => {
    const target = $('#products-import-result');
    try {
      const r = await api('POST', '/api/product-master/recheck');
      show(target, el('p', { id: 'products-rechecked' }, t('prod.rechecked', { products: r.products, flagged: r.flagged })));
      list();
    } catch (e) {
      failure(target, e);
    }
  });

  App.page('products', (params) => {
    $('#product-form').hidden = App.role === 'viewer';
    $('#products-officer').hidden = !App.officer();
    const key = params.get('key');
    if (key) record(key); else show($('#product-detail'));
    list();
  });

  return { list, record };
})();
