import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { FullConfig } from '@playwright/test';

/**
 * Chromium comes from Debian, not from Playwright's download: CI starts from a clean Debian image,
 * so install it when it is missing. Needs root (as in CI) or passwordless sudo.
 */
export default function globalSetup(config: FullConfig) {
  const executablePath = config.projects[0]?.use.launchOptions?.executablePath ?? '/usr/bin/chromium';
  if (existsSync(executablePath)) return;
  console.log(`Chromium not found at ${executablePath}; installing Debian's chromium package …`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  execSync(`${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends chromium`, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(executablePath))
    throw new Error(`Installed chromium, but ${executablePath} is still missing`);
}
