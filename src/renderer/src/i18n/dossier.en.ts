/**
 * English strings: The complaint dossier: profile, export dialog, verify a dossier (issue 6). Spread into en.ts; dossier.zhCN.ts has the same shape (typed).
 * Keep one top-level key per feature so files never collide.
 */
export const dossierEn = {};
