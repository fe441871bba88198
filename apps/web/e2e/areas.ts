/*
 * Each area's specs change company-wide state (connections, mappings, links), so each area gets
 * its own BFF with its own fresh database. They share one PowerOffice simulator, as departments of
 * different restaurants share PowerOffice. The BFFs listen on different loopback addresses, so their
 * session cookies (scoped by host, not port) never mix in the browser.
 */
export const AREAS = [
  'shell',
  'integrations',
  'mappings',
  'export',
  'customers',
  'sweep',
  'overview',
  'alerts',
  'reconciliation',
] as const;
export type Area = (typeof AREAS)[number];

/** `E2E_AREAS=sweep` starts and tests only the named areas (comma-separated), e.g. for the screenshots. */
export const ACTIVE_AREAS: readonly Area[] = process.env.E2E_AREAS
  ? AREAS.filter((a) => process.env.E2E_AREAS!.split(',').includes(a))
  : AREAS;

export const BFF_PORT = Number(process.env.E2E_BFF_PORT ?? 3100);
export const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 4110);
export const SIM_URL = `http://127.0.0.1:${SIM_PORT}`;

export const areaHost = (area: Area) => `127.0.0.${AREAS.indexOf(area) + 1}`;
export const areaURL = (area: Area) => `http://${areaHost(area)}:${BFF_PORT}`;

/** Which spec files run against which area's BFF. */
export const AREA_SPECS: Record<Area, RegExp> = {
  shell: /(navigation|language|login)\.spec\.ts/,
  integrations: /integrations\.spec\.ts/,
  mappings: /mappings\.spec\.ts/,
  export: /export\.spec\.ts/,
  customers: /customers\.spec\.ts/,
  sweep: /sweep\.spec\.ts/,
  overview: /overview\.spec\.ts/,
  alerts: /alerts\.spec\.ts/,
  reconciliation: /reconciliation\.spec\.ts/,
};
