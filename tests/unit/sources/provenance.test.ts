// Every figure the site publishes from someone else's work says where it comes from. In the modules that
// hold such figures, each number must sit under a source (a `source` field, or a `// source:` comment naming
// the publisher and the year, and for a paper its table or page), or be marked as our own choice (`own:`,
// "our own", "assumption"). A new number with neither fails here, as does a citation without a year.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_SOURCES } from '../../../src/data/draft-sources';
import { METHOD_SOURCES } from '../../../src/data/method-sources';
import { BENCHMARKS } from '../../../src/lib/estimator/quick/benchmarks';
import { sourceSchema } from '../../../src/lib/guides/schema';
import { SIGNS } from '../../../src/lib/estimator/profile/signs';

/** Modules whose numbers come from publications, or sit beside them as our own stated choices. */
const FIGURE_MODULES = [
  'src/lib/estimator/quick/benchmarks.ts',
  'src/lib/draft/platforms.ts',
  'src/lib/text/tame.ts',
  'src/lib/estimator/hand/spot-check.ts',
  'src/lib/estimator/hand/owner.ts',
  'src/lib/estimator/hand/audit-check.ts',
  'src/lib/estimator/calibration/fit.ts',
  'src/lib/estimator/calibration/select.ts',
  'src/lib/estimator/profile/signs.ts',
  'src/lib/stats/bursts.ts',
];
const NUMBER = /(?<![\w.'"`-])-?\d[\d_]*(?:\.\d+)?(?![\w'"`])/g;

function codeOf(line: string): string {
  // Drop comments and string contents: only numbers in code are figures.
  return line
    .replace(/\/\/.*$/, '')
    .replace(/^\s*\*.*$/, '')
    .replace(/^\s*\/\*.*$/, '')
    .replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '""');
}

const isComment = (line: string) => /^\s*(\/\/|\/\*|\*)/.test(line);
const PROVENANCE = /source:|own:|our own|assumption/i;

function numbersIn(line: string): string[] {
  return [...codeOf(line).matchAll(NUMBER)]
    .map((match) => match[0])
    .filter((n) => !['0', '1', '-1'].includes(n));
}

/** A line of data: a constant, an object property, or a value on a line of its own. Code is not a figure. */
const isData = (line: string) =>
  (/^\s*(export\s+)?const\s+[A-Z][A-Z0-9_]*\s*(:[^=]+)?=/.test(line) ||
    /^\s*['"\w]+\s*:\s*[-\d[{]/.test(line) ||
    /^\s*-?[\d.][\d_.]*,?\s*$/.test(line)) &&
  !/^\s*year\s*:/.test(line);

/**
 * A number is covered by a comment on its line, by the comment block just above it (through lines that hold
 * no number of their own), or by a `source` field in the same object.
 */
function covered(lines: readonly string[], index: number): boolean {
  if (/\/\/.*(source:|own:)/i.test(lines[index]!)) return true;
  for (let k = index - 1; k >= Math.max(0, index - 5); k--) {
    const line = lines[k]!;
    if (line.trim() === '') break;
    if (isComment(line)) {
      let top = k;
      while (top > 0 && isComment(lines[top - 1]!)) top--;
      return PROVENANCE.test(lines.slice(top, k + 1).join('\n'));
    }
    if (isData(line) && numbersIn(line).length > 0) break;
  }
  for (const step of [-1, 1]) {
    for (let k = index + step; k >= 0 && k < lines.length && Math.abs(k - index) <= 8; k += step) {
      const line = lines[k]!;
      if (/^\s*source\s*:/.test(line)) return true;
      if (/^\s*\},?\s*$|^\s*\{\s*$/.test(line)) break;
    }
  }
  return false;
}

function uncovered(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, index) =>
    isData(line) && numbersIn(line).length > 0 && !covered(lines, index)
      ? [`${file}:${index + 1}: ${line.trim()}`]
      : [],
  );
}

function sourceComments(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => /(\/\/|\*)\s*source:/i.test(line))
    .map((line) => line.trim());
}

function allModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return allModules(path);
    return path.endsWith('.ts') && !path.endsWith('.generated.ts') ? [path] : [];
  });
}

describe('published figures carry their source', () => {
  it('every number in a figure module sits under a source or is marked as our own choice', () => {
    expect(FIGURE_MODULES.flatMap(uncovered)).toEqual([]);
  });

  it('every source comment names a year, and a paper its table or page', () => {
    const bad = FIGURE_MODULES.flatMap(sourceComments).filter(
      (line) => !/\b(19|20)\d{2}\b/.test(line) || (/et al\./.test(line) && !/Table|p\.\s?\d|page/.test(line)),
    );
    expect(bad).toEqual([]);
  });

  it('a module that cites a publication is one of the figure modules', () => {
    const citing = [...allModules('src/lib'), ...allModules('src/data')].filter((path) =>
      /\/\/\s*source:|\*\s*source:/i.test(readFileSync(path, 'utf8')),
    );
    expect(citing.filter((path) => !FIGURE_MODULES.includes(path))).toEqual([]);
  });

  it('benchmarks, signs and the tool pages’ source lists name publisher, year and address', () => {
    for (const row of BENCHMARKS) expect(sourceSchema.safeParse(row.source).success, row.platform).toBe(true);
    for (const source of [...METHOD_SOURCES, ...DRAFT_SOURCES])
      expect(sourceSchema.parse(source)).toEqual(source);
    for (const sign of SIGNS) {
      expect(sign.source, sign.id).toMatch(/\b(19|20)\d{2}\b|Real Reach/);
      if (sign.source.includes('et al.')) expect(sign.source, sign.id).toMatch(/Table \d+/);
    }
  });
});
