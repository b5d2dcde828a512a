/* Quote anchoring: exact first, scored by prefix and suffix; then approximate; else an orphan. */
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { page, samplePage, sampleCollection, ext } = require('./helpers.js');

const { buildIndex, rangeFor, collapse } = ext('text.js');
const { anchorQuote, anchorAll, approximate, approximateNearSeeds, distance } = ext('anchor.js');

function indexOf(html) {
  return buildIndex(page(html).document.querySelector('main'));
}

function quote(exact, prefix = '', suffix = '') {
  return { type: 'TextQuoteSelector', exact, prefix, suffix };
}

test('an exact quote is found where it is', () => {
  const index = indexOf('<main><p>Increased market share 27% in 15 months.</p></main>');
  const hit = anchorQuote(index, quote('Increased market share 27%', '', ' in 15 months.'));
  assert.equal(hit.method, 'exact');
  assert.equal(index.text.slice(hit.start, hit.end), 'Increased market share 27%');
});

test('of two identical quotes, the one whose prefix and suffix match wins', () => {
  const index = indexOf(`<main><p>Ranked #1 of 40 analysts in client satisfaction.</p>
    <p>Ran our first pricing tests with 40 enterprise accounts, a rollout</p></main>`);
  const second = anchorQuote(index, quote('40', 'an our first pricing tests with ', ' enterprise accounts, a rollout '));
  assert.equal(index.text.slice(second.end, second.end + 11), ' enterprise');
  const first = anchorQuote(index, quote('40', 'Ranked #1 of ', ' analysts in client satisfaction'));
  assert.equal(index.text.slice(first.end, first.end + 9), ' analysts');
  assert.notEqual(first.start, second.start);
});

test('an empty prefix prefers the occurrence that starts a block', () => {
  const index = indexOf('<main><p>We Doubled checkout conversion.</p><p>Doubled checkout conversion on mobile</p></main>');
  const hit = anchorQuote(index, quote('Doubled', '', ' checkout conversion on mobile o'));
  assert.equal(hit.start, index.text.lastIndexOf('Doubled'));
});

test('edited words are still found approximately, weighted by their context', () => {
  const index = indexOf('<main><p>Product leader. Grew self serve revenue from $4.2 M to $11M ARR in two years.</p></main>');
  const hit = anchorQuote(index, quote('Grew self-serve revenue from $4.2M', 'Product leader. ', ' to $11M ARR in two years'));
  assert.equal(hit.method, 'approximate');
  assert.equal(index.text.slice(hit.start, hit.end), 'Grew self serve revenue from $4.2 M');
});

test('a quote that is gone is an orphan (null), and short quotes are never matched approximately', () => {
  const index = indexOf('<main><p>Led a team of 12 product managers.</p></main>');
  assert.equal(anchorQuote(index, quote('Reduced payment failure rate from 4.1%')), null);
  assert.equal(anchorQuote(index, quote('13')), null);
  const { anchored, orphans } = anchorAll(index, [
    { id: 'a', target: { selector: [quote('12', 'Led a team of ', ' product managers.')] } },
    { id: 'b', target: { selector: [quote('Reduced payment failure rate from 4.1%')] } },
  ]);
  assert.deepEqual(anchored.map((a) => a.annotation.id), ['a']);
  assert.deepEqual(orphans.map((a) => a.id), ['b']);
});

test('approximate matching reports the start, end and number of edits', () => {
  assert.deepEqual(approximate('the quick brown fox', 'quikc brown', 3), [{ start: 4, end: 15, errors: 2 }]);
  assert.deepEqual(approximate('nothing alike here', 'quantified', 2), []);
  assert.equal(distance('kitten', 'sitting'), 3);
});

test('every annotation of the sample profile anchors exactly, on the visible copy, on its own words', () => {
  const win = samplePage();
  const index = buildIndex(win.document.querySelector('main'));
  const collection = sampleCollection();
  const { anchored, orphans } = anchorAll(index, collection.items);
  assert.equal(orphans.length, 0);
  assert.equal(anchored.length, collection.items.length);
  for (const a of anchored) {
    const exact = a.annotation.target.selector[0].exact;
    assert.equal(a.method, 'exact');
    const range = rangeFor(index, a.start, a.end);
    assert.equal(collapse(range.toString()), exact);
    const parent = range.startContainer.parentElement;
    assert.equal(parent.closest('.visually-hidden'), null, `${exact} anchored on the screen-reader copy`);
    assert.ok(parent.closest('[aria-hidden="true"]') || !parent.closest('.pv-profile-card'), `${exact} not on the visible copy`);
  }
  // Each lands where its own context is (quotes that occur twice, like a "40", must not swap places).
  for (const a of anchored) {
    const { prefix, suffix } = a.annotation.target.selector[0];
    if (prefix) assert.equal(index.text.slice(a.start - prefix.length, a.start), prefix);
    if (suffix) assert.equal(index.text.slice(a.end, a.end + suffix.length), suffix);
  }
});

test('a long quote is searched near its intact 16-character stretches, with the same result as a full search', () => {
  const sentence = 'She rebuilt the payments platform, cut failed payments by two thirds and doubled mobile checkout conversion within a year, while mentoring four new product managers.';
  const page_ = indexOf(`<main><p>Unrelated text about hiring.</p><p>${sentence.replace('two thirds', 'two-thirds').replace('within', 'in')}</p></main>`);
  const hits = approximateNearSeeds(page_.text, sentence, Math.floor(sentence.length / 4));
  const full = approximate(page_.text, sentence, Math.floor(sentence.length / 4));
  assert.deepEqual(hits, full);
  const hit = anchorQuote(page_, quote(sentence));
  assert.equal(hit.method, 'approximate');
  assert.ok(page_.text.slice(hit.start, hit.end).startsWith('She rebuilt'));
  assert.ok(page_.text.slice(hit.start, hit.end).endsWith('product managers.'));
  // Every 16-character stretch changed: an orphan, not a guess.
  const scrambled = sentence.replace(/(.{8})(.)/g, '$1#');
  assert.equal(anchorQuote(page_, quote(scrambled)), null);
});
