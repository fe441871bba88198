import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { single, type ResultRow } from '../lib/report';
import { pnpmCommand, run } from '../lib/processes';

/** The flags of apps/web/playwright.config.ts: Debian's Chromium in a container. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}

/** Builds the SPA with its own vite config into `outDir`, with the manifest that maps routes to chunks. */
export async function buildWeb(outDir: string): Promise<void> {
  const pnpm = pnpmCommand();
  await run(pnpm.command, [...pnpm.args, '--filter', '@qo/web', 'exec', 'vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn']);
}

/**
 * The JavaScript the login page and the shell load: the entry of index.html (router, layout,
 * api client: the shell) and the login route's lazy chunk, each with its static imports —
 * what the browser fetches before anything of a feature page. Gzip at the default level.
 */
export function loginAndShellJs(outDir: string): { files: string[]; gzipBytes: number; rawBytes: number } {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry && k.endsWith('index.html'));
  const loginKey = Object.keys(manifest).find((k) => /routes\/login\.tsx?$/.test(k));
  if (!entryKey || !loginKey) throw new Error('the manifest has no index.html entry or login route chunk');
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  visit(loginKey);
  let gzipBytes = 0;
  let rawBytes = 0;
  const js = [...files].filter((f) => f.endsWith('.js'));
  for (const file of js) {
    const content = readFileSync(join(outDir, file));
    rawBytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  return { files: js, gzipBytes, rawBytes };
}

/**
 * In Chromium, logged in as the accountant: from navigating to the export page with a year for
 * one department to the first voucher row on screen. The page is expected to take the department
 * and period from the URL (?departmentId&from&to), as the product's shareable links do.
 */
export async function firstRowsMs(baseUrl: string, cookies: { name: string; value: string }[], departmentId: string, from: string, to: string, runs: number): Promise<number[] | string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    for (let i = -1; i < runs; i++) {
      const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
      await context.addCookies(cookies.map((c) => ({ ...c, url: baseUrl })));
      const page = await context.newPage();
      const params = new URLSearchParams({ departmentId, department: departmentId, from, to });
      const started = performance.now();
      await page.goto(`${baseUrl}/export?${params.toString()}`);
      try {
        // A voucher row: a table row with a date of the period in it.
        await page.getByRole('row').filter({ hasText: new RegExp(`${from.slice(0, 4)}|\\d{2}\\.\\d{2}\\.`) }).first().waitFor({ state: 'visible', timeout: 60_000 });
      } catch {
        await context.close();
        return 'not available: the export page shows no voucher rows for ?departmentId&from&to';
      }
      if (i >= 0) times.push(performance.now() - started);
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
  }
}

export function webRows(outDir: string | null, buildError: string | null): ResultRow[] {
  if (!outDir || !existsSync(join(outDir, '.vite/manifest.json'))) {
    return [{ case: 5, what: 'web: gzipped JS for login + shell', unit: 'KB', sample: null, goal: '≤ 180 KB', met: null, note: `error: ${buildError ?? 'no build'}` }];
  }
  const js = loginAndShellJs(outDir);
  const kb = js.gzipBytes / 1024;
  return [
    {
      case: 5,
      what: `web: gzipped JS for login + shell (${js.files.length} files, ${(js.rawBytes / 1024).toFixed(0)} KB raw)`,
      unit: 'KB',
      sample: single(kb),
      goal: '≤ 180 KB',
      met: kb <= 180,
    },
  ];
}
