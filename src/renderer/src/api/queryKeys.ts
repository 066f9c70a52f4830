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
  /** Follow-up (issue 5). Clocks and the dashboard move with reminders, so reminder changes refresh all three. */
  clocks: ['clocks'] as const,
  ticketClocks: (ticketId: number) => ['clocks', ticketId] as const,
  dashboardActions: ['dashboard-actions'] as const,
  reminders: ['reminders'] as const,
  ticketReminders: (ticketId: number) => ['reminders', 'ticket', ticketId] as const,
  dueReminders: ['reminders', 'due'] as const,
  rating: (ticketId: number) => ['rating', ticketId] as const,
  // Escalation ladder, playbook, letters, venues (issue 5).
  escalations: (ticketId: number) => ['escalations', ticketId] as const,
  playbook: (ticketId: number) => ['playbook', ticketId] as const,
  letterTemplates: ['letter-templates'] as const,
  /** A rendered letter follows the ticket's facts and the template: both prefixes are invalidated on change. */
  letter: (ticketId: number, templateId: string, venueId: string | null) => ['letter', ticketId, templateId, venueId] as const,
  venues: (platformId: number | null, country: string | null) => ['venues', platformId, country] as const,
  profile: ['profile'] as const,
};
