import type { SourceRange } from './model';

export const DOCS_URL = 'https://github.com/kubegate/kubegate/blob/main/docs';
export const BASELINE_DOCS = `${DOCS_URL}/baseline.md`;

/** The user's to fix (bad input, rule file, exception): printed with its location, exit code 2. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly range?: Pick<SourceRange, 'startLine' | 'startColumn'>,
    readonly docs?: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }

  /** `file:line:col: message (see docs)`, the form editors and CI logs make clickable. */
  describe(): string {
    const where = this.file ? `${this.file}${this.range ? `:${this.range.startLine}:${this.range.startColumn}` : ''}: ` : '';
    return `${where}${this.message}${this.docs ? ` (see ${this.docs})` : ''}`;
  }
}

/** Several configuration errors found in one pass, so the user fixes them all at once. */
export class ConfigErrors extends ConfigError {
  constructor(readonly errors: ConfigError[]) {
    super(errors.map((e) => e.describe()).join('\n'));
  }
  override describe(): string {
    return this.message;
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof ConfigError) return err.describe();
  if (err instanceof Error) return err.message;
  return String(err);
}

export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}
