import 'i18next';
import type { Messages } from './en';

/** Typed keys: `t('status.open')` compiles, a typo does not. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
