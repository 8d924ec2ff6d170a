// End-to-end: scores a person can read, and risk weights that re-rank the portfolio.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, savedStatus, withApp } from './harness.mjs';

const app = withApp();

const firstRows = (page, n) => page.locator('table.clients tbody tr th a').evaluateAll((as, n) => as.slice(0, n).map((a) => a.textContent), n);

describe('portfolio and scores', () => {
  test('add a client, see its scores and what drives them, add records, reload and find everything', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page, app.url);
    await page.getByRole('link', { name: 'Add client' }).first().click();
    await page.getByLabel('Company').fill('Zeta Consulting SRL');
    await page.getByLabel('Annual revenue').fill('50.000');
    await page.getByLabel('Direct cost').fill('20000');
    await page.getByLabel('Cost to serve').fill('5000');
    await page.getByLabel('Share of wallet (%)').fill('150');
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByTestId('form-errors').waitFor();
    await page.getByText('“50.000” is ambiguous').waitFor();
    assert.equal(await page.locator('#share_of_wallet[aria-invalid=true]').count(), 1, 'a share above 100% is refused');
    await page.getByLabel('Annual revenue').fill('50.000,00');
    await page.getByLabel('Share of wallet (%)').fill('20');
    await page.getByLabel('Agreed contact every (days)').fill('14');
    await page.getByLabel('A competitor is active at this client').check();
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zeta Consulting SRL' }).waitFor();

    const scores = page.getByTestId('client-scores');
    assert.equal(await page.getByTestId('client-profit').textContent(), '€25,000');
    assert.equal(await page.getByTestId('client-loyalty').textContent(), '–', 'no rating: loyalty is unknown, not 0');
    const risk = Number((await page.getByTestId('client-risk').locator('.band').textContent()).trim());
    assert.ok(risk > 0);
    // The explanation names what raised the risk.
    assert.match(await scores.locator('li[data-factor=competitor]').textContent(), /Competitor activity/);
    assert.match(await scores.locator('li[data-factor=low_share_of_wallet]').textContent(), /20/);

    // A rating makes loyalty known; a contact today removes the silence.
    const ratings = page.getByTestId('records-ratings');
    await ratings.getByLabel('Satisfaction').fill('9');
    await ratings.getByLabel('Involvement').fill('8');
    await ratings.getByLabel('Affinity').fill('12');
    await ratings.getByRole('button', { name: 'Add' }).click();
    await ratings.locator('.error').first().waitFor();
    await ratings.getByLabel('Affinity').fill('7');
    await ratings.getByRole('button', { name: 'Add' }).click();
    await page.getByTestId('client-loyalty').getByText('/ 100').waitFor();
    const interactions = page.getByTestId('records-interactions');
    await interactions.getByLabel('Who').fill('Ana (CFO)');
    await interactions.getByLabel('Note').fill('Quarterly review');
    await interactions.getByRole('button', { name: 'Add' }).click();
    await interactions.getByText('Quarterly review').waitFor();
    const riskAfter = Number((await page.getByTestId('client-risk').locator('.band').textContent()).trim());
    assert.ok(riskAfter < risk, `contact and a good rating lower the risk (${risk} → ${riskAfter})`);
    await savedStatus(page);

    await page.reload();
    await page.getByTestId('records-interactions').getByText('Quarterly review').waitFor();
    assert.equal(Number((await page.getByTestId('client-risk').locator('.band').textContent()).trim()), riskAfter);
    await open(page, app.url);
    assert.equal(await page.getByTestId('total-clients').textContent(), '9');
    await page.getByRole('searchbox', { name: 'Search clients' }).fill('zeta');
    assert.equal(await page.getByTestId('row-count').textContent(), '1 of 9 clients');
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('changing a risk weight in Settings previews and then re-ranks the portfolio, and is kept', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url);
    const before = await firstRows(page, 1);
    assert.deepEqual(before, ['Sofia Print House OOD'], 'with the default weights');

    await page.getByRole('link', { name: 'Settings' }).click();
    const editor = page.getByTestId('risk-weights');
    for (const name of ['Silence beyond the agreed cadence', 'Falling satisfaction', 'Falling revenue or orders',
      'Contract end approaching', "New manager on the client's side", 'Open complaints', 'Competitor activity', 'Low loyalty']) {
      await editor.getByLabel(`Use ${name}`).uncheck();
    }
    // Only the share of wallet counts now: Crisana (0%) then Nordvolt (20%) lead the preview.
    await page.getByTestId('preview-rank').locator('li').first().getByText('Crisana Retail SRL').waitFor();
    await page.getByTestId('dist-draft').waitFor();
    await editor.getByRole('button', { name: 'Save weights' }).click();
    await editor.getByText('Weights saved').waitFor();
    await savedStatus(page);

    await page.getByRole('link', { name: 'Portfolio' }).click();
    assert.deepEqual(await firstRows(page, 2), ['Crisana Retail SRL', 'Nordvolt Energy SRL']);
    await page.reload();
    await page.getByTestId('total-clients').waitFor();
    assert.deepEqual(await firstRows(page, 2), ['Crisana Retail SRL', 'Nordvolt Energy SRL'], 'kept after a reload');
    await page.getByRole('link', { name: 'Settings' }).click();
    assert.equal(await page.getByTestId('risk-weights').getByLabel('Use Open complaints').isChecked(), false);
    await ctx.close();
  });

  test('the demo looks the same whenever it is first opened (its dates move up to today)', async () => {
    const risks = async (clock) => {
      const ctx = await newContext(app.browser, app.url);
      if (clock) await ctx.clock.install({ time: new Date(clock) });
      const page = await ctx.newPage();
      await open(page, app.url);
      await page.getByTestId('total-clients').waitFor();
      const rows = await page.locator('table.clients tbody tr').evaluateAll((trs) =>
        trs.map((tr) => `${tr.querySelector('th a').textContent} ${tr.querySelector('[data-testid=risk-cell]').textContent}`));
      await ctx.close();
      return rows;
    };
    const now = await risks(null);
    const later = await risks('2027-05-03T10:00:00Z');
    assert.deepEqual(later, now);
    assert.match(now[0], /^Sofia Print House OOD/);
  });
});
