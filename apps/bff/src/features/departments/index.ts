import type { FastifyPluginAsync } from 'fastify';
import createDepartmentRoute from './create-department';
import listDepartmentsRoute from './list-departments';
import updateDepartmentRoute from './update-department';

/** POS departments (avdelinger): `/api/departments`. */
const departmentsFeature: FastifyPluginAsync = async (app) => {
  await app.register(listDepartmentsRoute);
  await app.register(createDepartmentRoute);
  await app.register(updateDepartmentRoute);
};

export default departmentsFeature;
