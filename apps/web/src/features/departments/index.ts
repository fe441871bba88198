export { departmentKeys } from './api/department-keys';
export { departmentsQueryOptions, getDepartments, useDepartments } from './api/get-departments';
export { DepartmentsTable } from './components/departments-table';
