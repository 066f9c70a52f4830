/**
 * The method names and how their bytes travel, without zod: the preload bundles only this file.
 * `satisfies` keeps it identical to the contract: a method added there and not here fails to compile.
 */
import type { KindOf, MethodName } from './contract';

export const METHOD_KINDS = {
  'app.info': 'json',
  'platforms.create': 'json',
  'platforms.list': 'json',
  'platforms.get': 'json',
  'platforms.update': 'json',
  'channels.add': 'json',
  'tickets.create': 'json',
  'tickets.get': 'json',
  'tickets.list': 'json',
  'tickets.update': 'json',
  'transactions.add': 'json',
  'log.add': 'json',
  'log.list': 'json',
  'log.edit': 'json',
  'log.history': 'json',
  'evidence.upload': 'upload',
  'evidence.list': 'json',
  'evidence.get': 'json',
  'evidence.update': 'json',
  'evidence.delete': 'json',
  'evidence.custody': 'json',
  'evidence.content': 'download',
  'evidence.thumbnail': 'download',
  'evidence.pick': 'json',
  'evidence.openExternal': 'json',
  'capture.sources': 'json',
  'capture.take': 'json',
  'vault.check': 'json',
  'vault.removeOrphans': 'json',
  'jobs.get': 'json',
  'jobs.cancel': 'json',
  'settings.get': 'json',
  'settings.update': 'json',
  'export.zip': 'download',
  'import.transcript': 'upload',
  search: 'json',
  'tickets.metrics': 'json',
  'platforms.metrics': 'json',
  'guard.checkContact': 'json',
  'guard.scan': 'json',
  'audit.list': 'json',
} as const satisfies { [K in MethodName]: KindOf<K> };

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
/** Compile-time proof that no contract method is missing above. */
export const methodsMatchContract: Exact<keyof typeof METHOD_KINDS, MethodName> = true;

/** The single IPC channel every call travels on. */
export const IPC_CHANNEL = 'casefile:api';
