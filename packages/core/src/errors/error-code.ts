/** Machine-readable error codes. Callers switch on `error.code`, never on message text. */
export const ErrorCode = {
  InvalidConfig: 'INVALID_CONFIG',
  InvalidInput: 'INVALID_INPUT',
  InvalidModel: 'INVALID_MODEL',
  Blocked: 'BLOCKED',
} as const;

/** One of {@link ErrorCode}'s values. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
