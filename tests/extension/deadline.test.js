/* A message that never comes back ends in the fallback; one that does wins, and its value is kept. */
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { ext } = require('./helpers.js');

const { within } = ext('deadline.js');

test('an answer in time is returned as it is', async () => {
  const answer = await within(Promise.resolve({ ok: true }), 1000, () => ({ ok: false }));
  assert.deepEqual(answer, { ok: true });
});

test('no answer at all ends in the fallback after the deadline', async () => {
  const never = new Promise(() => {});
  const answer = await within(never, 20, () => ({ ok: false, problem: { code: 'no-answer' } }));
  assert.equal(answer.problem.code, 'no-answer');
});

test('a failed message is still a failure, not the fallback', async () => {
  await assert.rejects(within(Promise.reject(new Error('receiving end does not exist')), 1000, () => 'late'),
    /receiving end/);
});
