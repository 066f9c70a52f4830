import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ImportError, parseTranscript, type ParseOptions, type ParseResult } from '../../../src/main/core/import';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/import');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

export function parseFixture(name: string, options: ParseOptions = {}): Promise<ParseResult> {
  return parseTranscript(fixture(name), name, options);
}

export function parseText(text: string, name = 'chat.txt', options: ParseOptions = {}): Promise<ParseResult> {
  return parseTranscript(new TextEncoder().encode(text), name, options);
}

/** The ImportError a promise rejects with (fails the test when it resolves or throws anything else). */
export async function importError(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected an ImportError, but parsing succeeded');
}

export const codes = (result: ParseResult) => result.warnings.map((w) => w.code);
