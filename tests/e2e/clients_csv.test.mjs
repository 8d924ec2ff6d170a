// End-to-end: client lists in and out as CSV, with formula cells neutralised, bad rows explained,
// and every profile field read back from an export.
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
    assert.ok(csv.startsWith('id,company,industry,client_manager,owner,start_date,stage,annual_revenue,direct_cost,cost_to_serve,share_of_wallet,contract_end,notes,lost_on,manager_changed_on,referrals,contact_cadence_days,open_complaints,competitor_activity,archived\n'), csv.slice(0, 300));
    assert.ok(csv.includes(`c1,"'=HYPERLINK(""http://evil.example"",""x"")"`), 'the formula is neutralised and quoted');
    assert.equal(csv.trim().split('\n').length, 9);

    const crm = 'Account;Sector;Revenue;Owner;Status\nAlfa Soft SRL;IT;120.000,50;Ana;active\n;Retail;10;Bob;active\nBeta Foods SA;Food;lots;Ion;at risk\n';
    await page.locator('#clients-file').setInputFiles({ name: 'crm.csv', mimeType: 'text/csv', buffer: Buffer.from(crm) });
    const preview = page.getByTestId('clients-preview');
    await preview.getByText('1 new client to add; 2 rows cannot be read').waitFor();
    await panel.getByText('Line 3:').waitFor();
    await panel.getByText('Line 4:').waitFor();
    assert.equal(await page.locator('#map-company').inputValue(), '0');
    assert.equal(await page.locator('#map-annual_revenue').inputValue(), '2');
    await panel.getByRole('button', { name: 'Add 1 client' }).click();
    await savedStatus(page);
    await open(page, app.url, '/');
    assert.equal(await page.getByTestId('total-clients').textContent(), '9');
    await page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: 'Alfa Soft SRL' }).click();
    assert.equal(await page.getByLabel('Annual revenue').inputValue(), '120000.5');
    await ctx.close();
  });

  test('an export read back into an empty portfolio has every profile field, the contract end included', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/client/c2');
    await page.getByLabel('Contract or project ends').fill('2027-03-31');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await savedStatus(page);
    await open(page, app.url, '/data');
    const panel = page.getByTestId('clients-csv');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export clients (CSV)' }).click()]);
    const csv = await readFile(await download.path());
    // The page says what the CSV leaves to backups.
    await panel.getByText('the records (contacts, interactions, care, ratings, revenue history, the value dossier) are not in it').waitFor();
    // Into the same portfolio every row is already there.
    await page.locator('#clients-file').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByTestId('clients-preview').getByText('0 new clients to add; 8 already in the portfolio (same company name) are skipped').waitFor();
    // Into an empty portfolio (demo removed): 8 new, and c2's contract end is back.
    await open(page, app.url, '/');
    await page.getByRole('button', { name: 'Remove demo clients' }).click();
    await savedStatus(page);
    await open(page, app.url, '/data');
    await page.locator('#clients-file').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByTestId('clients-preview').getByText('8 new clients to add').waitFor();
    await panel.getByRole('button', { name: 'Add 8 clients' }).click();
    await savedStatus(page);
    const row = csv.toString('utf8').split('\n').find((l) => l.startsWith('c2,'));
    const company = row.split(',')[1];
    await open(page, app.url, '/');
    await page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: company }).click();
    assert.equal(await page.getByLabel('Contract or project ends').inputValue(), '2027-03-31');
    await ctx.close();
  });

  test('a stray quote is reported with its line and does not swallow the rows after it', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/data');
    const text = 'Company;Revenue;Notes\nAlfa Nou SRL;100;ok\nBeta Nou SA;200;"never closed\nGama Nou SRL;300;fine\nDelta Nou SRL;400;x\n';
    await page.locator('#clients-file').setInputFiles({ name: 'crm.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.getByTestId('clients-preview').getByText('3 new clients to add; 1 row cannot be read').waitFor();
    await page.getByTestId('clients-csv').getByText('Line 3: This line opens a quote (") that is never closed, so it was not read.', { exact: false }).waitFor();
    await ctx.close();
  });
});
