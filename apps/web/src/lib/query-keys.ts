/**
 * The root of each resource's query keys. A feature's key factory starts from its root; another
 * feature that must refresh it (a saved mapping changes the checklist and the export previews)
 * invalidates the root, without importing that feature.
 */
export const queryRoots = {
  departments: ['departments'],
  setupStatus: ['setup-status'],
  export: ['export'],
} as const;
