// Records added on the client page are stored with ids of their own (version-4 UUIDs), so two
// browsers' records never meet in a merge.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { STORAGE_KEY, newContext, open, savedStatus, withApp } from './harness.mjs';

const app = withApp();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('record ids', () => {
  test('a contact logged and an interaction added on the client page each get a fresh UUID', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/client/c1');
    await page.locator('#ql-note').fill('Logged from the brief');
    await page.locator('#ql-note').press('Enter');
    await page.getByTestId('records-interactions').getByText('Logged from the brief').waitFor();
    await page.locator('#interactions-note').fill('Added in the records form');
    await page.getByTestId('records-interactions').getByRole('button', { name: 'Add' }).click();
    await page.getByTestId('records-interactions').getByText('Added in the records form').waitFor();
    await savedStatus(page);
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
    const client = stored.data.portfolio.clients.find((c) => c.id === 'c1');
    const ids = ['Logged from the brief', 'Added in the records form'].map((n) => client.interactions.find((i) => i.note === n)?.id);
    for (const id of ids) assert.match(id ?? '', UUID);
    assert.notEqual(ids[0], ids[1]);
    assert.ok(client.interactions.filter((i) => !['Logged from the brief', 'Added in the records form'].includes(i.note)).every((i) => i.id === undefined),
      'the demo\'s records keep having none');
    await ctx.close();
  });
});
