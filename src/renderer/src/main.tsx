import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from './api/queryClient';
import { App } from './app/App';
import { DialogProvider } from './app/dialogs';
import { UploadQueueProvider } from './features/evidence/uploadQueueContext';
import { setupI18n } from './i18n';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/sidebar.css';
import './styles/timeline.css';
import './styles/panel.css';
import './styles/feedback.css';
import './styles/evidence.css';
import './styles/evidence-view.css';
import './styles/adding.css';
import './styles/viewer.css';
import './styles/vault.css';
import './styles/conversation.css';
import './styles/guard.css';
import './styles/dossier.css';
import './styles/reminders.css';

setupI18n();
const queryClient = createQueryClient();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <UploadQueueProvider>
        <DialogProvider>
          <App />
        </DialogProvider>
      </UploadQueueProvider>
    </QueryClientProvider>
  </StrictMode>,
);
