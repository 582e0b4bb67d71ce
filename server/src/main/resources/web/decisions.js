// Clearance web UI: officers' decisions on a screening hit or a partner-master alert (false positive, confirmed
// match, escalated). Every decision asks for a reason (required, with a visible error) and an explicit confirmation
// before anything is recorded; a confirmed match blocks the party, and a false positive over a confirmed match
// unblocks it, so both say so in the confirmation. Four-eyes confirmation and the hit's decision history.
// Uses el(), api() and t() from app.js and i18n.js.
'use strict';

const DECISION_KINDS = ['FALSE_POSITIVE', 'CONFIRMED_MATCH', 'ESCALATED'];

const Decisions = {
  /** The badge text of a hit's review state. */
  badge(h) {
    const r = h.review;
    const who = r.reason ? ` (${r.reason}, ${r.officer})` : '';
    return t(`review.${r.state}`) + (r.state === 'STALE' || r.state === 'NOT_REVIEWED' ? '' : who);
  },

  /** Query string naming the party and entry of a hit, for the history. */
  historyQuery(h, party, fingerprint) {
    const who = party.partyKey ? `partyKey=${encodeURIComponent(party.partyKey)}`
      : `partyFingerprint=${encodeURIComponent(fingerprint)}`;
    return `${who}&entryId=${encodeURIComponent(h.entryId)}`;
  },

  /**
   * The decision controls: kind (or a fixed kind per button), reason (required), then a confirmation naming the
   * party, the entry, what the decision does (blocks, unblocks, keeps the alert) and the reason.
   *
   * @param o {entryId, party (or an async function answering it), whom, blocked, kinds, buttons, onDone}
   */
  form(o) {
    const message = el('div', { class: 'decision-message', role: 'alert' });
    const reason = el('input', { placeholder: t('dec.reasonHint'), class: 'fp-reason decision-reason', required: '',
      'aria-label': t('dec.reason') });
    const confirmBox = el('div', { class: 'decision-confirm-box', hidden: '' });
    const fail = (text) => { show(message, el('span', { class: 'error decision-error' }, text)); };

    const ask = (kind) => {
      message.replaceChildren();
      reason.classList.remove('invalid');
      if (reason.value.trim() === '') {
        reason.classList.add('invalid');
        reason.focus();
        fail(t('dec.reasonRequired'));
        return;
      }
      const effect = kind === 'CONFIRMED_MATCH' ? t('dec.effect.block')
        : kind === 'FALSE_POSITIVE' && o.blocked ? t('dec.effect.unblock')
          : kind === 'FALSE_POSITIVE' ? t('dec.effect.clear') : t('dec.effect.escalate');
      confirmBox.replaceChildren(
        el('p', { class: `decision-confirm-text ${kind === 'CONFIRMED_MATCH' || o.blocked ? 'error' : ''}` },
          t('dec.confirmText', { kind: t(`decision.${kind}`), whom: o.whom, entry: o.entryId }), ' ', effect, ' ',
          t('dec.confirmReason', { reason: reason.value.trim() })),
        el('button', { type: 'button', class: 'decision-confirm', 'data-kind': kind, onclick: async () => {
          try {
            const party = typeof o.party === 'function' ? await o.party() : o.party;
            await api('POST', '/api/decisions', { entryId: o.entryId, decision: kind, reason: reason.value.trim(), party });
            confirmBox.hidden = true;
            await o.onDone(kind);
          } catch (e) {
            confirmBox.hidden = true;
            show(message, errorLine(e, { class: 'error decision-error' }));
          }
        } }, t('dec.confirm')), ' ',
        el('button', { type: 'button', class: 'link decision-cancel', onclick: () => { confirmBox.hidden = true; } }, t('dec.cancel')));
      confirmBox.hidden = false;
    };

    let controls;
    if (o.buttons) {
      controls = (o.kinds || DECISION_KINDS).map((k) => [el('button', { class: `secondary decide-${k.toLowerCase()}`, type: 'button',
        'data-kind': k, onclick: () => ask(k) }, t(`dec.button.${k}`)), ' ']);
    } else {
      const kind = el('select', { class: 'decision-kind', 'aria-label': t('dec.kind') },
        (o.kinds || DECISION_KINDS).map((v) => el('option', { value: v }, t(`decision.${v}`))));
      controls = [kind, ' ', el('button', { class: 'secondary fp-button', type: 'button', onclick: () => ask(kind.value) }, t('dec.record'))];
    }
    return { nodes: [el('label', { class: 'reason-label' }, t('dec.reason'), ' ', reason), ' ', controls], confirmBox, message };
  },

  /** Decision controls for one screening hit, with four-eyes confirmation and the hit's history. */
  panel(h, party, fingerprint, rescreen) {
    const whom = party.partyKey ? t('dec.whomKey', { key: party.partyKey, name: party.name }) : t('dec.whomRecord', { name: party.name });
    const f = Decisions.form({ entryId: h.entryId, party, whom, blocked: h.review.state === 'CONFIRMED_MATCH',
      onDone: rescreen });
    const second = h.review.state === 'PENDING_CONFIRMATION'
      ? el('button', { type: 'button', class: 'secondary decision-second', onclick: async () => {
        try {
          await api('POST', `/api/decisions/${h.review.decisionId}/confirm`, {});
          await rescreen();
        } catch (e) {
          show(f.message, errorLine(e));
        }
      } }, t('dec.second'))
      : null;

    const historyList = el('ul', { class: 'decision-history-list', hidden: '' });
    const history = el('button', { type: 'button', class: 'link decision-history', onclick: async () => {
      if (!historyList.hidden) {
        historyList.hidden = true;
        return;
      }
      try {
        const r = await api('GET', `/api/decisions?${Decisions.historyQuery(h, party, fingerprint)}`);
        historyList.replaceChildren(...(r.decisions.length === 0 ? [el('li', { class: 'muted' }, t('dec.noHistory'))]
          : r.decisions.map((d) => el('li', { 'data-decision': d.decision }, t('dec.historyLine', { at: d.decidedAt,
            kind: t(`decision.${d.decision}`), officer: d.officer }), ': ', d.reason,
          d.confirmation ? ` (${t('dec.confirmedBy', { officer: d.confirmation.officer })})` : d.pending ? ` (${t('dec.pending')})` : ''))));
        historyList.hidden = false;
      } catch (e) {
        show(f.message, errorLine(e));
      }
    } }, t('dec.history'));

    return el('div', { class: 'decision no-print' }, f.nodes, ' ', second, ' ', history, f.confirmBox, f.message, historyList);
  },
};
