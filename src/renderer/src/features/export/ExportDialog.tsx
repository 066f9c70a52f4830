import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '@renderer/app/useAppInfo';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { ProfileDialog } from '@renderer/features/profile/ProfileDialog';
import { useTicket } from '@renderer/features/tickets/queries';
import { CompletenessHint } from './CompletenessHint';
import { loadChoice, saveChoice, startInput, type ExportChoice, type PortalProblem } from './exportChoice';
import { ExportFailure } from './ExportFailure';
import { ExportOptionsForm } from './ExportOptionsForm';
import { ExportProgress } from './ExportProgress';
import { ExportResultView } from './ExportResultView';
import { useCancelJob, useJob } from '@renderer/features/jobs/queries';
import { useDeliverExport, useStartExport } from './queries';

interface ExportDialogProps {
  ticketId: number;
  onClose: () => void;
  /** The platform's details, where the respondent's facts are filled in. */
  onOpenPlatform: (platformId: number) => void;
}

/**
 * The dossier export: options → progress with Cancel → where the file went and what it holds. The export
 * runs as a core job (export.start, polled with jobs.get) writing to a temporary file, so cancelling or
 * closing leaves nothing behind; the finished file is then downloaded (browser) or saved where the user
 * chooses (desktop).
 */
export function ExportDialog({ ticketId, onClose, onOpenPlatform }: ExportDialogProps) {
  const { t } = useTranslation();
  const ticket = useTicket(ticketId);
  const desktop = useAppInfo().data?.shell === 'desktop';
  const [choice, setChoice] = useState<ExportChoice>(loadChoice);
  const [portalProblem, setPortalProblem] = useState<PortalProblem | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [profileOpen, setProfileOpen] = useState(false);
  const start = useStartExport();
  const job = useJob(jobId);
  const cancel = useCancelJob();
  const deliver = useDeliverExport(desktop);
  const state = job.data?.state ?? null;

  // Hand the file over once, as soon as the job is done; "download again" is the user's own click.
  const deliverFile = deliver.mutate;
  const delivered = useRef<string | null>(null);
  useEffect(() => {
    if (state !== 'done' || jobId === null || delivered.current === jobId) return;
    delivered.current = jobId;
    deliverFile(jobId);
  }, [state, jobId, deliverFile]);

  const running = jobId !== null && (state === 'running' || (state === null && !job.isError));

  const close = () => {
    // The export exists to produce a file the user will get; closing mid-way means "stop".
    if (running && jobId !== null) cancel.mutate(jobId);
    onClose();
  };

  const change = (patch: Partial<ExportChoice>) => {
    setChoice((current) => ({ ...current, ...patch }));
    setPortalProblem(null);
  };

  const startExport = () => {
    const input = startInput(ticketId, choice);
    if ('problem' in input) {
      setPortalProblem(input.problem);
      return;
    }
    saveChoice(choice);
    start.mutate(input, { onSuccess: ({ jobId: id }) => setJobId(id) });
  };

  const again = () => {
    setJobId(null);
    start.reset();
    cancel.reset();
    deliver.reset();
  };

  let body;
  if (!ticket.data) {
    body = ticket.isError ? <ErrorMessage error={ticket.error} /> : <p className="muted">{t('common.loading')}</p>;
  } else if (jobId === null) {
    body = (
      <>
        <p className="export-dialog__intro">{t('dossierExport.intro')}</p>
        <CompletenessHint
          ticket={ticket.data}
          onFillProfile={() => setProfileOpen(true)}
          onOpenPlatform={() => onOpenPlatform(ticket.data.platformId)}
        />
        <ExportOptionsForm
          choice={choice}
          portalProblem={portalProblem}
          onChange={change}
          onStart={startExport}
          onCancel={close}
          starting={start.isPending}
        >
          <ErrorMessage error={start.error} fieldLabels={{ portal: t('dossierExport.portal.limits') }} />
        </ExportOptionsForm>
      </>
    );
  } else if (running) {
    body = <ExportProgress job={job.data ?? null} cancelling={cancel.isPending} onCancel={() => cancel.mutate(jobId)} />;
  } else if (state === 'done' && job.data?.exportResult) {
    body = (
      <ExportResultView
        result={job.data.exportResult}
        delivery={deliver.data ?? null}
        delivering={deliver.isPending}
        deliveryError={deliver.error}
        desktop={desktop}
        onDeliverAgain={() => deliverFile(jobId)}
      />
    );
  } else if (state === 'cancelled') {
    body = (
      <p className="export-dialog__cancelled" role="status">
        <Icon name="x" /> {t('dossierExport.cancelled')}
      </p>
    );
  } else {
    body = <ExportFailure job={job.data ?? null} error={job.error} />;
  }

  const finished = jobId !== null && !running;

  return (
    <>
      <Dialog title={t('dossierExport.title')} onClose={close} size="wide">
        <div className="export-dialog">
          {body}
          {finished ? (
            <>
              <ErrorMessage error={cancel.error} />
              <div className="form__actions">
                <button type="button" className="button" onClick={again}>
                  {t('dossierExport.again')}
                </button>
                <button type="button" className="button button--primary" onClick={close} data-autofocus>
                  {t('common.close')}
                </button>
              </div>
            </>
          ) : null}
        </div>
      </Dialog>
      {/* A sibling, not a child: a <dialog> inside another would pass its Escape (cancel event) up to the export. */}
      {profileOpen ? <ProfileDialog onClose={() => setProfileOpen(false)} onSaved={() => setProfileOpen(false)} /> : null}
    </>
  );
}
