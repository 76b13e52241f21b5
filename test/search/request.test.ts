import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyRequest, formatRequest, hasFilters, parseRequest } from '../../src/search/client/request.ts';

test('a search round-trips through the URL', () => {
  const request = { q: 'kerja sama', topic: 'kontraterorisme', actor: 'sergey-lavrov', source: 'antara', from: 2016, to: 2018 };
  const search = formatRequest(request);
  assert.equal(search, '?q=kerja+sama&topic=kontraterorisme&actor=sergey-lavrov&source=antara&from=2016&to=2018');
  assert.deepEqual(parseRequest(search), request);
});

test('only set parameters go into the URL', () => {
  assert.equal(formatRequest(emptyRequest()), '');
  assert.equal(formatRequest({ ...emptyRequest(), q: '  isis ' }), '?q=isis');
  assert.equal(hasFilters(parseRequest('?q=isis')), false);
  assert.equal(hasFilters(parseRequest('?to=2017')), true);
});

test('malformed parameters are dropped, never thrown', () => {
  const request = parseRequest('?q=%E0%A4%A&from=abc&to=20171&topic=' + 'x'.repeat(500));
  assert.equal(request.from, undefined);
  assert.equal(request.to, undefined);
  assert.equal(request.topic.length, 200);
  assert.equal(typeof request.q, 'string');
});
