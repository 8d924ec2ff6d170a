// End-to-end: the Retention page (a cohort table pasted and fitted, the projection, the portfolio's
// Kaplan–Meier curve), scenarios that follow the fitted curve, and the Romanian page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STORAGE_KEY, newContext, open, savedStatus, withApp } from './harness.mjs';

const app = withApp();

/** The regular cohort of Fader & Hardie (2007), years 0–7, as its own small table. */
function regularCohort() {
  const csv = readFileSync(resolve(import.meta.dirname, '../fixtures/cohorts/fader_hardie_2007.csv'), 'utf8');
  const [header, ...rows] = csv.trim().split('\n').map((l) => l.split(','));
  const col = header.indexOf('regular');
  return ['year,regular', ...rows.filter((r) => Number(r[0]) <= 7).map((r) => `${r[0]},${r[col]}`)].join('\n');
}

const money = (text) => Number(text.replace(/[^0-9−-]/g, '').replace('−', '-'));

async function pasteAndFit(page) {
  await page.getByTestId('cohort-input').fill(regularCohort());
  await page.getByTestId('cohort-detected').waitFor();
  await page.getByTestId('fit-button').click();
  await page.getByTestId('sbg-fit').waitFor();
}

/** A date `days` before today, as a date field takes it. */
function daysAgo(days) {
  const d = new Date(Date.now() - days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function kmLine(page) {
  return page.getByTestId('km-chart').locator('[data-testid=km-line]').getAttribute('points');
}

describe('retention curves', () => {
  test('the regular cohort gives the published sBG fit, its DERL and the projection, kept across a reload', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page, app.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Retention' }).click();
    await page.getByRole('heading', { level: 1, name: 'Retention curves' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/retention');

    // A bad line is listed with its number, and nothing is fitted.
    await page.getByTestId('cohort-input').fill('year,regular\n0,1000\n1,1100\n');
    assert.match(await page.getByTestId('cohort-errors').textContent(), /Line 3: regular: survivors rise from 1,?000 to 1,?100/);

    await pasteAndFit(page);
    assert.match(await page.getByTestId('cohort-detected').textContent(), /1 cohort, up to 8 periods: One column per cohort, Counts of customers, separator Comma/);
    assert.equal(await page.getByTestId('sbg-fit').textContent(), 'α = 0.704, β = 1.182');
    const card = page.getByTestId('cohort-fit');
    assert.match(await card.textContent(), /−1,680\.265/, 'the published log-likelihood, −1680.3');
    assert.match(await page.getByTestId('bic-choice').textContent(), /^BIC prefers the sBG/);
    assert.match(await page.getByTestId('bdw-fit').textContent(), /^α = \d\.\d{3}, β = \d\.\d{3}, c = 1\.2\d\d$/);
    // DERL of a client who has made its 7th renewal, at 10%: Σ S(7+k)/S(7) / 1.1^(k−1).
    assert.match(await page.getByTestId('derl').textContent(), /^DERL after renewal 7, at 10\.0% a year: 6\.842 renewals/);
    await page.getByLabel('Renewals made (for the DERL)').fill('0');
    assert.match(await page.getByTestId('derl').textContent(), /after renewal 0, .*: \d\.\d{3} renewals/);

    // The projection: the fitted curve beside the observed cohort, with their figures.
    for (const chart of ['chart-survival', 'chart-retention']) {
      assert.equal(await page.getByTestId(chart).locator('polyline').count(), 2, chart);
      assert.ok(await page.getByTestId(chart).locator('table tbody tr').count() >= 14, `${chart} has its figure table`);
    }
    const table = page.getByTestId('cohort-table');
    assert.equal(await table.locator('tbody tr').count(), 1);
    assert.equal(await table.locator('tbody td').nth(1).textContent(), '63.1%');
    assert.match(await table.locator('tbody td').nth(1).getAttribute('class'), /heat-6/);
    await page.getByLabel('Show').selectOption('of_previous');
    assert.equal(await table.locator('tbody td').nth(2).textContent(), '74.2%', '468 of 631');
    // The value of today's clients under the curve, beside the flat rate.
    const base = page.getByTestId('base-value');
    assert.ok(money(await base.getByTestId('base-curve-value').textContent()) > 0);
    const diff = money(await base.getByTestId('base-difference').textContent());
    const curve = money(await base.getByTestId('base-curve-value').textContent());
    const flat = money(await base.getByTestId('base-flat-value').textContent());
    assert.ok(Math.abs(curve - flat - diff) <= 1, `${curve} − ${flat} = ${diff}`);
    assert.match(await base.getByTestId('base-elasticity').textContent(), /^One point more retention at every tenure is worth €/);

    await savedStatus(page);
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
    assert.equal(stored.data.retention.curve.model, 'sbg');
    assert.ok(Math.abs(stored.data.retention.curve.alpha - 0.704) < 5e-4, stored.data.retention.curve.alpha);
    assert.match(stored.data.retention.text, /^year,regular\n0,1000\n1,631/);
    await page.reload();
    assert.equal(await page.getByTestId('sbg-fit').textContent(), 'α = 0.704, β = 1.182', 'kept across a reload');
    assert.equal(await page.getByTestId('cohort-input').inputValue(), regularCohort());
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('two demo clients marked lost with their dates change the Kaplan–Meier curve', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/retention');
    const section = page.getByTestId('km-section');
    await section.getByTestId('km-chart').waitFor();
    // The demo's lost client has no date: left out and said so.
    assert.equal(await section.getByTestId('km-summary').textContent(), '7 clients, 0 of them lost.');
    assert.match(await section.getByTestId('km-note').textContent(), /1 lost client has no date lost and is left out\./);
    const before = await kmLine(page);

    for (const [id, days] of [['c5', 400], ['c2', 200]]) {
      await open(page, app.url, `/client/${id}`);
      await page.locator('#stage').selectOption('lost');
      // Lost proposes today, editable.
      assert.match(await page.locator('#lost_on').inputValue(), /^\d{4}-\d{2}-\d{2}$/);
      await page.locator('#lost_on').fill(daysAgo(days));
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByText('Changes saved.').waitFor();
    }
    // A date lost in the future is refused with words.
    await page.locator('#lost_on').fill(daysAgo(-30));
    await page.getByRole('button', { name: 'Save changes' }).click();
    assert.equal(await page.locator('#lost_on-error').textContent(), 'The date lost cannot be after today.');

    await open(page, app.url, '/retention');
    await section.getByTestId('km-chart').waitFor();
    assert.equal(await section.getByTestId('km-summary').textContent(), '7 clients, 2 of them lost.');
    const after = await kmLine(page);
    assert.notEqual(after, before, 'the curve steps down');
    const figures = await section.getByTestId('km-chart').locator('table').first().locator('tbody tr').count();
    assert.ok(figures >= 3, `the figure table has the events (${figures} rows)`);
    // Split by owner: a line per owner and the log-rank test between them.
    await page.locator('#km-split').selectOption('owner');
    assert.ok(await section.getByTestId('km-chart').locator('polyline').count() >= 2);
    assert.match(await section.getByTestId('log-rank').textContent(), /^Log-rank test: χ² = [\d.]+ on \d degrees? of freedom, p = [\d.]+\./);
    await page.locator('#km-period').selectOption('month');
    assert.match(await section.getByTestId('km-chart').locator('figcaption').textContent(), /months/);
    await ctx.close();
  });

  test('a scenario that follows the fitted curve differs from the flat rate by the amount shown', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/scenarios');
    // No curve yet: the option says where to fit one.
    await page.getByRole('button', { name: 'New scenario' }).first().click();
    assert.equal(await page.locator('#sc-fitted_curve').isDisabled(), true);
    await open(page, app.url, '/retention');
    await pasteAndFit(page);
    await savedStatus(page);

    await open(page, app.url, '/scenarios');
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor();
    const value = async () => money(await comparison.locator('tbody tr').nth(1).getByTestId('scenario-value').textContent());
    const flat = await value();
    await page.locator('#sc-fitted_curve').check();
    const shown = page.getByTestId('curve-difference');
    await shown.waitFor();
    const aged = await value();
    const amount = money(await shown.getByTestId('curve-difference-amount').textContent());
    assert.notEqual(aged, flat, 'the fitted curve changes the value');
    assert.ok(Math.abs(aged - flat - amount) <= 1, `${aged} − ${flat} should be ${amount}`);
    assert.equal(money(await shown.getByTestId('curve-flat-value').textContent()), flat, 'the flat figure is the scenario at the flat rate');
    assert.match(await comparison.locator('tbody tr').nth(1).textContent(), /\(fitted curve\)/);
    assert.match(await page.getByTestId('readouts').textContent(), /retention by the fitted curve/);
    await savedStatus(page);
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
    assert.equal(stored.data.scenarios.scenarios[0].levers.fitted_curve, true);
    await page.reload();
    await page.getByTestId('curve-difference').waitFor();
    assert.equal(await value(), aged, 'the same figure after a reload');

    // The client what-if follows the curve from the client's tenure.
    await open(page, app.url, '/client/c1');
    await page.locator('#wi-curve').check();
    assert.match(await page.getByTestId('whatif-derl').textContent(), /^At a tenure of \d+ \(years\) the curve gives this client a \d+\.\d% chance/);
    assert.match(await page.getByTestId('whatif-readout').textContent(), /^With the fitted curve: Spending/);
    await ctx.close();
  });

  test('a Romanian browser reads the fit with a decimal comma', async () => {
    const ctx = await newContext(app.browser, app.url, { locale: 'ro-RO' });
    const page = await ctx.newPage();
    await open(page, app.url, '/retention');
    await page.getByRole('heading', { level: 1, name: 'Curbe de retenție' }).waitFor();
    await pasteAndFit(page);
    assert.equal(await page.getByTestId('sbg-fit').textContent(), 'α = 0,704, β = 1,182');
    assert.match(await page.getByTestId('derl').textContent(), /^DERL după reînnoirea 7, la 10,0\s?% pe an: 6,842 /);
    assert.match(await page.getByTestId('bic-choice').textContent(), /^BIC preferă modelul sBG/);
    assert.equal(await page.getByTestId('chart-survival').locator('polyline').count(), 2);
    await ctx.close();
  });
});
