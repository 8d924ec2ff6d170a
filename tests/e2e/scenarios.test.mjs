// End-to-end: what-if scenarios and the per-client what-if, in the release build.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STORAGE_KEY, newContext, open, savedStatus, withApp } from './harness.mjs';

const app = withApp();

const money = (text) => Number(text.replace(/[^0-9−-]/g, '').replace('−', '-'));

async function comparison(page) {
  return page.getByTestId('comparison').locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => Array.from(r.querySelectorAll('th,td')).map((c) => c.textContent.trim())));
}

describe('scenarios', () => {
  test('build two scenarios, compare them, reload and find them kept with the same figures', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page, app.url, '/scenarios');
    await page.getByRole('heading', { level: 1, name: 'Scenarios' }).waitFor();
    // The baseline comes from the 7 demo clients who are not lost, and stands still by default.
    assert.equal(await page.locator('#base-clients').inputValue(), '7');
    assert.equal(await page.locator('#base-clients').isDisabled(), true);
    let rows = await comparison(page);
    assert.equal(rows.length, 1);
    assert.equal(rows[0][2], '7', 'acquisition replaces the leavers, so 7 clients remain');

    // Scenario 1: better retention.
    await page.getByRole('button', { name: 'New scenario' }).first().click();
    await page.getByLabel('Name').fill('Better care');
    await page.locator('#sc-retention').fill('90');
    await page.getByTestId('readouts').getByText('Moving retention from 85.0% to 90.0% is worth €').waitFor();
    rows = await comparison(page);
    assert.equal(rows.length, 2);
    assert.match(rows[1][0], /^Better care/);
    assert.ok(money(rows[1][4]) > money(rows[0][4]), `higher retention is worth more: ${rows[1][4]} vs ${rows[0][4]}`);
    assert.ok(rows[1][5].startsWith('+€'), rows[1][5]);

    // Bad input is explained and changes nothing.
    await page.locator('#sc-retention').fill('1o0');
    await page.getByText('“1o0” is not a number.').waitFor();
    await page.locator('#sc-retention').fill('100');
    await page.getByText('Retention must be at least 0% and below 100%.').waitFor();
    assert.deepEqual(await comparison(page), rows, 'the last valid levers stay in force');
    await page.locator('#sc-retention').fill('90');

    // Scenario 2: a price rise, from the baseline.
    await page.getByRole('button', { name: 'New scenario' }).first().click();
    await page.getByLabel('Name').fill('Price rise');
    await page.locator('#sc-price_change').fill('5');
    await page.locator('#sc-retention').fill('83');
    rows = await comparison(page);
    assert.equal(rows.length, 3);
    assert.match(rows[2][0], /^Price rise/);
    assert.equal(rows[2][1], '83.0%');
    // Charts draw a line per compared scenario plus the baseline.
    assert.equal(await page.getByTestId('chart-clients').locator('polyline').count(), 3);
    assert.equal(await page.getByTestId('chart-value').locator('polyline').count(), 3);
    assert.ok(await page.getByTestId('tornado').locator('rect').count() >= 10);
    await page.getByTestId('leaky-bucket').first().getByText('clients leave').waitFor();

    await savedStatus(page);
    const before = await comparison(page);
    await page.reload();
    await page.getByTestId('comparison').waitFor();
    assert.deepEqual(await comparison(page), before, 'the same figures after a reload');
    assert.equal(await page.getByRole('tab').count(), 2);
    await page.getByRole('tab', { name: 'Better care' }).click();
    assert.equal(await page.locator('#sc-retention').inputValue(), '90');
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
    assert.deepEqual(stored.data.scenarios.scenarios.map((s) => s.name), ['Better care', 'Price rise']);

    // Duplicate, delete, undo.
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await page.getByRole('tab', { name: 'Copy of Better care' }).waitFor();
    await page.getByRole('button', { name: 'Delete scenario' }).click();
    assert.equal(await page.getByRole('tab').count(), 2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('tab', { name: 'Copy of Better care' }).waitFor();
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('the client page answers "what if we spend on care for this client?"', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/client/c1');
    const readout = page.getByTestId('whatif-readout');
    await readout.waitFor();
    assert.match(await readout.textContent(), /lifting retention from 85\.0% to 90\.0% .* a gain of €/);
    // Spending more than the client's profit never pays back.
    await page.getByLabel('Care spend a year (EUR)').fill('200000');
    assert.match(await readout.textContent(), /a loss of [−-]?€.* does not pay back/);
    await page.getByLabel('Retention with the care (%)').fill('100');
    await page.getByText('Retention must be at least 0% and below 100%.').waitFor();
    assert.match(await page.getByTestId('sow-readout').textContent(), /reaching 35\.0% adds €/);
    await ctx.close();
  });
});
