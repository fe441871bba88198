import { setupStepNameSchema } from '@qo/contracts';
import { describe, expect, it } from 'vitest';
import { setupStepPath } from '@/config/paths';
import { en, nb } from './index';

describe("the setup checklist's links", () => {
  it('name the page of every step in both languages', () => {
    for (const step of setupStepNameSchema.options) {
      const path = setupStepPath(step);
      expect(Object.keys(nb.setup.pages)).toContain(path);
      expect(Object.keys(en.setup.pages)).toContain(path);
    }
  });
});
