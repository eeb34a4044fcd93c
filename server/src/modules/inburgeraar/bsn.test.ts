import { describe, expect, it } from 'vitest';
import { isGeldigeBsn, normaliseerBsn } from './bsn.js';

describe('elfproef', () => {
  it('accepts a BSN whose weighted sum is divisible by 11', () => {
    // 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3 − 1·3 = 66 → divisible by 11
    expect(isGeldigeBsn('111222333')).toBe(true);
    expect(isGeldigeBsn('123456782')).toBe(true);
  });

  it('rejects a BSN with one digit changed', () => {
    expect(isGeldigeBsn('111222334')).toBe(false);
    expect(isGeldigeBsn('123456781')).toBe(false);
  });

  it('rejects all zeros, letters and wrong lengths', () => {
    expect(isGeldigeBsn('000000000')).toBe(false);
    expect(isGeldigeBsn('12345678a')).toBe(false);
    expect(isGeldigeBsn('1234567820')).toBe(false);
  });

  it('normalises an 8-digit BSN by its missing leading zero', () => {
    expect(normaliseerBsn('12345672')).toBe('012345672');
    expect(normaliseerBsn(' 123456782 ')).toBe('123456782');
    expect(normaliseerBsn('12345')).toBeUndefined();
  });
});
