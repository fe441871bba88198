/* The English words of the shell, in one chunk that src/lib/i18n.ts loads when English is chosen. */
export { en as appEn } from '@/locales/en';
export { errorMessagesEn } from './error-locales-en';
