import { describe, expect, it } from 'vitest';
import { AppError, ERROR_MESSAGES, type ErrorCode } from '../../src/core/errors.js';

describe('error messages', () => {
  it.each(Object.keys(ERROR_MESSAGES) as ErrorCode[])('%s has a Chinese message that says what to do', (code) => {
    const error = new AppError(code);
    expect(error.userMessage).toMatch(/\p{Script=Han}{4,}/u);
    expect(error.userMessage).toMatch(/请|可以|已|改用/u);
  });
});
