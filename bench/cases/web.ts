import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { single, type ResultRow } from '../lib/report';
import { dataDir } from '../lib/paths';
import { pnpmCommand, run } from '../lib/processes';

/** The flags of apps/web/playwright.config.ts: Debian's Chromium in a container. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
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
  await run(pnpm.command, [
    ...pnpm.args,
    '--filter',
    '@qo/web',
    'exec',
    'vite',
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--manifest',
    '--logLevel',
    'warn',
  ]);
}

/**
 * The JavaScript the login page and the shell load: the entry of index.html (router, layout,
 * api client: the shell) and the login route's lazy chunk, each with its static imports —
 * what the browser fetches before anything of a feature page. Gzip at the default level.
 */
export function loginAndShellJs(outDir: string): {
  files: string[];
  gzipBytes: number;
  rawBytes: number;
  sizes: { file: string; gzipKb: number }[];
} {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
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
  const sizes: { file: string; gzipKb: number }[] = [];
  for (const file of js) {
    const content = readFileSync(join(outDir, file));
    const gz = gzipSync(content).length;
    rawBytes += content.length;
    gzipBytes += gz;
    sizes.push({ file, gzipKb: Math.round(gz / 102.4) / 10 });
  }
  return { files: js, gzipBytes, rawBytes, sizes: sizes.sort((a, b) => b.gzipKb - a.gzipKb) };
}

/**
 * In Chromium, logged in as the accountant: from navigating to the export page with a year for
 * one department to the first voucher row of the preview on screen. The export page keeps the
 * period and departments in its address (?from&to&department), so the link opens it directly.
 */
export async function firstRowsMs(
  baseUrl: string,
  cookies: { name: string; value: string }[],
  departmentId: string,
  from: string,
  to: string,
  runs: number,
): Promise<number[] | string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    for (let i = -1; i < runs; i++) {
      const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
      await context.addCookies(cookies.map((c) => ({ ...c, url: baseUrl })));
      const page = await context.newPage();
      const params = new URLSearchParams({ from, to, department: departmentId });
      const started = performance.now();
      await page.goto(`${baseUrl}/export?${params.toString()}`);
      try {
        // A voucher row of the preview (not of the history below it): a body row with a date or an account.
        const preview = page.locator('section[aria-labelledby="export-preview-title"]');
        await preview
          .locator('tbody tr')
          .filter({ hasText: /\d/ })
          .first()
          .waitFor({ state: 'visible', timeout: 60_000 });
      } catch {
        await page
          .screenshot({ path: join(dataDir, 'web-first-rows-failed.png'), fullPage: true })
          .catch(() => undefined);
        await context.close();
        return 'not available: the export page showed no voucher rows within 60 s for ?from&to&department';
      }
      if (i >= 0) times.push(performance.now() - started);
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
  }
}

export function webRows(outDir: string | null, buildError: string | null, notes: string[] = []): ResultRow[] {
  if (!outDir || !existsSync(join(outDir, '.vite/manifest.json'))) {
    return [
      {
        case: 5,
        what: 'web: gzipped JS for login + shell',
        unit: 'KB',
        sample: null,
        goal: '≤ 180 KB',
        met: null,
        note: `error: ${buildError ?? 'no build'}`,
      },
    ];
  }
  const js = loginAndShellJs(outDir);
  const kb = js.gzipBytes / 1024;
  notes.push(
    `case 5: login + shell JS (gzip KB): ${js.sizes.map((s) => `${s.file} ${s.gzipKb}`).join(', ')}`,
  );
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
