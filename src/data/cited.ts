import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceNumbers, sourcesCitedIn } from './method-sources';

/**
 * The numbers of the sources the estimator's content files cite (read at build, from the project's root), with
 * any a page's components cite besides (`also`).
 */
export const sourcesCitedInFiles = (names: string[], also: readonly number[] = []): number[] =>
  sourceNumbers(
    sourcesCitedIn(
      ...names.map((name) =>
        readFileSync(join(process.cwd(), 'src/content/tools/fake-follower-estimator', name), 'utf8'),
      ),
    ),
    also,
  );
