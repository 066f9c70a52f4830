/** Query keys in one place, so a mutation invalidates exactly what it changed. */
export const queryKeys = {
  appInfo: ['app-info'] as const,
  settings: ['settings'] as const,
  platforms: ['platforms'] as const,
  tickets: ['tickets'] as const,
  ticket: (id: number) => ['ticket', id] as const,
  log: (ticketId: number) => ['log', ticketId] as const,
  entryHistory: (entryId: number) => ['log-history', entryId] as const,
  evidence: (ticketId: number) => ['evidence', ticketId] as const,
  /** Evidence bytes never change (the vault names them by SHA-256), so they are cached for good. */
  evidenceContent: (evidenceId: number) => ['evidence-content', evidenceId] as const,
  custody: (evidenceId: number) => ['evidence-custody', evidenceId] as const,
  captureSources: ['capture-sources'] as const,
  job: (jobId: string) => ['job', jobId] as const,
  /** Response figures follow the log: the key carries when the log was last fetched (see useTicketMetrics). */
  ticketMetrics: (ticketId: number) => ['ticket-metrics', ticketId] as const,
  platformMetrics: ['platform-metrics'] as const,
  search: ['search'] as const,
  importPreview: (ticketId: number) => ['import-preview', ticketId] as const,
};
