import { article } from '../helpers/content-fixture.ts';

/** One file for each kind of warning, and files that must pass without one. */
export const WARNED = {
  'articles/Uji Nama File.md': article({ date: '2017-08-09' }),
  'articles/2019-08-25-tanggal-lain.md': article({ date: '2018-01-01' }),
  'articles/2999-01-01-masa-depan.md': article({ date: '2999-01-01' }),
  'articles/catatan.txt': 'bukan artikel',
  'articles/2017-08-09-benar.md': article({ date: '2017-08-09T10:00+07:00' }),
  'articles/foto/kremlin.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
  'articles/bagan.webp': new Uint8Array([0x52, 0x49, 0x46, 0x46]),
  'site.yaml': 'title: Arsip\n',
};
