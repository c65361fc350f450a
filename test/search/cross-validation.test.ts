import { fitCoordinates, leaveOneOut, meanOf, objective, type DomainScore } from '../../eval/search/cross-validation';
import { domainOf } from '../../eval/search/prepared-sets';

const score = (recallAt10: number, mrr: number): DomainScore => ({ queries: 10, recallAt10, mrr, meanHitSeconds: 30 });

describe('leave one domain out', () => {
  test('one fold per domain, trained on the others, from set names', () => {
    const domains = ['qmsum-product-es2002a', 'qmsum-committee-covid-0', 'qmsum-academic-bdb001', 'qmsum-product-is1001a'].map(domainOf);
    expect(leaveOneOut(domains)).toEqual([
      { test: 'qmsum-academic', train: ['qmsum-committee', 'qmsum-product'] },
      { test: 'qmsum-committee', train: ['qmsum-academic', 'qmsum-product'] },
      { test: 'qmsum-product', train: ['qmsum-academic', 'qmsum-committee'] },
    ]);
  });

  test('domains weigh the same in a mean, whatever their number of queries', () => {
    const scores = new Map([
      ['a', { ...score(1, 1), queries: 1000 }],
      ['b', score(0, 0.5)],
    ]);
    expect(meanOf(scores, ['a', 'b'])).toEqual({ recallAt10: 0.5, mrr: 0.75 });
  });

  test('recall below the baseline loses to any recall at it, whatever the MRR', () => {
    expect(objective({ recallAt10: 0.89, mrr: 0.9 }, { recallAt10: 0.9 })[0]).toBe(0);
    expect(objective({ recallAt10: 0.9, mrr: 0.1 }, { recallAt10: 0.9 })[0]).toBe(1);
  });
});

describe('coordinate search', () => {
  // A made-up response: MRR peaks at x = 2 on domain "train" and at x = 0 on "test"; y does nothing.
  const evaluate = (c: { x: number; y: number }) =>
    new Map([
      ['train', score(0.9, 1 - Math.abs(c.x - 2) / 10)],
      ['test', score(0.9, 1 - c.x / 10)],
    ]);

  test('fits on the training domains only, and leaves a constant that does nothing where it was', () => {
    const { fitted, trainScore } = fitCoordinates({ x: 0, y: 5 }, { x: [0, 1, 2, 3], y: [1, 5, 9] }, evaluate, ['train'], { recallAt10: 0.5 });
    expect(fitted).toEqual({ x: 2, y: 5 });
    expect(trainScore.mrr).toBe(1);
  });

  test('a value that drops recall below the baseline is not taken for a better MRR', () => {
    const capped = (c: { x: number }) => new Map([['train', score(c.x > 1 ? 0.5 : 0.9, c.x / 10)]]);
    expect(fitCoordinates({ x: 0 }, { x: [0, 1, 2, 3] }, capped, ['train'], { recallAt10: 0.8 }).fitted).toEqual({ x: 1 });
  });
});
