// End-to-end: the client brief and value dossier a salesperson opens before a meeting.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newContext, open, savedStatus, withApp } from './harness.mjs';

const app = withApp();

const cellValue = async (page, section) =>
  Number((await page.getByTestId('dossier-totals').locator(`tr[data-section=${section}] td`).nth(1).textContent()).replace(/[^0-9]/g, ''));

describe('client brief and value dossier', () => {
  test('add an entry to each dossier section and log a contact; totals, talking points and scores follow; kept; printed', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page, app.url, '/client/c4');
    await page.getByRole('heading', { level: 1, name: 'Nordvolt Energy SRL' }).waitFor();
    await page.getByTestId('talking-points').locator('li').first().waitFor();
    const profitBefore = await page.getByTestId('client-profit').textContent();

    const entries = page.getByTestId('records-dossier');
    const sections = [
      ['costs_we_bore', 'Free workshop for the new team', '1200'],
      ['benefits_to_client', 'Energy savings found in the audit', '8000'],
      ['proofs_of_loyalty', 'Postponed the price rise to next year', '0'],
      ['special_conditions', 'Weekend deployment at no extra charge', '900'],
    ];
    const before = {};
    for (const [key] of sections) before[key] = await cellValue(page, key);
    for (const [key, what, value] of sections) {
      await entries.locator('#dossier-section').selectOption(key);
      await entries.getByLabel('What').fill(what);
      await entries.getByLabel('Value').fill(value);
      await entries.getByRole('button', { name: 'Add' }).click();
      await entries.getByText(what).waitFor();
    }
    for (const [key, , value] of sections) {
      assert.equal(await cellValue(page, key), before[key] + Number(value), `${key} total`);
    }
    // Costs we bore and special conditions lower this year's profit.
    await page.getByTestId('client-scores').locator('li[data-factor=dossier_cost]').waitFor();
    assert.notEqual(await page.getByTestId('client-profit').textContent(), profitBefore);
    // Value given beyond the contract is now a talking point.
    await page.getByTestId('talking-points').locator('li[data-key=value_beyond_contract]').waitFor();

    // Log a contact in two steps from the brief: the overdue point goes away.
    await page.getByTestId('quick-log').getByLabel('What was it about?').fill('Call about the audit results');
    await page.getByRole('button', { name: "Log today's contact" }).click();
    await page.getByTestId('records-interactions').getByText('Call about the audit results').waitFor();
    assert.equal(await page.getByTestId('talking-points').locator('li[data-key=overdue_contact]').count(), 0);
    await savedStatus(page);

    await page.reload();
    await page.getByTestId('records-dossier').getByText('Weekend deployment at no extra charge').waitFor();
    assert.equal(await cellValue(page, 'benefits_to_client'), before.benefits_to_client + 8000);

    // Print: the brief with the client's name and the figures on page 1.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const dir = await mkdtemp(join(tmpdir(), 'rc-pdf-'));
    try {
      await writeFile(join(dir, 'brief.pdf'), pdf);
      const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', join(dir, 'brief.pdf'), '-'], { encoding: 'utf8' });
      assert.match(first, /Nordvolt Energy SRL/);
      assert.match(first, /Brief/);
      assert.match(first, /Value given beyond the contract: €[0-9,]+/);
      const all = execFileSync('pdftotext', ['-layout', join(dir, 'brief.pdf'), '-'], { encoding: 'utf8' });
      assert.match(all, /Value dossier/);
      assert.doesNotMatch(all, /Save changes/, 'forms are not printed');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    assert.deepEqual(errors, []);
    await ctx.close();
  });
});
