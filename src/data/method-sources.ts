import type { Source } from '../lib/guides/schema';

/** The published work the estimator's method rests on, cited on its page as [1], [2], ... in this order. */
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
  {
    title: 'Instagram Fake and Automated Account Detection (the InstaFake data set)',
    publisher: 'Innovations in Intelligent Systems and Applications Conference (ASYU), IEEE',
    year: 2019,
    url: 'https://arxiv.org/abs/1910.03090',
  },
  {
    title: 'Estimating prevalence from the results of a screening test',
    publisher: 'American Journal of Epidemiology 107 (1)',
    year: 1978,
    url: 'https://pubmed.ncbi.nlm.nih.gov/623091/',
  },
  {
    title: 'A double sampling scheme for estimating from binomial data with misclassifications',
    publisher: 'Journal of the American Statistical Association 65 (331)',
    year: 1970,
    url: 'https://doi.org/10.1080/01621459.1970.10481170',
  },
  {
    title: 'The paradigm-shift of social spambots: evidence, theories, and tools for the arms race',
    publisher: 'WWW ’17 Companion, International World Wide Web Conference',
    year: 2017,
    url: 'https://arxiv.org/abs/1701.03017',
  },
];
