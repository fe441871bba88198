export { authKeys } from './api/auth-keys';
export { meQueryOptions, useMe } from './api/get-me';
export { useLogout } from './api/logout';
export { LoginForm } from './components/login-form';
