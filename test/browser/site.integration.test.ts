/**
 * The built fixture site in headless Chromium: keyboard navigation works, print hides the chrome, the permalink can
 * be copied, hostile content runs no script, and type and charts keep their measures (screenshots in test-output/).
 * Accessibility and page widths: test/browser/site-a11y.integration.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { skipWithoutChromium as skip } from '../helpers/chromium.ts';
import { PAGES, settled, useSitePages } from './site-pages.ts';

const { open, browser, server } = useSitePages();

test('keyboard: skip link first, visible focus, nav and header search reachable', { skip }, async () => {
  const page = await open('/');
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    return { cls: el.className, top: box.top, outline: getComputedStyle(el).outlineStyle };
  });
  assert.equal(skip.cls, 'skip-link');
  assert.ok(skip.top >= 0, 'skip link scrolls into view when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

  // From the top of a fresh page: skip link, site title, four nav links, then the search box.
  await page.reload();
  await page.keyboard.press('Tab');
  const order: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      if (getComputedStyle(el).outlineStyle === 'none') return `NO FOCUS RING ${el.outerHTML.slice(0, 60)}`;
      return el.getAttribute('href') ?? el.id;
    }));
  }
  assert.deepEqual(order, ['/', '/topik/', '/aktor/', '/sumber/', '/linimasa/', 'header-search-q']);
  await page.keyboard.type('lavrov');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\/\?q=lavrov$/);
  await page.close();
});

test('keyboard: chart bars are links that open their month', { skip }, async () => {
  const page = await open('/linimasa/');
  const bar = page.locator('a.chart__bar[href="/linimasa/2017/02/"]');
  await bar.focus();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Februari 2017: 2 artikel');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/linimasa\/2017\/02\/$/);
  assert.equal(await page.locator('h1').textContent(), 'Februari 2017');
  await page.close();
});

test("print: navigation, search, footer and the copy widget are hidden; the article, the site's name and the article's URL remain", { skip }, async () => {
  const page = await open(PAGES.article!);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-nav', '.header-search', '.site-footer', '.prev-next', '.permalink']) {
    assert.equal(await page.locator(selector).evaluate((el) => getComputedStyle(el).display), 'none', selector);
  }
  assert.ok(await page.locator('.prose').isVisible());
  const printed = await page.evaluate(() => document.body.innerText);
  assert.ok(printed.includes('Arsip Berita'), "the site's name is printed");
  assert.ok(printed.includes(`https://arsip.example.test${PAGES.article}`), "the article's URL is printed");
  await page.close();
});

test('article pages offer a copyable permalink: a visible URL without JavaScript, a copy button with it', { skip }, async () => {
  const url = `https://arsip.example.test${PAGES.article}`;
  const noScript = await browser().newPage({ javaScriptEnabled: false });
  await noScript.goto(server().origin + PAGES.article!);
  assert.equal(await noScript.locator('.permalink input').inputValue(), url);
  assert.ok(await noScript.locator('.permalink input').isVisible());
  assert.ok(!(await noScript.locator('.permalink button').isVisible()), 'no button that cannot work');
  await noScript.close();

  const context = await browser().newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server().origin });
  const page = await context.newPage();
  await page.goto(server().origin + PAGES.article!);
  await settled(page);
  await page.locator('.permalink button').click();
  await page.locator('.permalink [role="status"]', { hasText: 'disalin' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
  await context.close();
});

test('hostile content shows as text and runs nothing', { skip }, async () => {
  for (const path of ['/artikel/2018-06-01-artikel-berbahaya/', '/aktor/hostile-actor/', '/topik/hostile-topic/', '/sumber/hostile-source/']) {
    const page = await open(path);
    const h1 = await page.locator('h1').textContent();
    assert.match(h1 ?? '', /<script>alert\("pwned"\)<\/script><img src=x onerror=alert\(1\)>/, path);
    assert.equal(await page.locator('main img').count(), 0, path);
    assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([type="application/ld+json"]):not([src])').length), 0, path);
    await page.close();
  }
});

test('form controls use the site font; counts sit on the baseline of the link they count', { skip }, async () => {
  const search = await open('/search/?q=rusia');
  const fonts = await search.evaluate(() => ({
    body: getComputedStyle(document.body).fontFamily,
    controls: [...document.querySelectorAll('select, input, button')].map((el) => `${el.tagName}: ${getComputedStyle(el).fontFamily}`),
  }));
  assert.ok(fonts.controls.some((c) => c.startsWith('SELECT')), 'the search page has select boxes');
  for (const control of fonts.controls) assert.ok(control.endsWith(`: ${fonts.body}`), control);
  await search.close();

  for (const path of ['/', '/topik/', '/aktor/', '/sumber/', '/linimasa/', '/linimasa/2017/', '/aktor/sergey-lavrov/']) {
    const page = await open(path, { width: 360 });
    // A zero-height inline-block sits on the baseline of the line it is in. A count shares the first line of its link
    // (beside it, in a flex row) or the last (after it, in running text).
    const offsets = await page.evaluate(() =>
      [...document.querySelectorAll('main .count')].flatMap((count) => {
        const link = count.parentElement?.querySelector('a');
        if (!link) return [];
        const [first, last, own] = [link, link, count].map((parent, index) => {
          const probe = Object.assign(document.createElement('span'), { style: 'display:inline-block;width:0;height:0' });
          if (index === 1) parent.append(probe);
          else parent.prepend(probe);
          return probe.getBoundingClientRect().bottom;
        }) as [number, number, number];
        return [Math.min(Math.abs(first - own), Math.abs(last - own))];
      }),
    );
    assert.ok(offsets.length > 0, `${path}: has counts`);
    assert.ok(offsets.every((offset) => offset < 1), `${path}: counts off the link baseline by ${Math.max(...offsets)} px`);
    await page.close();
  }
});

test('charts at 360 px: labels render at 11 px or more, bar links are 24 × 24 px targets, the data is also a table (screenshots in test-output/)', { skip }, async () => {
  for (const [name, path] of Object.entries({ home: '/', timeline: '/linimasa/', year: '/linimasa/2017/', topic: '/topik/kontraterorisme/', source: '/sumber/antara/' })) {
    const page = await open(path, { width: 360 });
    const found = await page.evaluate(() => ({
      labels: [...document.querySelectorAll('.chart text')].map((text) => {
        const svg = text.closest('svg')!;
        return parseFloat(getComputedStyle(text).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
      }),
      targets: [...document.querySelectorAll('.chart svg a')].map((link) => {
        const box = link.getBoundingClientRect();
        return { width: box.width, height: box.height };
      }),
      // Every bar with articles is a row of the chart's table, with the same count.
      charts: [...document.querySelectorAll('figure.chart')].map((figure) => ({
        bars: [...figure.querySelectorAll('.chart__bar title')].map((title) => title.textContent).sort(),
        rows: [...figure.querySelectorAll('table tbody tr')].map((row) => `${row.querySelector('th')?.textContent}: ${row.querySelector('td')?.textContent}`).sort(),
      })),
      unit: document.documentElement.lang === 'id' ? 'artikel' : 'articles',
    }));
    assert.ok(found.labels.length > 0 && found.charts.length > 0, `${name}: has charts with labels`);
    assert.ok(Math.min(...found.labels) >= 11, `${name}: smallest chart label ${Math.min(...found.labels).toFixed(1)} px`);
    for (const target of found.targets) {
      assert.ok(target.width >= 24 && target.height >= 24, `${name}: bar link ${target.width.toFixed(1)} × ${target.height.toFixed(1)} px`);
    }
    for (const chart of found.charts) {
      assert.ok(chart.bars.length > 0, `${name}: chart has bars`);
      assert.deepEqual(chart.rows.map((row) => `${row} ${found.unit}`), chart.bars, `${name}: table rows = bars`);
    }
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 360, `${name}: the page does not scroll sideways (${scrollWidth}px)`);
    await page.screenshot({ path: `test-output/chart-${name}-360.png`, fullPage: true });
    await page.close();
  }
});

test('text columns stay within about 75 characters a line at 1280 px', { skip }, async () => {
  for (const path of ['/', '/linimasa/2017/02/', '/linimasa/2016/', '/topik/kontraterorisme/', PAGES.article!]) {
    const page = await open(path);
    const widest = await page.evaluate(() => {
      // Fixture texts are short: a long paragraph shows the column's real measure.
      const long = 'Menteri Luar Negeri Rusia dan Menteri Luar Negeri Indonesia membahas kerja sama kontraterorisme, '.repeat(5);
      for (const p of document.querySelectorAll('.teaser__excerpt, .prose p, .lead, .page-header__description')) p.textContent = long;
      let most = { chars: 0, text: '' };
      for (const element of document.querySelectorAll('main p, main h1, main h3, main li.teaser')) {
        // Characters per rendered line: each character's box, grouped by the line (top) it sits on.
        const lines = new Map<number, string>();
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          for (let i = 0; i < (node.textContent ?? '').length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getBoundingClientRect();
            if (!box.width) continue;
            const top = Math.round(box.top);
            lines.set(top, (lines.get(top) ?? '') + node.textContent![i]);
          }
        }
        for (const line of lines.values()) if (line.trim().length > most.chars) most = { chars: line.trim().length, text: line };
      }
      return most;
    });
    assert.ok(widest.chars > 30, `${path}: measured some text`);
    assert.ok(widest.chars <= 80, `${path}: a line of ${widest.chars} characters: "${widest.text}"`);
    await page.close();
  }
});
