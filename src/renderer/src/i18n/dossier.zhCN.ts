/** 简体中文：The complaint dossier: profile, export dialog, verify a dossier (issue 6)。结构与 dossier.en.ts 相同（类型检查）。 */
import type { dossierEn } from './dossier.en';

export const dossierZhCN: typeof dossierEn = {};
