import type { Source } from '../lib/guides/schema';

/** The published work the estimator's method rests on, cited on its page as [1], [2], [3] in this order. */
export const METHOD_SOURCES: readonly Source[] = [
  {
    title: 'Fame for sale: efficient detection of fake Twitter followers',
    publisher: 'Decision Support Systems 80 (Elsevier)',
    year: 2015,
    url: 'https://doi.org/10.1016/j.dss.2015.09.003',
  },
  {
    title: 'Determining Sample Size (PEOD6), after Cochran’s formula with the finite population correction',
    publisher: 'University of Florida IFAS Extension',
    year: 1992,
    url: 'https://edis.ifas.ufl.edu/publication/PD006',
  },
  {
    title: 'Probable Inference, the Law of Succession, and Statistical Inference',
    publisher: 'Journal of the American Statistical Association 22 (158)',
    year: 1927,
    url: 'https://www.jstor.org/stable/2276774',
  },
];
