// Clearance web UI: officers' decisions on a screening hit (false positive, confirmed match, escalated), with the
// reason asked for, a confirmation step, four-eyes confirmation and the hit's decision history.
// Uses el() and api() from app.js.
'use strict';

const DECISION_KINDS = [
  ['FALSE_POSITIVE', 'False positive'],
  ['CONFIRMED_MATCH', 'Confirmed match (block the party)'],
  ['ESCALATED', 'Escalate'],
];

const Decisions = {
  /** The badge text of a hit's review state. */
  badge(h) {
    const r = h.review;
    const who = r.reason ? ` (${r.reason}, ${r.officer})` : '';
    switch (r.state) {
      case 'REVIEWED': return `reviewed: false positive${who}`;
      case 'PENDING_CONFIRMATION': return `false positive awaiting a second officer${who}`;
      case 'STALE': return 'review stale: data changed';
      case 'CONFIRMED_MATCH': return `confirmed match: party blocked${who}`;
      case 'ESCALATED': return `escalated${who}`;
      default: return 'not reviewed';
    }
  },

  /** Query string naming the party and entry of a hit, for the history. */
  historyQuery(h, party, fingerprint) {
    const who = party.partyKey ? `partyKey=${encodeURIComponent(party.partyKey)}`
      : `partyFingerprint=${encodeURIComponent(fingerprint)}`;
    return `${who}&entryId=${encodeURIComponent(h.entryId)}`;
  },

  /**
   * Decision controls for one hit: kind, reason (required), then an explicit confirmation before anything is
   * recorded; a second officer's confirmation for a pending false positive; and the history of the hit.
   */
  panel(h, party, fingerprint, rescreen) {
    const message = el('div', { class: 'decision-message muted' });
    const kind = el('select', { class: 'decision-kind' },
      DECISION_KINDS.map(([v, label]) => el('option', { value: v }, label)));
    const reason = el('input', { placeholder: 'reason (required)', class: 'fp-reason' });
    const confirmBox = el('div', { class: 'decision-confirm-box', hidden: '' });
    const fail = (e) => { message.textContent = e.message; message.className = 'decision-message error'; };

    const record = el('button', { class: 'secondary fp-button', type: 'button', onclick: () => {
      if (reason.value.trim() === '') {
        fail(new Error('A reason is required for every decision.'));
        return;
      }
      const label = DECISION_KINDS.find(([v]) => v === kind.value)[1];
      const whom = party.partyKey ? `party ${party.partyKey} (${party.name})` : `this record of ${party.name}`;
      confirmBox.replaceChildren(
        el('p', { class: 'decision-confirm-text' },
          `Record "${label}" for ${whom} against ${h.entryId}? Reason: ${reason.value.trim()}`),
        el('button', { type: 'button', class: 'decision-confirm', onclick: async () => {
          try {
            await api('POST', '/api/decisions', { entryId: h.entryId, decision: kind.value,
              reason: reason.value.trim(), party });
            await rescreen();
          } catch (e) {
            confirmBox.hidden = true;
            fail(e);
          }
        } }, 'Confirm'), ' ',
        el('button', { type: 'button', class: 'link', onclick: () => { confirmBox.hidden = true; } }, 'Cancel'));
      confirmBox.hidden = false;
    } }, 'Record decision…');

    const second = h.review.state === 'PENDING_CONFIRMATION'
      ? el('button', { type: 'button', class: 'secondary decision-second', onclick: async () => {
        try {
          await api('POST', `/api/decisions/${h.review.decisionId}/confirm`, {});
          await rescreen();
        } catch (e) {
          fail(e);
        }
      } }, 'Confirm as second officer')
      : null;

    const historyList = el('ul', { class: 'decision-history-list', hidden: '' });
    const history = el('button', { type: 'button', class: 'link decision-history', onclick: async () => {
      if (!historyList.hidden) {
        historyList.hidden = true;
        return;
      }
      try {
        const r = await api('GET', `/api/decisions?${Decisions.historyQuery(h, party, fingerprint)}`);
        historyList.replaceChildren(...(r.decisions.length === 0 ? [el('li', { class: 'muted' }, 'No decisions yet')]
          : r.decisions.map((d) => el('li', {}, `${d.decidedAt} ${d.decision} by ${d.officer}: ${d.reason}`,
            d.confirmation ? ` (confirmed by ${d.confirmation.officer})` : d.pending ? ' (awaiting a second officer)' : ''))));
        historyList.hidden = false;
      } catch (e) {
        fail(e);
      }
    } }, 'History');

    return el('div', { class: 'decision' }, kind, ' ', reason, ' ', record, ' ', second, ' ', history,
      confirmBox, message, historyList);
  },
};
