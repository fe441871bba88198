export { DepartmentsTable } from './components/departments-table';
