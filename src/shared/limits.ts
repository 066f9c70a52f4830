/**
 * Input limits, shared by the API contract (zod), the HTTP adapter and the UI (maxLength on fields).
 * Documented in docs/api.md; change both together.
 */
export const LIMITS = {
  /** Names, titles, agent names, assets, networks, reference numbers. */
  shortText: 200,
  /** URLs, e-mail addresses, phone numbers, wallet addresses, txids. */
  address: 512,
  /** Ticket summary, desired outcome, platform notes, evidence descriptions. */
  longText: 20_000,
  /** One conversation entry: long pasted messages and e-mails fit. */
  entryText: 100_000,
  /** Items in a list field (official domains, platform reference numbers). */
  listItems: 50,
  /** Largest JSON request body the HTTP adapter reads. */
  jsonBodyBytes: 1_000_000,
  /** Largest evidence file accepted (per file). */
  evidenceBytes: 4 * 1024 * 1024 * 1024,
  /** Longest original file name kept for an evidence item (characters). */
  fileName: 255,
} as const;
