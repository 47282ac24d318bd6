import { describe, expect, it } from 'vitest';
import { parseInbound, publicState, PROTOCOL, PROTOCOL_VERSION } from '../../../src/lib/embed/protocol.ts';
import { EMPTY_FILTERS } from '../../../src/lib/domain/filters.ts';

const envelope = { protocol: PROTOCOL, version: PROTOCOL_VERSION };

describe('the status filter in the embed protocol', () => {
  it('takes known statuses, in vocabulary order, "none" among them', () => {
    expect(
      parseInbound({ ...envelope, type: 'setFilter', filters: { statuses: ['completed', 'none'] } }),
    ).toEqual({
      type: 'setFilter',
      filters: { statuses: ['none', 'completed'] },
    });
  });

  it.each([[['finished']], [['completed', 'finished']], ['completed'], [[1]]])(
    'refuses the whole message for statuses %j',
    (statuses) => {
      expect(parseInbound({ ...envelope, type: 'setFilter', filters: { statuses } })).toBeNull();
    },
  );

  it('reports the chosen statuses in the public state', () => {
    const state = publicState('zh', { ...EMPTY_FILTERS, statuses: ['under_construction'] }, null);
    expect(state.statuses).toEqual(['under_construction']);
    expect(state.view).toBe('browse');
    expect(publicState('zh', EMPTY_FILTERS, null, 'promises').view).toBe('promises');
  });
});
