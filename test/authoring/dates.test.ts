import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateMentions, findYearMentions } from '../../src/authoring/indonesian-dates.ts';
import { inferDate } from '../../src/authoring/infer-date.ts';
import type { Actor } from '../../src/content/model.ts';

const person = (name: string, description: string): Actor => ({ id: name, name, kind: 'person', aliases: [], description, url: '' });

test('finds written, parenthesised and numeric Indonesian date expressions', () => {
  const mentions = findDateMentions('Selasa, 31 Jan 2017 14:44 WIB\nLalu Rabu (9/8) dan Kamis (10/7/2025), juga Rabu 9/8/2017 serta 17 Agustus 1945.');
  assert.deepEqual(
    mentions.map(({ day, month, year, weekday, time, offset }) => ({ day, month, year, weekday, time, offset })),
    [
      { day: 31, month: 1, year: 2017, weekday: 2, time: '14:44', offset: '+07:00' },
      { day: 9, month: 8, year: undefined, weekday: 3, time: undefined, offset: undefined },
      { day: 10, month: 7, year: 2025, weekday: 4, time: undefined, offset: undefined },
      { day: 9, month: 8, year: 2017, weekday: 3, time: undefined, offset: undefined },
      { day: 17, month: 8, year: 1945, weekday: undefined, time: undefined, offset: undefined },
    ],
  );
  assert.equal(mentions[0]!.ownLine, true);
  assert.equal(mentions[1]!.ownLine, false);
});

test("Jum'at, WITA and impossible dates", () => {
  const [friday] = findDateMentions("Jum'at (29/1) pukul 10.00");
  assert.equal(friday!.weekday, 5);
  assert.equal(findDateMentions('Senin, 3 Februari 2020 pukul 09.30 WITA')[0]!.offset, '+08:00');
  assert.deepEqual(findDateMentions('Rabu (31/2/2017) dan skor 3/4'), [], 'no 31 February, no bare fractions');
});

test('years mentioned in the text, not parts of numbers or dates', () => {
  assert.deepEqual(findYearMentions('akhir Desember 2015 lalu, © ANTARA 2025, Rp2.015.000, pukul 20:15, 1/2/2016'), [2015, 2016, 2025]);
});

test('a dateline with time is the publication date, with its zone', () => {
  const date = inferDate('Judul\nSelasa, 31 Jan 2017 14:44 WIB\nIsi, Minggu (29/1).');
  assert.equal(date.value, '2017-01-31T14:44+07:00');
  assert.equal(date.confidence, 'high');
});

test('the year of "Jumat (29/1)" comes from a year the text mentions, checked against the weekday', () => {
  const date = inferDate('Pertemuan pada hari ini, Jumat (29/1). Pada akhir Desember 2015 lalu …');
  assert.equal(date.value, '2016-01-29');
  assert.match(date.how, /2015/);
});

test('without a year in the text, the terms of office of the people named narrow it down', () => {
  const actors = [person('Retno Marsudi', 'Menteri 2014–2024.'), person('Le Luong Minh', 'Sekjen 2013–2017.')];
  const date = inferDate('Jakarta, Rabu (9/8).', { actors });
  assert.equal(date.value, '2017-08-09');
  assert.equal(date.confidence, 'low');
});

test('an ambiguous year is left for review, with the candidates; --year settles it', () => {
  const actors = [person('Sergey Lavrov', 'Menteri sejak 2004.')];
  const open = inferDate('Jakarta, Rabu (9/8).', { actors, thisYear: 2025 });
  assert.equal(open.value, undefined);
  assert.match(open.how, /2006, 2017, 2023/);
  assert.equal(inferDate('Jakarta, Rabu (9/8).', { actors, year: 2023 }).value, '2023-08-09');
  assert.equal(inferDate('Jakarta, Rabu (9/8).', { actors, year: 2022 }).value, undefined, '--year must fit the weekday');
});

test('a weekday that contradicts the date is not published', () => {
  const date = inferDate('Jakarta, Senin (31/1/2017).');
  assert.equal(date.value, undefined);
  assert.match(date.how, /Selasa/);
});

test('no date at all', () => {
  assert.equal(inferDate('Tidak ada tanggal di sini.').value, undefined);
});

test('the first date written with a weekday is the event reported; later ones are plans, weekday-less ones history', () => {
  const text = 'Menlu bertemu Selasa (1/11/2016). Sidang berikutnya Jumat (4/11/2016). Perjanjian ditandatangani 19 November 1969.';
  assert.equal(inferDate(text).value, '2016-11-01');
});
