// Clearance web UI: what an officer must see on every page and answer. The status bar (from /api/health: lists
// missing, refused, stale), and on every determination and screening the lists not screened against, the lists
// screened against an older version, the list versions, the answer's confidence, a prohibition, the policy and
// authority, and the trace's sources as citations (never file paths), with notes dated after the answer marked.
'use strict';

const Truth = (() => {
  let lastStatus = 0;

  /** Refreshes the status bar at most every 15 seconds (or now, when forced). */
  async function refreshStatus(force = false) {
    if (!force && Date.now() - lastStatus < 15000) return;
    lastStatus = Date.now();
    const bar = $('#status-bar');
    try {
      renderStatus(bar, await api('GET', '/api/health'));
    } catch (e) {
      bar.hidden = false;
      bar.className = 'status-bar degraded';
      show(bar, el('strong', {}, t('status.unknown')), ' ', errorLine(e));
    }
  }

  /** One list's state in words: current, last load refused (older version in use), missing, stale. */
  function listWords(l) {
    const words = [t(`listState.${l.state}`)];
    if (l.stale) words.push(t('listState.stale', { at: l.confirmedAt || '—' }));
    return words.join('; ');
  }

  function renderStatus(bar, h) {
    bar.hidden = false;
    const bad = h.lists.filter((l) => l.state !== 'current' || l.stale);
    bar.className = `status-bar ${h.status}`;
    bar.dataset.status = h.status;
    if (h.status === 'ok') {
      show(bar, el('span', { id: 'status-text' }, t('status.ok', { n: h.lists.length })), ' ',
        el('a', { href: '#/lists' }, t('status.details')));
      return;
    }
    show(bar, el('strong', { id: 'status-text' }, t('status.degraded')), ' ',
      bad.map((l) => el('span', { class: 'status-list', 'data-list': l.name, 'data-state': l.state },
        `${l.name}: ${listWords(l)}`, l.label ? ` (${t('status.serving', { version: l.label })})` : '')),
      ' ', el('a', { href: '#/lists' }, t('status.details')),
      el('details', { class: 'status-reasons' }, el('summary', {}, t('status.reasons', { n: h.reasons.length })),
        el('ul', { id: 'status-reasons' }, reasons(h).map((r) => el('li', {}, r))),
        el('details', { class: 'server-words' }, el('summary', {}, t('err.serverWords')),
          el('ul', {}, h.reasons.map((r) => el('li', {}, en(r)))))));
  }

  /**
   * The health reasons in the officer's language, from the lists' states (the same facts the server words in
   * English in reasons): no list loaded, a list missing, a load refused (the loader's own reasons kept as it words
   * them), a list stale. Reasons of other kinds (a listener of list changes failing) are counted, in the server's words.
   */
  function reasons(h) {
    const out = [];
    const loaded = h.lists.filter((l) => l.state !== 'missing');
    if (loaded.length === 0) out.push(t('health.noLists'));
    for (const l of h.lists) {
      const why = l.lastRefusal && l.lastRefusal.reasons && l.lastRefusal.reasons.length
        ? [' — ', t('health.loaderSays'), ' ', en(l.lastRefusal.reasons.join('; '))] : null;
      if (l.state === 'missing') out.push([t('health.missing', { list: l.name }), why]);
      if (l.state === 'refused-load') out.push([t('health.refused', { list: l.name, version: l.label || '—' }), why]);
      if (l.stale) out.push(t('health.stale', { list: l.name, at: l.confirmedAt || '—' }));
    }
    const others = h.reasons.length - out.length;
    if (others > 0) out.push(t('health.others', { n: others }));
    return out;
  }

  // --- answers -----------------------------------------------------------------------------------

  function confidence(c) {
    return el('p', { class: `confidence confidence-${c}`, id: 'determine-confidence', 'data-confidence': c },
      t('truth.confidence'), ': ', t(`confidence.${c}`), ' — ', t(`confidence.${c}.why`));
  }

  /** Lists not screened against, and lists screened against an older version, in words (the server words listWarnings in the request's language). */
  function listCaveats(r) {
    const out = [];
    if (r.missingLists && r.missingLists.length) {
      out.push(el('div', { class: 'warning', 'data-warning': 'missing' },
        el('strong', {}, t('truth.missingLists', { lists: r.missingLists.join(', ') })), ' ', t('truth.missingListsWhy')));
    }
    if (r.listWarnings && r.listWarnings.length) {
      out.push(el('div', { class: 'warning', 'data-warning': 'older' },
        el('strong', {}, t('truth.listWarnings')), el('ul', {}, r.listWarnings.map((w) => el('li', {}, w)))));
    }
    return out;
  }

  function listVersions(versions) {
    return el('p', { class: 'muted list-versions' }, t('truth.listVersions'), ': ',
      versions && versions.length ? versions.join(', ') : t('truth.noLists'));
  }

  /**
   * The prohibition, the policy (denial or case by case) and the authority of a determination, when the answer
   * carries them. One function, so the fields' rendering stays in one place.
   */
  function policy(d) {
    const out = [];
    if (d.prohibited) out.push(el('p', { class: 'prohibition', id: 'determine-prohibited' }, t('truth.prohibited')));
    if (d.policy !== undefined && d.policy !== null) {
      const p = typeof d.policy === 'object' ? d.policy : { kind: d.policy };
      const kind = p.kind || p.policy || p.code || '';
      out.push(el('p', { class: 'policy', id: 'determine-policy', 'data-policy': kind },
        t('truth.policy'), ': ', I18n.tOr(`policy.${kind}`, kind),
        p.text || p.description ? [' — ', en(p.text || p.description)] : null,
        p.source ? el('div', { class: 'source' }, t('truth.source'), ': ', citation(p.source)) : null));
    }
    if (d.authority !== undefined && d.authority !== null) {
      const a = typeof d.authority === 'object' ? d.authority : { name: d.authority };
      out.push(el('p', { class: 'authority', id: 'determine-authority' }, t('truth.authority'), ': ',
        en(a.name || a.authority || a.code || JSON.stringify(a)),
        a.source ? el('div', { class: 'source' }, t('truth.source'), ': ', citation(a.source)) : null));
    }
    return out;
  }

  /** A source as a citation: a path into the reference folder becomes its title, never a file path. */
  function citationText(source) {
    return String(source || '')
      .replace(/(?:\.\.\/)*shared\/reference\/([\w./-]+)/g, (m, file) => t('truth.referenceFile', { file: file.split('/').pop() }))
      .replace(/(?:\.\.\/|\.\/|\/)[\w./-]+\.(csv|json|md|yaml|tsv|txt|xml)\b/g, (m) => t('truth.referenceFile', { file: m.split('/').pop() }));
  }

  /** Only the reference-folder paths of a text (an HTML page: nothing else of it is touched). */
  function citeReferences(text) {
    return String(text || '').replace(/(?:\.\.\/)*shared\/reference\/([\w./-]+)/g,
      (m, file) => t('truth.referenceFile', { file: file.split('/').pop() }));
  }

  function citation(source) {
    return en(citationText(source), 'cite');
  }

  /** Years and dates in a text later than the answer's date: the note was written after the day answered for. */
  function laterDates(text, asOf) {
    if (!asOf) return [];
    const found = new Set();
    for (const m of String(text).matchAll(/\b(20\d\d)(?:-(\d\d)(?:-(\d\d))?)?\b/g)) {
      const day = `${m[1]}-${m[2] || '12'}-${m[3] || '31'}`;
      const first = `${m[1]}-${m[2] || '01'}-${m[3] || '01'}`;
      if (first > asOf && day > asOf) found.add(m[0]);
    }
    return [...found];
  }

  /**
   * A value inside a translated trace step: an end use (or several, joined by '/') in the officer's words, since
   * the engine's end-use words are vocabulary, not facts; anything else as recorded.
   */
  function stepValue(v, name) {
    if (I18n.lang !== 'en' && (name === 'endUse' || name === 'endUses') && String(v).split('/').every((w) => I18n.has(`endUse.${w}`))) {
      return el('span', { class: 'arg' }, String(v).split('/').map((w) => t(`endUse.${w}`)).join(' / '));
    }
    return recordedValue(v);
  }

  /** A value inside a translated trace step: a fact as recorded (a code, a name, the regime data's own text). */
  function recordedValue(v) {
    return /[A-Za-z]{3,}/.test(v) ? el('span', { class: 'arg', translate: 'no', lang: 'en' }, citationText(v))
      : el('span', { class: 'arg', translate: 'no' }, v);
  }

  /**
   * What a step did, in the officer's language when the step carries its wording's key (trace.<key> of the
   * catalogue) and values; else the effect as the regime data words it (English, marked so).
   */
  function effect(s) {
    const parts = s.parts || [];
    if (s.key && I18n.has(`trace.${s.key}`) && parts.every((p) => I18n.has(`trace.why.${p.key}`))) {
      // {why} joins the step's reasons, each worded by its own key; every other value is a fact as recorded
      const value = (v, name) => (name === 'why' && parts.length ? whyNodes(parts) : stepValue(v, name));
      return el('span', { class: 'effect' }, I18n.tNodes(`trace.${s.key}`, s.args || {}, value));
    }
    // a step the engine has no wording key for yet: shown in English and marked so (the localised-page test counts it)
    return en(citationText(s.effect), 'span', { 'data-unworded': '' });
  }

  /** The de minimis finding in the officer's language when it carries its wording's key, else as written (English). */
  function deMinimisWhy(f) {
    if (f.key && I18n.has(`trace.${f.key}`)) {
      return el('span', { class: 'effect' }, I18n.tNodes(`trace.${f.key}`, f.args || {}, recordedValue));
    }
    return en(f.why, 'span', { 'data-unworded': '' });
  }

  /** A step's reasons in the officer's language, joined as the language joins them. */
  function whyNodes(parts) {
    return parts.flatMap((p, i) => [i ? t('trace.partsSeparator') : null,
      el('span', { class: 'why', 'data-why': p.key }, I18n.tNodes(`trace.why.${p.key}`, p.args || {}, stepValue))]);
  }

  /**
   * The engine's own rule labels (a closed set: 'answer', 'CAVEAT', 'destination KR', 'end user …', ...) in the
   * officer's language, their values as recorded; any other rule is a code or a citation (§744.21, AT1 (3A001),
   * JP-2019-07-04-KR-THREE-ITEMS) and is shown as it is.
   */
  const RULE_LABELS = [
    [/^(answer|CAVEAT|UNCERTAIN)$/, (m) => [m[1], {}]],
    [/^no control-list entry$/, () => ['noControlListEntry', {}]],
    [/^end use unknown$/, () => ['endUseUnknown', {}]],
    [/^licence types$/, () => ['licenceTypes', {}]],
    [/^destination (\S+)$/, (m) => ['destination', { country: m[1] }]],
    [/^end user (.+)$/, (m) => ['endUser', { name: m[1] }]],
    [/^note (.+)$/, (m) => ['note', { entry: m[1] }]],
    [/^control list (.+)$/, (m) => ['controlList', { code: m[1] }]],
    [/^list control (.+)$/, (m) => ['listControl', { code: m[1] }]],
    [/^CAS (.+)$/, (m) => ['cas', { cas: m[1] }]],
    [/^derogation (.+)$/, (m) => ['derogation', { code: m[1] }]],
    [/^footnote (\d+)$/, (m) => ['footnote', { number: m[1] }]],
    [/^(\S+) regime$/, (m) => ['regime', { jurisdiction: m[1] }]],
  ];

  function ruleLabel(rule) {
    for (const [pattern, label] of RULE_LABELS) {
      const m = pattern.exec(rule);
      if (m) {
        const [key, args] = label(m);
        return el('strong', { class: 'rule', 'data-rule': key }, I18n.tNodes(`rule.${key}`, args, recordedValue));
      }
    }
    return el('strong', { class: 'rule', translate: 'no' }, citationText(rule));
  }

  function traceList(trace, asOf) {
    return el('ol', { class: 'trace' }, trace.map((s) => {
      // The effect only: a source's own date (when it was published or read) is not a claim about the day.
      const later = laterDates(s.effect, asOf);
      return el('li', { 'data-key': s.key || null },
        ruleLabel(s.rule), ': ', effect(s),
        later.length ? el('div', { class: 'later-note', 'data-later': later.join(',') },
          t('truth.laterNote', { dates: later.join(', '), asOf })) : null,
        el('div', { class: 'source' }, t('truth.source'), ': ', citation(s.source)));
    }));
  }

  function answerClass(d) {
    return d.prohibited ? 'prohibited' : d.licenceRequired ? 'required' : 'clear';
  }

  /** Licence route codes with their local legal names, where the catalogue has them. */
  function routes(options) {
    return options.map((o) => {
      const term = I18n.term(o);
      return term ? `${term.text} (${o})` : o;
    }).join(' | ');
  }

  function endUser(d) {
    if (!d.endUser) return null;
    const u = d.endUser;
    return el('p', { id: 'determine-end-user', class: u.listed ? 'error' : '' }, t('truth.endUser', { name: u.name }), ': ',
      u.listed ? [t('truth.listed', { entry: u.entryId, list: u.list }), ' — ', en(u.explanation || '')]
        : d.missingLists && d.missingLists.length ? t('truth.notListedIncomplete') : t('truth.notListed'));
  }

  function coverage(d) {
    const lic = d.licences || {};
    if (!lic.needed) return null;
    if (lic.covering) return el('p', {}, t('truth.covered', { number: lic.covering.number, holder: lic.covering.holder }));
    return el('div', {}, el('p', {}, t('truth.notCovered')), lic.checked.length ? el('ul', {}, lic.checked.map((c) =>
      el('li', {}, `${c.number}: `, c.refusals.map((r) => I18n.tOr(`refusal.${r.reason}`, r.reason)).join('; ')))) : null);
  }

  /** The one-line answer (in the request's language); the filing office is data, worded as its source words it. */
  function answerLine(d) {
    const office = d.filingOffice;
    if (!office || !d.summary.includes(office)) return d.summary;
    const at = d.summary.indexOf(office);
    return [d.summary.slice(0, at), en(office), d.summary.slice(at + office.length)];
  }

  /** A determination in full: answer, truth, trace with sources. */
  function determination(d) {
    const asOf = d.regime.asOf;
    return el('div', { class: 'determination' },
      el('p', { class: `answer ${answerClass(d)}`, id: 'determine-answer' }, answerLine(d)),
      d.licenceOptions && d.licenceOptions.length ? el('p', { id: 'determine-routes' }, t('truth.routes'), ': ', routes(d.licenceOptions)) : null,
      policy(d),
      confidence(d.confidence),
      d.catchAll ? el('p', {}, t('truth.catchAll')) : null,
      listCaveats(d),
      d.listVersions ? listVersions(d.listVersions) : null,
      endUser(d),
      coverage(d),
      el('h3', {}, t('truth.trace')),
      traceList(d.trace, asOf),
      d.deMinimis ? el('p', { id: 'determine-de-minimis' }, t('truth.deMinimis'), ': ', deMinimisWhy(d.deMinimis)) : null,
      d.reexport ? el('div', { id: 'determine-reexport' },
        el('h3', {}, t('truth.reexport')),
        // the server's one line in the request's language (as the main answer); composed here only when absent
        el('p', { class: `answer ${answerClass(d.reexport)}`, id: 'reexport-answer' }, d.reexport.summary ? answerLine(d.reexport)
          : [d.reexport.licenceRequired ? `${t('truth.licenceRequired')}: ${routes(d.reexport.licenceOptions) || t('truth.noneCan')}`
            : t('truth.nlr'), '; ', t('truth.confidence'), ' ', t(`confidence.${d.reexport.confidence}`)]),
        policy(d.reexport),
        traceList(d.reexport.trace, asOf)) : null,
      el('p', { class: 'muted', id: 'determine-regime' }, t('truth.regime', { regime: d.regime.jurisdiction,
        version: d.regime.version || '', asOf, seq: d.auditSeq })));
  }

  /** A screening's answer: outcome, what was not screened, the list versions. */
  function screeningAnswer(r) {
    const notClear = r.alert || r.outcome === 'INCOMPLETE' || r.blocked;
    let text;
    if (r.blocked) text = t('scr.blocked', { entries: r.confirmedMatches.map((d) => d.entryId).join(', ') });
    else if (r.hits.length === 0) text = r.outcome === 'INCOMPLETE' ? t('scr.noHitIncomplete') : t('scr.noHits');
    else text = r.alert ? t('scr.hits', { n: r.hits.length }) : t('scr.hitsReviewed', { n: r.hits.length });
    return el('div', { class: 'screening' },
      el('p', { class: `answer ${notClear ? 'required' : 'clear'}`, id: 'screen-answer', 'data-outcome': r.outcome }, text,
        r.missingLists ? ` — ${t('scr.notScreened', { lists: r.missingLists.join(', ') })}` : ''),
      el('p', {}, t('truth.outcome'), ': ', t(`outcome.${r.outcome}`)),
      listCaveats(r),
      listVersions(r.listVersions),
      el('p', { class: 'muted' }, t('scr.audit', { seq: r.auditSeq, threshold: r.threshold })));
  }

  /** Names and codes inside a translated line: shown as written, never translated. */
  function name(text) {
    return el('span', { translate: 'no', class: 'name' }, text);
  }

  /**
   * A hit's explanation, from its parts: the score, each name part matched and how, the parts on one side only,
   * the facts that moved the score (country, date of birth, type) and the published strength of the matched name.
   */
  function explanation(x) {
    if (!x) return null;
    if (typeof x === 'string') return el('div', { class: 'muted explanation' }, en(x));
    const parts = [];
    const tokens = (x.tokens || []).map((tok) => {
      const m = /^(.*)→(.*) ([A-Z_]+)(\((\d+)\))?$/.exec(tok);
      if (!m) return name(tok);
      return el('span', { class: 'token' }, name(`${m[1]}→${m[2]}`), ' ', I18n.tOr(`match.${m[3]}`, m[3]),
        m[5] ? ` (${t('expl.edits', { n: m[5] })})` : '');
    });
    parts.push(el('div', { class: 'tokens' }, x.nameScore === undefined ? '' : t('expl.score', { score: Number(x.nameScore).toFixed(2) }), ' — ',
      tokens.length ? tokens.flatMap((e, i) => (i ? [', ', e] : [e])) : t('expl.noTokens')));
    if (x.queryOnly && x.queryOnly.length) parts.push(el('div', {}, t('expl.queryOnly'), ' ', name(x.queryOnly.join(' '))));
    if (x.listedOnly && x.listedOnly.length) parts.push(el('div', {}, t('expl.listedOnly'), ' ', name(x.listedOnly.join(' '))));
    for (const q of x.qualifiers || []) {
      const m = /^(\S+) (match|mismatch|decisive) ?(.*)$/.exec(q);
      parts.push(el('div', { class: 'qualifier' }, m ? [I18n.tOr(`qual.${m[1]}`, m[1]), ' ', t(`effect.${m[2]}`), m[3] ? [': ', en(m[3])] : null] : en(q)));
    }
    if (x.nameStrength) parts.push(el('div', {}, t('expl.strength'), ' ', I18n.tOr(`strength.${x.nameStrength.replace(' ', '_')}`, x.nameStrength)));
    return el('div', { class: 'muted explanation' }, parts);
  }

  return { refreshStatus, citeReferences, determination, screeningAnswer, explanation, policy, citation, citationText, traceList,
    listCaveats, listVersions, confidence, laterDates, routes, name };
})();
