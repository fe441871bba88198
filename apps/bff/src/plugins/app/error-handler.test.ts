import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error';
import errorHandlerPlugin from './error-handler';

async function appThrowing(error: Error) {
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(errorHandlerPlugin, { spaIndex: false });
  app.get('/boom', async () => {
    throw error;
  });
  return app;
}

describe('error handler', () => {
  it('masks unexpected errors as a 500 problem without their message', async () => {
    const app = await appThrowing(new Error('connect ECONNREFUSED postgres://qo:hunter2@db'));
    const res = await app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toEqual({
      type: 'urn:quickorder:problem:internal',
      title: 'Intern feil',
      status: 500,
      code: 'internal',
    });
    expect(res.body).not.toContain('hunter2');
    await app.close();
  });

  it('sends AppError codes with their status, detail, field errors and headers', async () => {
    const app = await appThrowing(
      new AppError('business_rule', 'Kreditt kan ikke overføres', {
        errors: [{ path: 'transferToAccounting', message: 'Slå av' }],
        headers: { 'x-hint': 'guard' },
      }),
    );
    const res = await app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(422);
    expect(res.headers['x-hint']).toBe('guard');
    expect(res.json()).toMatchObject({
      status: 422,
      code: 'business_rule',
      detail: 'Kreditt kan ikke overføres',
      errors: [{ path: 'transferToAccounting', message: 'Slå av' }],
    });
    await app.close();
  });
});
