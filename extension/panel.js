/*
 * panel.js: the in-page panel (inside the overlay's Shadow DOM): the recruiter's quick read, the
 * scannability score with its checks and fixes, the evidence list (click scrolls to the words),
 * and the interview guide with copy-as-Markdown and print.
 *
 * Keyboard: every control is a native <button>; the panel collapses to its title bar. Strings
 * from the page or the service only ever go in as text.
 */
(function () {
  'use strict';

  const S = typeof module === 'object' && module.exports
    ? Object.assign({}, require('./dom.js'), require('./describe.js')) : globalThis.Scannable;

  class Panel {
    /**
     * shadow: the overlay's shadow root; actions: {onSelect(entry), onFocusEntry(entry), onBlurEntry(),
     * onPrint(), onPause?(), onRetry?()}; absent optional actions mean no button.
     */
    constructor(shadow, actions) {
      this.doc = shadow.ownerDocument;
      this.actions = actions || {};
      const { el } = S;
      const d = this.doc;
      this.badge = el(d, 'span', { class: 'badge', hidden: true });
      this.toggle = el(d, 'button', { type: 'button', class: 'toggle', 'aria-expanded': 'true', 'aria-controls': 'scannable-body' }, 'Hide');
      this.toggle.addEventListener('click', () => this.setCollapsed(!this.collapsed));
      const bar = el(d, 'div', { class: 'bar' }, el(d, 'h2', {}, 'Scannable'), this.badge);
      if (this.actions.onPause) {
        const pause = el(d, 'button', { type: 'button', class: 'pause', title: 'Pause Scannable on every site' }, 'Pause');
        pause.addEventListener('click', () => this.actions.onPause());
        bar.appendChild(pause);
      }
      bar.appendChild(this.toggle);
      this.state = el(d, 'div', { class: 'state', role: 'status', 'aria-live': 'polite' });
      this.body = el(d, 'div', { class: 'body', id: 'scannable-body' });
      this.node = el(d, 'aside', { class: 'panel', 'aria-label': 'Scannable: evidence on this profile' }, bar, this.state, this.body);
      shadow.appendChild(this.node);
      this.collapsed = false;
      this.entryButtons = new Map();
    }

    setCollapsed(collapsed) {
      this.collapsed = collapsed;
      if (collapsed) this.node.setAttribute('data-collapsed', '');
      else this.node.removeAttribute('data-collapsed');
      this.toggle.setAttribute('aria-expanded', String(!collapsed));
      this.toggle.textContent = collapsed ? 'Show' : 'Hide';
    }

    /** A short state line: {tone: "waiting"|"error"|"info", title, message, hint}; null clears it. */
    setState(state) {
      const { el } = S;
      const d = this.doc;
      S.clearChildren(this.state);
      if (!state) { this.state.removeAttribute('data-tone'); return; }
      this.state.setAttribute('data-tone', state.tone || 'info');
      this.state.appendChild(el(d, 'p', { class: 'title' }, el(d, 'strong', {}, state.title || '')));
      if (state.message) this.state.appendChild(el(d, 'p', { class: 'message' }, state.message));
      if (state.hint) this.state.appendChild(el(d, 'p', { class: 'hint' }, state.hint));
      if (state.retry && this.actions.onRetry) {
        const retry = el(d, 'button', { type: 'button', class: 'retry' }, 'Try again');
        retry.addEventListener('click', () => this.actions.onRetry());
        this.state.appendChild(retry);
      }
    }

    /** A collapsible section: <details> with its title in <summary> (native keyboard support). */
    section(cls, title, open, ...children) {
      const { el } = S;
      const d = this.doc;
      return el(d, 'details', { class: cls, open }, el(d, 'summary', {}, el(d, 'h3', {}, title)), ...children);
    }

    /** Open the interview guide (before printing it). */
    openGuide() {
      if (this.guideNode) this.guideNode.open = true;
    }

    /** Empty the body (a new profile, or a new answer, is coming). */
    reset() {
      S.clearChildren(this.body);
      this.entryButtons.clear();
      this.badge.hidden = true;
    }

    /** model: {summary, anchored: [entry {id, kind, annotation}], orphans: [annotation]}. */
    render(model) {
      this.reset();
      const summary = model.summary || {};
      const { el } = S;
      const d = this.doc;
      const body = this.body;
      const profile = summary.profile || {};
      if (profile.name || profile.headline) {
        body.appendChild(el(d, 'p', { class: 'profile' }, el(d, 'strong', {}, profile.name || ''),
          profile.headline ? el(d, 'span', { class: 'muted' }, ` ${profile.headline}`) : ''));
      }

      const quick = S.quickReadLines(summary.quick_read);
      if (quick.length) {
        body.appendChild(this.section('quick-read', "Recruiter's quick read", true,
          el(d, 'ul', {}, quick.map((line) => el(d, 'li', {}, line)))));
      }
      const career = S.quickReadLines(summary.career);
      if (career.length) {
        body.appendChild(this.section('career', 'Career', false,
          el(d, 'ul', {}, career.map((line) => el(d, 'li', {}, line)))));
      }

      const score = S.scoreModel(summary);
      if (score) {
        this.badge.textContent = `${score.score}/100`;
        this.badge.hidden = false;
        body.appendChild(this.section('score', `Scannability score: ${score.score}/100`, false,
          el(d, 'p', { class: 'muted' }, "The candidate's view: how fast a skimming reader finds the evidence."),
          el(d, 'ol', { class: 'check' }, score.checks.map((c) => el(d, 'li', { 'data-full': c.full },
            el(d, 'strong', {}, c.title), c.points ? el(d, 'span', { class: 'muted' }, ` ${c.points}`) : '',
            c.reason ? el(d, 'p', {}, c.reason) : '',
            c.fix ? el(d, 'p', { class: 'fix' }, `Fix: ${c.fix}`) : '')))));
      }

      body.appendChild(this.evidence(model.anchored || [], model.orphans || []));

      const notSeen = (summary.not_seen || []).filter((s) => typeof s === 'string');
      if (notSeen.length) {
        body.appendChild(this.section('not-seen', 'Not seen on this page', false,
          el(d, 'ul', {}, notSeen.map((s) => el(d, 'li', {}, s)))));
      }
      body.appendChild(this.guide(summary.guide));
    }

    evidence(anchored, orphans) {
      const { el } = S;
      const d = this.doc;
      const all = [...anchored.map((e) => ({ entry: e, annotation: e.annotation })),
        ...orphans.map((a) => ({ entry: null, annotation: a }))];
      const section = this.section('evidence-list', `Evidence (${all.length})`, true);
      if (orphans.length) {
        section.appendChild(el(d, 'p', { class: 'muted orphans-note' },
          `${orphans.length} not found on this page (the page changed since it was read); listed below, not highlighted.`));
      }
      if (!all.length) section.appendChild(el(d, 'p', { class: 'muted' }, 'No quantified results, credentials or recommendations found.'));
      for (const group of S.groupByKind(all, (x) => S.kindOf(x.annotation))) {
        section.appendChild(el(d, 'h4', {}, `${group.label} (${group.items.length})`));
        const list = el(d, 'ul', { class: 'evidence' });
        for (const { entry, annotation } of group.items) {
          const m = S.cardModel(annotation);
          if (entry) {
            const button = el(d, 'button', { type: 'button', 'data-kind': m.kind, 'data-id': m.id || '', 'aria-describedby': 'scannable-card' },
              el(d, 'span', { class: 'quote' }, m.quote));
            button.addEventListener('click', () => this.actions.onSelect && this.actions.onSelect(entry));
            button.addEventListener('focus', () => this.actions.onFocusEntry && this.actions.onFocusEntry(entry));
            button.addEventListener('blur', () => this.actions.onBlurEntry && this.actions.onBlurEntry(entry));
            this.entryButtons.set(entry.id, button);
            // "Trust, but verify": a credential's own verification link, only ever http(s) (see safeUrl).
            const verify = m.verifyUrl ? el(d, 'a', { class: 'verify', href: m.verifyUrl, target: '_blank', rel: 'noopener noreferrer' },
              'Verify this credential') : '';
            list.appendChild(el(d, 'li', {}, button, verify));
          } else {
            list.appendChild(el(d, 'li', { class: 'orphan', 'data-kind': m.kind, 'data-id': m.id || '' },
              el(d, 'span', { class: 'quote' }, m.quote), el(d, 'span', { class: 'muted' }, ' (not found on this page)')));
          }
        }
        section.appendChild(list);
      }
      return section;
    }

    guide(guide) {
      const { el } = S;
      const d = this.doc;
      const items = (guide && Array.isArray(guide.items)) ? guide.items : [];
      const markdown = guide && typeof guide.markdown === 'string' ? guide.markdown : '';
      const status = el(d, 'span', { class: 'muted copy-status', role: 'status' });
      const copy = el(d, 'button', { type: 'button', class: 'copy' }, 'Copy as Markdown');
      copy.addEventListener('click', () => this.copy(markdown, status));
      const print = el(d, 'button', { type: 'button', class: 'print' }, 'Print');
      print.addEventListener('click', () => this.actions.onPrint && this.actions.onPrint());
      this.guideNode = this.section('guide-section', `Interview guide (${items.length})`, false,
        el(d, 'div', { class: 'actions no-print' }, copy, print, status),
        items.length ? el(d, 'ol', { class: 'guide' }, items.map((item) => el(d, 'li', {},
          item.evidence ? el(d, 'blockquote', {}, item.evidence) : '',
          el(d, 'p', { class: 'question' }, item.question || ''),
          Array.isArray(item.follow_ups) && item.follow_ups.length
            ? el(d, 'ul', {}, item.follow_ups.map((f) => el(d, 'li', {}, f))) : '')))
          : el(d, 'p', { class: 'muted' }, 'No questions: no evidence to ask about.'));
      return this.guideNode;
    }

    /** Copy text to the clipboard (the async API, else a selected textarea), and say so. */
    async copy(text, status) {
      const win = this.doc.defaultView;
      let ok = false;
      try {
        await win.navigator.clipboard.writeText(text);
        ok = true;
      } catch (err) {
        const area = S.el(this.doc, 'textarea', { class: 'copy-buffer', 'aria-hidden': 'true' });
        area.value = text;
        this.node.appendChild(area);
        area.select();
        try { ok = this.doc.execCommand('copy'); } catch (e) { ok = false; }
        area.remove();
      }
      status.textContent = ok ? 'Copied.' : 'Copy failed: select the guide and copy it by hand.';
    }

    /** The evidence button of an entry (for focus after a hover, and for tests). */
    buttonFor(entry) {
      return this.entryButtons.get(entry.id) || null;
    }
  }

  const api = { Panel };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Scannable = Object.assign(globalThis.Scannable || {}, api);
})();
