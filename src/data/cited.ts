import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourcesCitedIn } from './method-sources';

/** The numbers of the sources the estimator's content files cite (read at build, from the project's root). */
export const sourcesCitedInFiles = (...names: string[]): number[] =>
  sourcesCitedIn(
    ...names.map((name) =>
      readFileSync(join(process.cwd(), 'src/content/tools/fake-follower-estimator', name), 'utf8'),
    ),
  );
