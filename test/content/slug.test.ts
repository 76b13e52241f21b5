import assert from 'node:assert/strict';
import { test } from 'node:test';
import { slugify } from '../../src/content/slug.ts';

test('slugify folds accents and case and joins everything else with single hyphens', () => {
  assert.equal(slugify('Lavrov Bertemu Retno di Jakarta'), 'lavrov-bertemu-retno-di-jakarta');
  assert.equal(slugify('Kerja sama "anti-teror": Rusia & RI'), 'kerja-sama-anti-teror-rusia-ri');
  assert.equal(slugify('Café Pérez'), 'cafe-perez');
  assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
});

test('a text that is almost a slug is still made one', () => {
  // These must not slip through the shortcut for names that already are slugs.
  assert.equal(slugify('a--b'), 'a-b');
  assert.equal(slugify('-a-'), 'a');
  assert.equal(slugify('A-b'), 'a-b');
  assert.equal(slugify('a_b'), 'a-b');
  assert.equal(slugify(''), '');
});

test('a slug is its own slug', () => {
  for (const slug of ['2017-08-09-lavrov-bertemu-retno', 'a', '2019']) assert.equal(slugify(slug), slug);
});
