import { describe, expect, it } from 'vitest';
import { moduleLabels } from '../../shared/module-codes';

describe('moduleLabels', () => {
  const { codes, legend } = moduleLabels([{ id: 'law' }, { id: 'migration' }, { id: 'rights' }]);

  it('names modules M1.. in the curriculum order, whatever order the ids come in', () => {
    expect(codes(['rights', 'law'])).toBe('M1, M3');
    expect(codes([])).toBe('');
  });

  it('leaves out a module no longer in the curriculum instead of inventing a label', () => {
    expect(codes(['gone', 'migration'])).toBe('M2');
  });

  it('gives the legend in order', () => {
    expect(legend).toEqual([
      { code: 'M1', id: 'law' },
      { code: 'M2', id: 'migration' },
      { code: 'M3', id: 'rights' },
    ]);
  });
});
