/* The overlay in jsdom (no CSS Custom Highlight API there: the wrapping fallback), and its safety. */
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { page, samplePage, sampleCollection, ext } = require('./helpers.js');

const { Overlay } = ext('overlay.js');
const { collapse } = ext('text.js');

function shadowOf(win) {
  return win.document.querySelector('scannable-overlay').shadowRoot;
}

test('the sample profile: every annotation wrapped on its words, the panel in an open shadow root', () => {
  const win = samplePage();
  const main = win.document.querySelector('main');
  const before = main.innerHTML;
  const collection = sampleCollection();
  const overlay = new Overlay(win.document, {});
  const { anchored, orphans } = overlay.render(collection, main);
  assert.equal(orphans.length, 0);
  assert.equal(anchored.length, collection.items.length);
  const host = win.document.querySelector('scannable-overlay');
  assert.equal(host.getAttribute('data-state'), 'ready');
  assert.equal(host.getAttribute('data-highlight'), 'wrap');
  for (const entry of anchored) {
    const text = collapse(entry.marks.map((m) => m.textContent).join(' '));
    assert.equal(text, collapse(entry.annotation.target.selector[0].exact));
    assert.equal(entry.marks[0].getAttribute('data-scannable-kind'), entry.kind);
  }
  const shadow = shadowOf(win);
  assert.ok(shadow.textContent.includes(`Scannability score: ${Math.round(collection.summary.scannability.score)}/100`));
  assert.ok(shadow.textContent.includes(collection.summary.guide.items[0].question));
  assert.equal(shadow.querySelectorAll('.evidence button').length, collection.items.length);

  overlay.destroy();
  assert.equal(main.innerHTML, before, 'clearing leaves the page exactly as it was');
  assert.equal(win.document.querySelector('scannable-overlay'), null);
});

test('focus on an evidence item shows the card with the prompt', () => {
  const win = samplePage();
  const collection = sampleCollection();
  const overlay = new Overlay(win.document, {});
  overlay.render(collection, win.document.querySelector('main'));
  const shadow = shadowOf(win);
  const first = shadow.querySelector('.evidence button');
  first.dispatchEvent(new win.FocusEvent('focus'));
  const card = shadow.querySelector('.card');
  assert.equal(card.hidden, false);
  const item = collection.items.find((a) => a.id === first.getAttribute('data-id'));
  assert.ok(card.textContent.includes(item.body.find((b) => b.purpose === 'questioning').value));
  first.dispatchEvent(new win.FocusEvent('blur'));
  assert.equal(card.hidden, true);
});

test('an annotation not on the page is listed as not found, not dropped', () => {
  const win = page('<main><p>Led a team of 12 product managers.</p></main>');
  const collection = {
    items: [{ id: 'urn:scannable:00000000000000aa', body: [{ purpose: 'tagging', value: 'outcome' }, { purpose: 'questioning', value: 'Ask it.' }],
      target: { selector: [{ type: 'TextQuoteSelector', exact: 'Reduced churn from 9% to 4%', prefix: '', suffix: '' }] },
      scannable: { kind: 'outcome', weight: 0.8, above_fold: true, follow_ups: [], links: [] } }],
    summary: {},
  };
  const overlay = new Overlay(win.document, {});
  const { orphans } = overlay.render(collection, win.document.querySelector('main'));
  assert.equal(orphans.length, 1);
  const shadow = shadowOf(win);
  const orphan = shadow.querySelector('.evidence .orphan');
  assert.ok(orphan.textContent.includes('Reduced churn from 9% to 4%'));
  assert.ok(orphan.textContent.includes('not found on this page'));
  assert.equal(win.document.querySelector('scannable-overlay').getAttribute('data-orphans'), '1');
});

test('markup in profile text and in service answers is shown as text and creates no element', () => {
  const evil = '<img src=x onerror="window.pwned=1">';
  const win = page(`<main><p>Grew revenue 40% ${evil.replace(/</g, '&lt;')} then more</p></main>`);
  const annotation = {
    id: 'urn:scannable:00000000000000bb',
    body: [{ purpose: 'tagging', value: 'outcome' }, { purpose: 'describing', value: `Outcome ${evil}` },
      { purpose: 'questioning', value: `You wrote "${evil}". </script><script>window.pwned=1</script>` }],
    target: { selector: [{ type: 'TextQuoteSelector', exact: `40% ${evil}`, prefix: 'Grew revenue ', suffix: ' then more' }] },
    scannable: { kind: 'outcome', weight: 0.9, above_fold: true, follow_ups: [evil], links: [] },
  };
  const collection = { items: [annotation], summary: {
    profile: { name: evil, headline: '<a href="javascript:alert(1)">x</a>' },
    quick_read: [evil], scannability: { score: 50, checks: [{ title: evil, weight: 10, points: 5, reason: evil, fix: evil }] },
    not_seen: [evil], guide: { items: [{ id: annotation.id, kind: 'outcome', evidence: evil, question: evil, follow_ups: [evil] }], markdown: evil },
  } };
  const overlay = new Overlay(win.document, {});
  const { anchored } = overlay.render(collection, win.document.querySelector('main'));
  assert.equal(anchored.length, 1);
  const shadow = shadowOf(win);
  shadow.querySelector('.evidence button').dispatchEvent(new win.FocusEvent('focus'));
  assert.equal(shadow.querySelectorAll('img, script, a, iframe').length, 0);
  assert.equal(win.document.querySelectorAll('img, script').length, 0);
  assert.ok(shadow.textContent.includes(evil));
  assert.ok(shadow.querySelector('.card').textContent.includes('</script><script>'));
  overlay.failed({ title: evil, message: evil, hint: evil });
  assert.equal(shadow.querySelectorAll('img, script').length, 0);
  assert.ok(shadow.querySelector('.state').textContent.includes(evil));
  assert.equal(win.pwned, undefined);
});

test('waiting and failure states say what is happening and what to do', () => {
  const win = page('<main><p>x</p></main>');
  const overlay = new Overlay(win.document, { onRetry: () => {} });
  overlay.waiting();
  const host = win.document.querySelector('scannable-overlay');
  assert.equal(host.getAttribute('data-state'), 'waiting');
  assert.match(shadowOf(win).querySelector('.state').textContent, /Reading this profile/);
  overlay.failed({ title: 'The Scannable service is not running.', hint: 'Start the service: make run' });
  assert.equal(host.getAttribute('data-state'), 'error');
  assert.match(shadowOf(win).querySelector('.state').textContent, /make run/);
  assert.ok(shadowOf(win).querySelector('.state button.retry'));
});

test('the panel collapses to its title bar and opens again, by a button with aria-expanded', () => {
  const win = samplePage();
  const overlay = new Overlay(win.document, {});
  overlay.render(sampleCollection(), win.document.querySelector('main'));
  const toggle = shadowOf(win).querySelector('button.toggle');
  toggle.click();
  assert.equal(toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(shadowOf(win).querySelector('.panel').hasAttribute('data-collapsed'));
  toggle.click();
  assert.equal(toggle.getAttribute('aria-expanded'), 'true');
});
