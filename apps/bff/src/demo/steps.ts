import { seedDemoSales } from './generator-seed';
import type { DemoSeedStep } from './types';

/**
 * Demo seed steps that run after the foundation (company, users, departments, mappings,
 * customers). Append one line per step; each gets the ids the foundation created.
 */
export const demoSteps: DemoSeedStep[] = [seedDemoSales];
