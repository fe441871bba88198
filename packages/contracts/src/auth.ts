import { z } from 'zod';

export const roleSchema = z.enum(['owner', 'accountant', 'staff']);
export type Role = z.infer<typeof roleSchema>;

export const loginBodySchema = z.object({
  email: z.email({ error: 'Oppgi en gyldig e-postadresse' }).max(254),
  password: z.string().min(1, { error: 'Oppgi passord' }).max(200),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  companyId: z.string(),
  /** The company's name, for the header; sent by login and /api/me. */
  companyName: z.string().optional(),
});
export type User = z.infer<typeof userSchema>;

export const meResponseSchema = z.object({ user: userSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;

/** Name of the header that carries the CSRF token on state-changing browser calls. */
export const CSRF_HEADER = 'x-csrf-token';
/** Name of the readable cookie holding the CSRF token (double-submit). */
export const CSRF_COOKIE = 'qo_csrf';

/** Shortest password accepted when a password is set or changed. */
export const MIN_PASSWORD_LENGTH = 10;

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, { error: 'Oppgi nåværende passord' }).max(200),
  newPassword: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `Det nye passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn` })
    .max(200, { error: 'Det nye passordet kan ha høyst 200 tegn' }),
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;
