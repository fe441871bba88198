export interface SeedDepartment {
  code: string;
  name: string;
  isActive: boolean;
}

export const demoRestaurantDepartments: readonly SeedDepartment[] = [
  { code: '1', name: 'Sentrum', isActive: true },
  { code: '2', name: 'Grünerløkka', isActive: true },
  { code: '3', name: 'Aker Brygge', isActive: true },
  { code: '4', name: 'Majorstuen', isActive: true },
  { code: '9', name: 'Catering (nedlagt)', isActive: false },
];

export const fjordkafeDepartments: readonly SeedDepartment[] = [
  { code: '10', name: 'Bryggen', isActive: true },
  { code: '20', name: 'Flåm', isActive: true },
];

export const mangelfullDepartments: readonly SeedDepartment[] = [
  { code: '1', name: 'Hovedkontor', isActive: true },
];
