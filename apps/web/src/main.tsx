import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app';
import { i18nReady } from '@/lib/i18n';
import '@/styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

// In the language chosen last time: English words are fetched first (src/lib/i18n.ts).
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
