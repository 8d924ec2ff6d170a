// End-to-end: files saved by Excel on Romanian and Bulgarian Windows (Windows-1250 and
// Windows-1251, not UTF-8) import with every letter right, the encoding found, shown and
// changeable; a purchase history in Windows-1251 goes through the import worker; and the
// Purchases page's charts draw their text at the page's size.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { newContext, open, savedStatus, withApp } from './harness.mjs';

const FIXTURES = join(resolve(import.meta.dirname, '..'), 'fixtures', 'encodings');
const app = withApp();

/** Import a clients file on the Data page and return the page, with the preview shown. */
async function chooseClients(page, name) {
  await open(page, app.url, '/data');
  await page.locator('#clients-file').setInputFiles(join(FIXTURES, name));
  await page.getByTestId('clients-preview').getByText('4 new clients to add').waitFor();
}

/** Add the previewed clients and read back every company, owner and industry from the client pages. */
async function addAndReadBack(page, companies) {
  await page.getByTestId('clients-csv').getByRole('button', { name: 'Add 4 clients' }).click();
  await savedStatus(page);
  await open(page, app.url, '/');
  assert.equal(await page.getByTestId('total-clients').textContent(), '12');
  const seen = [];
  for (const company of companies) {
    await open(page, app.url, '/');
    await page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: company, exact: true }).click();
    seen.push([await page.getByLabel('Company').inputValue(), await page.getByLabel('Account owner (ours)').inputValue(), await page.getByLabel('Industry').inputValue()]);
  }
  return seen;
}

describe('files in the encodings of Romanian and Bulgarian Windows', () => {
  test('a Romanian clients CSV saved as Windows-1250 imports with ă â î ș ț right', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await chooseClients(page, 'ro-windows1250.csv');
    assert.equal(await page.getByTestId('clients-encoding').inputValue(), 'windows-1250');
    await page.getByTestId('clients-preview-list').getByText('Țesătoria Brașov SRL (Ștefan Mureșan)').waitFor();
    const seen = await addAndReadBack(page, ['Țesătoria Brașov SRL', 'Pâine și Artă SA', 'Înțelepciunea Câmpului', 'ÂȘȚĂÎ Distribuție']);
    assert.deepEqual(seen, [
      ['Țesătoria Brașov SRL', 'Ștefan Mureșan', 'Textile'],
      ['Pâine și Artă SA', 'Ioana Țurcanu', 'Panificație'],
      ['Înțelepciunea Câmpului', 'Mădălina Râșnoveanu', 'Agricultură'],
      ['ÂȘȚĂÎ Distribuție', 'Andrei Ștefănescu', 'Comerț'],
    ]);
    await ctx.close();
  });

  test('a Bulgarian clients CSV saved as Windows-1251 imports in Cyrillic; another encoding can be chosen', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await chooseClients(page, 'bg-windows1251.csv');
    const encoding = page.getByTestId('clients-encoding');
    assert.equal(await encoding.inputValue(), 'windows-1251');
    const list = page.getByTestId('clients-preview-list');
    await list.getByText('Ще Купим Още ООД (Борис Иванов)').waitFor();
    // Read as Windows-1250 instead, the letters are wrong (the user sees it in the column names,
    // and the company column is no longer found); back to 1251.
    await encoding.selectOption('windows-1250');
    await page.locator('#map-company option', { hasText: '1 · Ôčđěŕ' }).waitFor({ state: 'attached' });
    assert.equal(await page.locator('#map-company').inputValue(), '');
    await encoding.selectOption({ label: 'Cyrillic (Windows-1251)' });
    await list.getByText('Ще Купим Още ООД (Борис Иванов)').waitFor();
    const seen = await addAndReadBack(page, ['Ще Купим Още ООД', 'Български Хляб ЕАД', 'Стара Загора Транс', 'ЮЩЪЬ Яко ЕООД']);
    assert.deepEqual(seen, [
      ['Ще Купим Още ООД', 'Борис Иванов', 'Търговия'],
      ['Български Хляб ЕАД', 'Мария Петрова', 'Храни'],
      ['Стара Загора Транс', 'Жельо Цветков', 'Транспорт'],
      ['ЮЩЪЬ Яко ЕООД', 'Ясен Щерев', 'Услуги'],
    ]);
    await ctx.close();
  });

  test('UTF-16 (Excel\'s "Unicode text") and UTF-8 with a byte-order mark are found too', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    for (const [name, label, shown] of [
      ['ro-utf16le.csv', 'utf-16le', 'Țesătoria Brașov SRL (Ștefan Mureșan)'],
      ['bg-utf16be.csv', 'utf-16be', 'Ще Купим Още ООД (Борис Иванов)'],
      ['ro-utf8-bom.csv', 'utf-8', 'Țesătoria Brașov SRL (Ștefan Mureșan)'],
    ]) {
      await chooseClients(page, name);
      assert.equal(await page.getByTestId('clients-encoding').inputValue(), label, name);
      await page.getByTestId('clients-preview-list').getByText(shown).waitFor();
    }
    await ctx.close();
  });

  test('a Bulgarian purchase history in Windows-1251, larger than the page reads, goes through the worker; its chart text is the page\'s size', async () => {
    // 12,000 purchases of 400 customers with Cyrillic ids, about 400 KB: the page decodes the
    // first 256 KiB, the worker the whole file.
    const names = ['Борис', 'Жельо', 'Щерев', 'Юлия', 'Цветан'];
    let seed = 7;
    const rand = (n) => { seed = (seed * 48271) % 2147483647; return seed % n; };
    let text = 'клиент;дата;сума\r\n';
    for (let i = 0; i < 12000; i++) {
      const c = i < 400 ? i : rand(400);
      const d = new Date(Date.UTC(2024, 0, 1 + rand(366)));
      text += `${names[c % 5]}-${c};${d.toISOString().slice(0, 10)};${10 + rand(90)},${String(rand(100)).padStart(2, '0')}\r\n`;
    }
    // Windows-1251: А–я are 0xC0–0xFF.
    const bytes = Buffer.from([...text].map((ch) => {
      const u = ch.codePointAt(0);
      return u >= 0x410 && u <= 0x44f ? u - 0x410 + 0xc0 : u;
    }));
    assert.ok(bytes.length > 300 * 1024);
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/data');
    const panel = page.getByTestId('transaction-import');
    await page.locator('#tx-file').setInputFiles({ name: 'покупки.csv', mimeType: 'text/csv', buffer: bytes });
    assert.equal(await page.getByTestId('tx-encoding').inputValue(), 'windows-1251');
    assert.equal(await page.locator('#tx-customer option:checked').textContent(), '1 · клиент');
    await page.getByTestId('tx-preview').getByText('Борис-0').first().waitFor();
    await panel.getByRole('button', { name: 'Read all lines' }).click();
    await page.getByTestId('tx-summary').getByText('Ready to import 12,000 purchases of 400 customers').waitFor();
    await page.locator('#tx-cal').fill('2024-09-30');
    await panel.getByRole('button', { name: 'Import and fit the models' }).click();
    await page.getByRole('heading', { level: 1, name: 'Purchases' }).waitFor();
    const first = await page.getByTestId('customer-table').locator('tbody tr').first().locator('th, td').first().textContent();
    assert.match(first, /^(Борис|Жельо|Щерев|Юлия|Цветан)-\d+$/);
    for (const width of [800, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      const sizes = await page.evaluate(() => {
        const hint = parseFloat(getComputedStyle(document.querySelector('.hint')).fontSize);
        return [...document.querySelectorAll('.chart svg')].map((svg) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const label = svg.querySelector('text');
          return { chart: svg.closest('[data-testid]')?.dataset.testid, px: parseFloat(getComputedStyle(label).fontSize) * scale, hint };
        });
      });
      assert.ok(sizes.length >= 3, JSON.stringify(sizes));
      for (const s of sizes) {
        // The page's small text is 12.8 px; a chart's labels within 15% of it, never twice.
        assert.ok(Math.abs(s.px - s.hint) <= 0.15 * s.hint, `${width} px window: ${JSON.stringify(s)}`);
      }
    }
    await ctx.close();
  });
});
