// End-to-end: client lists in and out as CSV, with formula cells neutralised and bad rows explained.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { newContext, open, savedStatus, withApp } from './harness.mjs';

const app = withApp();

describe('clients as CSV', () => {
  test('export neutralises formula cells; a CRM export is mapped, checked row by row, and added on confirmation', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/client/c1');
    await page.getByLabel('Company').fill('=HYPERLINK("http://evil.example","x")');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await savedStatus(page);
    await open(page, app.url, '/data');
    const panel = page.getByTestId('clients-csv');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export clients (CSV)' }).click()]);
    const csv = (await readFile(await download.path())).toString('utf8');
    assert.ok(csv.startsWith('id,company,industry,client_manager,owner,start_date,stage,annual_revenue'));
    assert.ok(csv.includes(`c1,"'=HYPERLINK(""http://evil.example"",""x"")"`), 'the formula is neutralised and quoted');
    assert.equal(csv.trim().split('\n').length, 9);

    const crm = 'Account;Sector;Revenue;Owner;Status\nAlfa Soft SRL;IT;120.000,50;Ana;active\n;Retail;10;Bob;active\nBeta Foods SA;Food;lots;Ion;at risk\n';
    await page.locator('#clients-file').setInputFiles({ name: 'crm.csv', mimeType: 'text/csv', buffer: Buffer.from(crm) });
    const preview = page.getByTestId('clients-preview');
    await preview.getByText('1 new clients to add; 2 rows cannot be read').waitFor();
    await panel.getByText('Line 3:').waitFor();
    await panel.getByText('Line 4:').waitFor();
    assert.equal(await page.locator('#map-company').inputValue(), '0');
    assert.equal(await page.locator('#map-annual_revenue').inputValue(), '2');
    await panel.getByRole('button', { name: 'Add 1 clients' }).click();
    await savedStatus(page);
    await open(page, app.url, '/');
    assert.equal(await page.getByTestId('total-clients').textContent(), '9');
    await page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: 'Alfa Soft SRL' }).click();
    assert.equal(await page.getByLabel('Annual revenue').inputValue(), '120000.5');
    await ctx.close();
  });
});
