/**
 * Page fingerprints (src/output/fingerprint.ts): the same data gives the same print, and any change an incremental
 * build must render again gives another, whether the data is an article page's (articles and links alone, hashed
 * from their fingerprints) or anything else (serialised).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageFingerprinter } from '../../src/output/fingerprint.ts';
import { fixtureArchive } from '../site/fixture-archive.ts';

const { articles } = fixtureArchive();
const [a, b, c] = articles;
const [l1, l2, l3] = articles.flatMap((article) => article.related).filter((link, i, all) => all.indexOf(link) === i);

test('an article page prints the same for the same data and differently for each change it shows', () => {
  const print = pageFingerprinter(articles, 'context');
  const page = { article: a, related: [l1, l2], previous: l3, next: undefined };
  assert.equal(print(page), print({ ...page }), 'the same data');
  const variants = [
    { ...page, article: b },
    { ...page, related: [l2, l1] },
    { ...page, related: [l1] },
    { ...page, related: [l1, l2, l3] },
    { ...page, previous: undefined },
    { ...page, previous: undefined, next: l3 },
    { ...page, related: [l1, l2, l3], previous: undefined },
  ];
  const prints = new Set([print(page), ...variants.map(print)]);
  assert.equal(prints.size, variants.length + 1, 'every change gives a print of its own');
  assert.notEqual(pageFingerprinter(articles, 'other context')(page), print(page), 'the context counts');
});

test('data with more than articles and links is serialised, the articles in it standing for their fingerprints', () => {
  const print = pageFingerprinter(articles, 'context');
  const listing = { items: [a, b], number: 1, url: '/topik/x/' };
  assert.equal(print(listing), print({ ...listing }));
  assert.notEqual(print(listing), print({ ...listing, number: 2 }));
  assert.notEqual(print(listing), print({ ...listing, items: [a, c] }));
  assert.notEqual(print({ items: [a, b] }), print({ items: [a, b], extra: 'x' }), 'a field beside known objects');
  const edited = { ...b!, title: `${b!.title} (edited)` };
  assert.equal(pageFingerprinter([a!, edited, c!], 'context')({ items: [a, edited] }), print({ items: [a, b] }), 'an article stands for its inputs, not its fields');
});
