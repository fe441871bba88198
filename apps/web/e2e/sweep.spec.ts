import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type ConsoleMessage, type Page } from '@playwright/test';
import { ensureSweepData, type SweepData } from './sweep-data';
import { demoUsers, storageStatePath, type DemoUser } from './support';

/*
 * Every page, for every role, on a laptop (1366×768) and a phone (390×844): the document never
 * scrolls sideways, nothing is written to the console as an error, and axe-core finds no serious or
 * critical accessibility violation. With QO_SCREENSHOTS_DIR set (`npm run screenshots`) each page is
 * also saved as a PNG there, for a person to look at.
 */

const SIZES = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const SCREENSHOTS = process.env.QO_SCREENSHOTS_DIR;

interface PageSpec {
  name: string;
  path: string;
  /** API answers the page is meant to get (a 404 page asks for what is not there). */
  expectedApiStatus?: number;
}

/** Every page of the app; the paths of the customer's orders and of the orders come from the data. */
const PAGES: { name: string; path: (d: SweepData) => string; expectedApiStatus?: number }[] = [
  { name: 'overview', path: () => '/overview' },
  { name: 'setup', path: () => '/setup' },
  { name: 'integrations', path: () => '/integrations' },
  { name: 'product-types', path: () => '/product-types' },
  { name: 'vat-codes', path: () => '/vat-codes' },
  { name: 'payment-types', path: () => '/payment-types' },
  { name: 'export', path: () => '/export' },
  { name: 'reconciliation', path: () => '/reconciliation' },
  { name: 'export-week', path: (d) => d.exportPath },
  { name: 'customers', path: () => '/customers' },
  { name: 'alerts', path: () => '/alerts' },
  { name: 'customer-orders', path: (d) => `/customers/${d.customerId}/orders` },
  { name: 'order-sent', path: (d) => `/orders/${d.sentOrderId}` },
  { name: 'order-failed', path: (d) => `/orders/${d.failedOrderId}` },
  { name: 'order-not-found', path: () => '/orders/no-such-order', expectedApiStatus: 404 },
  { name: 'page-not-found', path: () => '/no-such-page' },
];

interface Finding {
  page: string;
  what: string;
}

/** Visits one page and returns what is wrong with it (nothing, ideally). */
async function inspect(page: Page, spec: PageSpec, shotName: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const consoleErrors: string[] = [];
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    const url = msg.location().url ?? '';
    const expected =
      spec.expectedApiStatus && url.includes('/api/') && text.includes(`status of ${spec.expectedApiStatus}`);
    if (!expected) consoleErrors.push(`${text} ${url}`);
  };
  const onPageError = (error: Error) => consoleErrors.push(`uncaught: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    await page.goto(spec.path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 20_000 });
    // Settled: every request the page makes on arrival has been answered.
    await page.waitForLoadState('networkidle', { timeout: 20_000 });
    await expect(page.getByText(/^(Laster|Loading)/)).toHaveCount(0, { timeout: 20_000 });

    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    if (scrollWidth > clientWidth)
      findings.push({
        page: spec.name,
        what: `scrolls sideways: ${scrollWidth} px wide in ${clientWidth} px`,
      });

    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    for (const v of axe.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
      findings.push({
        page: spec.name,
        what: `axe ${v.impact} ${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
      });
    }
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${shotName}.png`), fullPage: true });
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  for (const e of consoleErrors) findings.push({ page: spec.name, what: `console error: ${e}` });
  return findings;
}

async function newPage(
  browser: Browser,
  baseURL: string,
  size: (typeof SIZES)[number],
  role?: DemoUser['role'],
) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: size.width, height: size.height },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    storageState: role ? storageStatePath(role, baseURL) : { cookies: [], origins: [] },
  });
  return { context, page: await context.newPage() };
}

// Each test loads a page, runs axe over it and may save a full-page PNG: slow on a small, busy machine.
test.describe.configure({ timeout: 180_000 });

let data: SweepData;
test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(120_000);
  if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
  data = await ensureSweepData(baseURL!);
});

for (const size of SIZES) {
  test(`login at ${size.width}×${size.height}`, async ({ browser, baseURL }) => {
    const { context, page } = await newPage(browser, baseURL!, size);
    // Logged out, the app asks who is logged in and is told: nobody (401).
    const findings = await inspect(
      page,
      { name: 'login', path: '/login', expectedApiStatus: 401 },
      `login-${size.name}`,
    );
    await context.close();
    expect(findings).toEqual([]);
  });

  for (const user of demoUsers) {
    for (const spec of PAGES) {
      test(`${spec.name} as ${user.role} at ${size.width}×${size.height}`, async ({ browser, baseURL }) => {
        const { context, page } = await newPage(browser, baseURL!, size, user.role);
        const findings = await inspect(
          page,
          { ...spec, path: spec.path(data) },
          `${user.role}-${size.name}-${spec.name}`,
        );
        await context.close();
        expect(findings).toEqual([]);
      });
    }
  }
}
