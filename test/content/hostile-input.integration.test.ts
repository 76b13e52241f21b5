/** Inputs that used to be silently dropped, hang, leak content to the terminal or end in a stack trace (issue 21). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadArchive } from '../../src/content/load.ts';
import { formatContentError, type ContentError } from '../../src/content/errors.ts';
import { article, makeContent, REAL_CONTENT } from '../helpers/content-fixture.ts';
import { npmScriptArgs } from '../helpers/npm-script.ts';
import { tempDir } from '../helpers/temp-dir.ts';

// The limits as documented (README, Limits).
const LIMITS = { articleBytes: 256 * 1024, bodyLines: 5000, stringChars: 10 * 1024, dataBytes: 4 * 1024 * 1024 };
const ROOT = new URL('../../', import.meta.url).pathname;
const npm = (script: 'build' | 'check', args: string[]) =>
  promisify(execFile)(process.execPath, npmScriptArgs(script, args), { cwd: ROOT, timeout: 60_000 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

async function errorsIn(dir: string): Promise<ContentError[]> {
  return (await loadArchive({ contentDir: dir })).errors;
}
const messages = (errors: ContentError[]) => errors.map(formatContentError).join('\n');

for (const [name, frontMatter] of [['empty', ''], ['comment-only', '# nothing yet\n'], ['whitespace-only', '   \n\t\n']]) {
  test(`${name} front-matter is an error naming the file, not a silently dropped article`, async () => {
    const dir = await makeContent({ 'articles/kosong.md': `---\n${frontMatter}---\nIsi berita.\n` });
    const errors = await errorsIn(dir);
    assert.equal(errors.length, 1, messages(errors));
    assert.match(errors[0]!.file, /kosong\.md$/);
    assert.match(errors[0]!.message, /front-matter is empty/);
  });
}

const SITE = 'title: Arsip\nbaseUrl: https://arsip.example.org\n';
const badSites: Array<[string, string, RegExp, number]> = [
  ['an unknown key', `${SITE}tema: gelap\n`, /unknown field "tema"/, 3],
  ['a list', '- title: Arsip\n', /the file must be a set of "key: value" fields, not a list/, 1],
  ['a climbing pathPrefix', `${SITE}pathPrefix: /../../etc/\n`, /"pathPrefix" must be plain path segments/, 3],
  ['a javascript: baseUrl', 'title: Arsip\nbaseUrl: "javascript:alert(1)"\n', /"baseUrl" must be an absolute http/, 2],
  ['---js', "---js\n{ title: 'x' }\n", /not YAML/, 1],
  ['two documents', `${SITE}---\ntitle: Lain\n`, /YAML: .*document/i, 3],
  ['a wrong type', `${SITE}language: 7\n`, /"language" .*\(found 7\)/, 3],
  ['an empty title', `title: ""\nbaseUrl: https://a.example\n`, /"title" must not be empty/, 1],
];
for (const [what, yaml, message, line] of badSites) {
  test(`site.yaml with ${what} fails check with file:line`, async () => {
    const dir = await makeContent({ 'site.yaml': yaml, 'a.md': article() });
    const errors = await errorsIn(dir);
    assert.equal(errors.length, 1, messages(errors));
    assert.match(errors[0]!.file, /site\.yaml$/);
    assert.match(errors[0]!.message, message);
    assert.equal(errors[0]!.line, line);
  });
}

test('build reports an invalid site.yaml as file:line, without a stack trace, and writes nothing', async () => {
  const dir = await makeContent({ 'site.yaml': `${SITE}pathPrefix: /../../etc/\n`, 'a.md': article() });
  const out = join(await tempDir('arsip-out-'), 'site');
  const { code, stderr } = await npm('build', ['--content', dir, '--out', out, '--quiet']);
  assert.equal(code, 1);
  assert.match(stderr, /site\.yaml:3: "pathPrefix" must be plain path segments/);
  assert.doesNotMatch(stderr, /^\s+at /m);
});

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

for (const file of ['registry/actors.yaml', 'site.yaml', 'articles/pipa.md']) {
  test(`a FIFO as ${file} is refused instead of hanging`, async () => {
    const dir = await makeContent({ 'a.md': article() });
    await mkdir(join(dir, 'articles'), { recursive: true });
    await rm(join(dir, file), { force: true });
    mkfifo(join(dir, file));
    // Before the fix, check waited on the FIFO until the test's timeout killed it.
    const { code, stderr } = await npm('check', ['--content', dir]);
    assert.equal(code, 1);
    assert.match(stderr, new RegExp(`${file.replace('.', '\\.')}:1: is not a regular file`));
  });

  test(`a symbolic link as ${file} is not followed`, async () => {
    const dir = await makeContent({ 'a.md': article() });
    await mkdir(join(dir, 'articles'), { recursive: true });
    const outside = join(await tempDir('arsip-outside-'), 'secret.yaml');
    await writeFile(outside, 'rahasia: ya\n');
    await rm(join(dir, file), { force: true });
    await symlink(outside, join(dir, file));
    const errors = await errorsIn(dir);
    const error = errors.find((e) => e.file.endsWith(file));
    assert.ok(error, messages(errors));
    assert.match(error.message, /symbolic links are not followed/);
    assert.doesNotMatch(messages(errors), /rahasia/);
  });
}

test('a registry folder that is a symbolic link is not followed', async () => {
  const dir = await makeContent({ 'a.md': article() });
  await rm(join(dir, 'registry'), { recursive: true });
  await symlink(join(REAL_CONTENT, 'registry'), join(dir, 'registry'));
  assert.match(messages(await errorsIn(dir)), /registry:1: symbolic links are not followed/);
});

test('size limits: a large article file, a long body, a long front-matter string and a large registry are errors naming the file', async () => {
  const big = await makeContent({ 'besar.md': article({}, 'kata '.repeat(LIMITS.articleBytes / 4)) });
  assert.match(messages(await errorsIn(big)), /besar\.md:1: file is \d+ KB, over the limit of 256 KB/);

  const lines = await makeContent({ 'panjang.md': article({}, 'baris\n'.repeat(LIMITS.bodyLines + 1)) });
  assert.match(messages(await errorsIn(lines)), /panjang\.md:\d+: the body has \d+ lines, over the limit of 5000/);

  const summary = await makeContent({ 'ringkas.md': article({ summary: 'x'.repeat(LIMITS.stringChars + 1) }) });
  assert.match(messages(await errorsIn(summary)), /ringkas\.md:7: "summary" is 10241 characters long, over the limit of 10240/);

  const registry = await makeContent({ 'a.md': article() });
  await writeFile(join(registry, 'registry', 'topics.yaml'), `# ${'x'.repeat(LIMITS.dataBytes)}\n`);
  assert.match(messages(await errorsIn(registry)), /topics\.yaml:1: file is 4 MB, over the limit of 4 MB/);
});

test('control characters in front-matter are rejected, and never printed raw', async () => {
  const dir = await makeContent({ 'a.md': article({ title: '"Judul \\e]0;pwned\\a"', actors: '["Lavrov\\0"]' }) });
  const errors = await errorsIn(dir);
  assert.deepEqual(errors.map((e) => [e.line, e.message]), [
    [2, '"title" contains the control character U+001B'],
    [5, '"actors.0" contains the control character U+0000'],
  ]);
  const printed = formatContentError({ file: 'a\u001b[2J.md', line: 1, message: 'unknown actor "\u001b]0;x\u0007"' });
  assert.equal(printed, 'a\\u{1b}[2J.md:1: unknown actor "\\u{1b}]0;x\\u{7}"');
});

test('check: --content naming a file or a missing folder is one line and exit 1, no stack trace', async () => {
  const dir = await makeContent({ 'a.md': article() });
  for (const [path, message] of [[join(dir, 'a.md'), /a\.md:1: is not a folder/], [join(dir, 'tidak-ada'), /tidak-ada:1: content folder does not exist/]] as const) {
    const { code, stderr } = await npm('check', ['--content', path]);
    assert.equal(code, 1);
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, message);
  }
});

test('billion laughs gets a hint about aliases, not about closing the front-matter', async () => {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (const name of 'bcdefgh') levels.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`).join(', ')}]`);
  const dir = await makeContent({ 'lol.md': `---\n${levels.join('\n')}\ntitle: x\n---\nIsi.\n` });
  const errors = await errorsIn(dir);
  assert.equal(errors.length, 1, messages(errors));
  assert.match(errors[0]!.hint!, /aliases/);
  assert.doesNotMatch(errors[0]!.hint!, /close the front-matter/);
});

test('!!timestamp and !!binary titles report the wrong type, not a missing field', async () => {
  const timestamp = await errorsIn(await makeContent({ 'a.md': article({ title: '!!timestamp 2017-08-09' }) }));
  assert.deepEqual(timestamp.map((e) => e.message), ['"title" must be text, not a timestamp (2017-08-09T00:00:00.000Z)']);
  const binary = await errorsIn(await makeContent({ 'a.md': article({ title: '!!binary aGVsbG8=' }) }));
  assert.deepEqual(binary.map((e) => e.message), ['"title" must be text, not binary data']);
});
