import { describe, expect, it } from 'vitest';
import { messages } from '../../src/lib/i18n/messages.ts';

describe('messages', () => {
  it('exist in both languages, key for key', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.zh).sort());
  });

  it('are never empty, and the Chinese ones are in Chinese', () => {
    for (const [key, text] of Object.entries(messages.zh)) {
      expect(text.trim(), key).not.toBe('');
      if (key !== 'switchLanguage') expect(text, key).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const [key, text] of Object.entries(messages.en)) expect(text.trim(), key).not.toBe('');
  });
});
