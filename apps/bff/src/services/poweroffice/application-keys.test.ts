import {
  SIM_ADDON_APPLICATION_KEYS,
  SIM_MAIN_APPLICATION_KEY,
  SIM_SUBSCRIPTION_KEY,
} from '@qo/poweroffice-sim';
import { slotName } from '@qo/contracts';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config/config';
import { applicationKeyForSlot } from './application-keys';

const base = {
  DATA_DIR: '/nonexistent-but-unused',
  SESSION_SECRET: 'x'.repeat(32),
  SECRETS_KEY: Buffer.alloc(32, 1).toString('base64'),
};

describe('application-key slots', () => {
  it("defaults outside production to the simulator's documented keys, so `npm start` works against it", () => {
    const config = loadConfig({ ...base, NODE_ENV: 'development' });
    expect(config.powerOffice.subscriptionKey).toBe(SIM_SUBSCRIPTION_KEY);
    expect(applicationKeyForSlot(config, 0)).toBe(SIM_MAIN_APPLICATION_KEY);
  });

  it("has the guide's nine add-on keys on slots 1..9", () => {
    const config = loadConfig({ ...base, NODE_ENV: 'test', POWEROFFICE_APPLICATION_KEY: 'main-key' });
    expect(applicationKeyForSlot(config, 0)).toBe('main-key');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((s) => applicationKeyForSlot(config, s))).toEqual([
      ...SIM_ADDON_APPLICATION_KEYS,
    ]);
    expect(slotName(0)).toBe('Quickorder');
    expect(slotName(9)).toBe('QuickOrder Add-on 9');
  });

  it('requires the subscription and main application keys in production', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(ConfigError);
    try {
      loadConfig({ ...base, NODE_ENV: 'production', POWEROFFICE_SUBSCRIPTION_KEY: 's' });
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.key)).toEqual(['POWEROFFICE_APPLICATION_KEY']);
    }
  });

  it('reads previous secrets keys for rotation and refuses malformed ones', () => {
    const old = Buffer.alloc(32, 2).toString('base64');
    expect(
      loadConfig({ ...base, NODE_ENV: 'test', SECRETS_KEY_PREVIOUS: ` ${old} ` }).secretsKeysPrevious,
    ).toEqual([Buffer.alloc(32, 2)]);
    expect(() => loadConfig({ ...base, NODE_ENV: 'test', SECRETS_KEY_PREVIOUS: 'short' })).toThrow(
      /SECRETS_KEY_PREVIOUS/,
    );
  });
});
