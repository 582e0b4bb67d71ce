// Clearance web UI: the message catalogues (i18n/en.json, ja.json, ko.json) and the language switch. Every text the
// UI writes comes from t(); JSON field names and codes from the API are shown as they are. The chosen language is
// kept in localStorage and sent to the API as Accept-Language for its human-readable texts (answers, explanations).
'use strict';

const I18n = (() => {
  const LANGS = ['en', 'ja', 'ko'];
  const STORE = 'clearance.lang';
  const catalogues = {};
  let lang = 'en';

  function initial() {
    const stored = localStorage.getItem(STORE);
    if (LANGS.includes(stored)) return stored;
    const nav = (navigator.language || 'en').slice(0, 2);
    return LANGS.includes(nav) ? nav : 'en';
  }

  async function load(code) {
    if (!catalogues[code]) {
      const res = await fetch(`i18n/${code}.json`);
      if (!res.ok) throw new Error(`i18n/${code}.json: ${res.status}`);
      catalogues[code] = await res.json();
    }
    return catalogues[code];
  }

  /** The text of a key in the current language (English when missing), with {name} replaced from params. */
  function t(key, params = {}) {
    const own = (catalogues[lang] || {}).messages || {};
    const en = (catalogues.en || {}).messages || {};
    const text = own[key] ?? en[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (m, name) => (params[name] === undefined || params[name] === null ? m : String(params[name])));
  }

  /** t() for an optional key: the key's text when the catalogue has one, else the fallback (a code shown as is). */
  function tOr(key, fallback) {
    const own = (catalogues[lang] || {}).messages || {};
    const en = (catalogues.en || {}).messages || {};
    return own[key] ?? en[key] ?? fallback;
  }

  /** Whether the catalogue (of the language, or English) has a key. */
  function has(key) {
    const own = (catalogues[lang] || {}).messages || {};
    const en = (catalogues.en || {}).messages || {};
    return own[key] !== undefined || en[key] !== undefined;
  }

  /**
   * t() as nodes: the text of a key with each {name} replaced by wrap(value, name), so values (facts as recorded: codes,
   * names, the regime data's own texts) can be marked as such inside a translated line.
   */
  function tNodes(key, params, wrap) {
    return t(key).split(/(\{\w+\})/).filter((part) => part !== '').map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      return m && params[m[1]] !== undefined && params[m[1]] !== null ? wrap(String(params[m[1]]), m[1]) : part;
    });
  }

  /** A regime term (licence route, group) in the current language's legal wording, with its source; or null. */
  function term(code) {
    const terms = (catalogues[lang] || {}).terms || {};
    return terms[code] || null;
  }

  /** Fills every [data-i18n] element's text and [data-i18n-placeholder] placeholder under root. */
  function apply(root = document) {
    root.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
    root.querySelectorAll('[data-i18n-placeholder]').forEach((e) => { e.placeholder = t(e.dataset.i18nPlaceholder); });
    document.documentElement.lang = lang;
  }

  async function use(code) {
    await load('en');
    lang = LANGS.includes(code) ? code : 'en';
    await load(lang);
    localStorage.setItem(STORE, lang);
    apply();
  }

  return {
    LANGS, t, tOr, term, apply, use, initial, has, tNodes,
    get lang() { return lang; },
    /** The locale for dates and numbers. */
    get locale() { return { en: 'en-GB', ja: 'ja-JP', ko: 'ko-KR' }[lang]; },
  };
})();

const t = I18n.t;
