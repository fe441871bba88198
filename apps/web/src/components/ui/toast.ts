import { toast } from 'sonner';

/*
 * Toasts (sonner): a short confirmation after every save, connect, link and transfer start. The
 * toaster itself is mounted by the layout (toaster.tsx); pages call these.
 */
export const notify = {
  success: (message: string, description?: string) => toast.success(message, { description }),
  error: (message: string, description?: string) => toast.error(message, { description }),
  info: (message: string, description?: string) => toast(message, { description }),
};
