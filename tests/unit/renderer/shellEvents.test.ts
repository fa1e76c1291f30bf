import { describe, expect, it } from 'vitest';
import { splitEvents } from '../../../renderer/src/api/shellEvents';

describe('reading Server-Sent Events from a stream in pieces', () => {
  it('gives each complete event once, keeps a half-arrived one for the next piece, skips comments', () => {
    const stream = ': open\n\ndata: {"kind":"sync"}\n\ndata: {"kind":"cap';
    const first = splitEvents(stream);
    expect(first.payloads).toEqual(['{"kind":"sync"}']);
    const second = splitEvents(first.rest + 'ture"}\r\n\r\ndata: a\ndata: b\n\n');
    expect(second.payloads).toEqual(['{"kind":"capture"}', 'a\nb']);
    expect(second.rest).toBe('');
  });
});
