/* What the card and the panel say: the prompt, what the evidence is and what it is worth. */
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { sampleCollection, ext } = require('./helpers.js');

const { cardModel, scoreModel, quickReadLines, safeUrl, worthLabel, groupByKind } = ext('describe.js');

test("the card of an outcome says what it is, what it is worth, and the question that quotes the candidate", () => {
  const outcome = sampleCollection().items.find((a) => a.scannable.kind === 'outcome');
  const card = cardModel(outcome);
  assert.equal(card.kind, 'outcome');
  assert.equal(card.label, 'Result');
  assert.equal(card.quote, outcome.target.selector[0].exact);
  assert.equal(card.what, outcome.body.find((b) => b.purpose === 'describing').value);
  assert.equal(card.prompt, outcome.body.find((b) => b.purpose === 'questioning').value);
  assert.ok(card.prompt.includes(card.quote), 'the prompt cites the candidate\'s own words');
  assert.match(card.worth, /^Worth: (strong|good|some|weak) \(\d\.\d\d of 1\)$/);
  assert.deepEqual(card.followUps, outcome.scannable.follow_ups);
});

test('a credential offers its verification link only when it is http(s)', () => {
  const base = { id: 'urn:scannable:0000000000000001', body: [{ purpose: 'tagging', value: 'credential' }],
    target: { selector: [{ type: 'TextQuoteSelector', exact: 'PMP', prefix: '', suffix: '' }] } };
  assert.equal(cardModel({ ...base, scannable: { kind: 'credential', weight: 0.6, url: 'https://www.pmi.org/registry' } }).verifyUrl,
    'https://www.pmi.org/registry');
  assert.equal(cardModel({ ...base, scannable: { kind: 'credential', weight: 0.6, url: 'javascript:alert(1)' } }).verifyUrl, null);
  assert.equal(safeUrl('data:text/html,<script>alert(1)</script>'), null);
  assert.equal(safeUrl('not a url'), null);
});

test('weights read as words', () => {
  assert.deepEqual([0.9, 0.6, 0.3, 0.1].map(worthLabel), ['strong', 'good', 'some', 'weak']);
});

test('the score model lists each check with its points, reason and fix', () => {
  const summary = sampleCollection().summary;
  const model = scoreModel(summary);
  assert.equal(model.score, Math.round(summary.scannability.score));
  assert.equal(model.checks.length, summary.scannability.checks.length);
  const withFix = summary.scannability.checks.find((c) => c.fix);
  const shown = model.checks.find((c) => c.title === withFix.title);
  assert.equal(shown.fix, withFix.fix);
  assert.equal(shown.points, `${+withFix.points.toFixed(1)}/${withFix.weight}`);
  assert.equal(scoreModel({}), null);
});

test("the recruiter's quick read is shown whatever its shape", () => {
  assert.deepEqual(quickReadLines('Strong on results.'), ['Strong on results.']);
  assert.deepEqual(quickReadLines(['a', 'b']), ['a', 'b']);
  assert.deepEqual(quickReadLines({ verdict: 'Reach out', points: ['6 measured results', { text: '1 manager recommendation' }] }),
    ['Reach out', '6 measured results', '1 manager recommendation']);
  assert.deepEqual(quickReadLines(undefined), []);
});

test('evidence groups come in the panel order: results, credentials, recommendations, scope', () => {
  const groups = groupByKind(sampleCollection().items, (a) => a.scannable.kind);
  assert.deepEqual(groups.map((g) => g.kind), ['outcome', 'credential', 'recommendation', 'scope']);
});
