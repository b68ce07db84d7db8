/**
 * Errors that end a run. Each message is one line a user can act on; none
 * ever contains a secret value. Per-secret problems are not errors but
 * findings (findings.ts).
 */
export class ActionError extends Error {
  override name = 'ActionError'
  /** A stable code listed in docs/errors.md. */
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.code = code
  }
}

/** A bad input, manifest entry or option: names it and the expected form. */
export class InputError extends ActionError {
  override name = 'InputError'
  readonly input: string
  constructor(input: string, message: string, code = 'input-invalid') {
    super(code, message)
    this.input = input
  }
}

/** An AWS call that failed as a whole (not a per-secret result). */
export class AwsCallError extends ActionError {
  override name = 'AwsCallError'
  readonly operation: string
  readonly awsCode: string
  constructor(
    operation: string,
    awsCode: string,
    message: string,
    code = 'aws-call-failed'
  ) {
    super(code, message)
    this.operation = operation
    this.awsCode = awsCode
  }
}

/** The message of anything thrown, on one line. */
export function errorMessage(error: unknown): string {
  const text =
    error instanceof Error
      ? error.message
      : typeof error === 'string'
        ? error
        : 'Unknown error'
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}
