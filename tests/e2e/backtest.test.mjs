// End-to-end: the backtest of the churn risk on the portfolio's own losses, and weights learned
// from them that re-rank the portfolio once accepted (and stay so after a reload).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, savedStatus, withApp } from './harness.mjs';

const app = withApp();
// The demo's own day: its records are dated up to it, so every figure is the same on any run.
const DEMO_DAY = '2026-11-20T10:00:00';

const firstRows = (page, n) =>
  page.locator('table.clients tbody tr th a').evaluateAll((as, n) => as.slice(0, n).map((a) => a.textContent), n);

/** Mark a client lost on a day, through its page's stage editor. */
async function markLost(page, id, day) {
  await open(page, app.url, `/client/${id}`);
  await page.getByLabel('Journey stage').selectOption('lost');
  await page.getByLabel('Date lost').fill(day);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Changes saved.').waitFor();
  await savedStatus(page);
}

describe('risk backtest', () => {
  test('the demo with three clients lost on known days shows an AUC and the ROC chart; learned weights re-rank and are kept', async () => {
    const ctx = await newContext(app.browser, app.url);
    await ctx.clock.install({ time: new Date(DEMO_DAY) });
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page, app.url);
    await page.getByTestId('total-clients').waitFor();

    // Before any loss has a date, the section says there is nothing to test.
    await page.getByRole('link', { name: 'Settings' }).click();
    const section = page.getByTestId('risk-backtest');
    await section.getByRole('heading', { name: 'How well does the risk score warn?' }).waitFor();
    assert.match(await section.getByTestId('backtest-losses').textContent(), /^0 losses in the window\./);
    assert.equal(await section.getByTestId('backtest-auc').count(), 0);

    await markLost(page, 'c5', '2026-10-15');
    await markLost(page, 'c2', '2026-09-01');
    await markLost(page, 'c8', '2026-06-30');

    await open(page, app.url);
    const before = await firstRows(page, 5);
    // The trend arrow column is there for every row.
    assert.equal(await page.getByTestId('trend-cell').count(), 8);
    await page.getByTestId('backtest-link').getByRole('link').click();

    await section.waitFor();
    assert.match(await section.getByTestId('backtest-losses').textContent(), /^3 losses in the window\./);
    // Three losses: the figures are flagged as anecdotal.
    assert.match(await section.getByTestId('backtest-anecdotal').textContent(), /anecdotal/);
    const auc = Number(await section.getByTestId('backtest-auc').textContent());
    assert.ok(auc >= 0 && auc <= 1, `AUC ${auc}`);
    assert.ok(auc > 0.5, `the default weights rank these losses above the clients that stayed (AUC ${auc})`);
    const chart = section.getByTestId('roc-chart');
    await chart.locator('svg[role=img]').waitFor();
    const points = (await chart.getByTestId('roc-line').getAttribute('points')).trim().split(/\s+/);
    assert.ok(points.length >= 3, `the ROC curve has points (${points.length})`);
    // Its figures are in a table: one row per threshold, the last flags everyone.
    await chart.getByText('Figures of the curve').click();
    const last = chart.getByTestId('roc-table').locator('tbody tr').last();
    assert.deepEqual(await last.locator('td').allTextContents(), ['100%', '100%']);
    // Each loss is listed with how early risk warned.
    assert.equal(await section.getByTestId('backtest-leads').locator('tbody tr').count(), 3);

    // The learned weights: proposed, with the two cross-validated AUCs, applied only on a click.
    const learned = page.getByTestId('learned-weights');
    assert.match(await learned.getByTestId('learned-auc').textContent(), /Cross-validated AUC .*current weights.*learned/);
    assert.equal(await page.getByTestId('risk-weights').locator('#w-competitor').inputValue(), '10', 'nothing applied yet');
    await learned.getByRole('button', { name: 'Accept learned weights' }).click();
    await page.getByTestId('risk-weights').getByText('Weights saved').waitFor();
    assert.equal(await page.getByTestId('risk-weights').locator('#w-competitor').inputValue(), '0', 'the editor shows the learned weights');
    await savedStatus(page);

    await page.getByRole('link', { name: 'Portfolio' }).click();
    const after = await firstRows(page, 5);
    assert.notDeepEqual(after, before, `the learned weights re-rank the table (${before} → ${after})`);
    await page.reload();
    await page.getByTestId('total-clients').waitFor();
    assert.deepEqual(await firstRows(page, 5), after, 'the ranking is kept after a reload');

    // The client page shows the risk history as a sparkline.
    await page.getByRole('link', { name: 'Balkan Pharma EOOD' }).first().click();
    await page.getByTestId('risk-history').locator('svg[role=img]').waitFor();
    assert.match(await page.getByTestId('risk-history').locator('svg').getAttribute('aria-label'), /^Risk at month ends: /);
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('the section reads in Romanian and Bulgarian', async () => {
    for (const [locale, title] of [['ro-RO', 'Cât de bine avertizează scorul de risc?'], ['bg-BG', 'Колко добре предупреждава оценката на риска?']]) {
      const ctx = await newContext(app.browser, app.url, { locale });
      await ctx.clock.install({ time: new Date(DEMO_DAY) });
      const page = await ctx.newPage();
      await open(page, app.url, '/settings');
      await page.getByTestId('risk-backtest').getByRole('heading', { name: title }).waitFor();
      await ctx.close();
    }
  });
});
