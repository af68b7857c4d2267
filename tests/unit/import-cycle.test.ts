import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The fixtures are left out of `eslint .` (they are meant to fail); here the project's own config reads them.
const fixture = (name: string) => new URL(`../fixtures/import-cycle/${name}`, import.meta.url).pathname;

describe('the import-cycle rule', () => {
  it('makes `npm run check` fail when two modules import each other', async () => {
    const eslint = new ESLint({ ignore: false });
    const path = fixture('first.ts');
    const [result] = await eslint.lintText(readFileSync(path, 'utf8'), { filePath: path });
    expect(result!.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
  });

  it('passes the site’s own modules, which import one way', async () => {
    const eslint = new ESLint();
    const results = await eslint.lintFiles(['src/lib/history/', 'src/lib/estimator/hand/']);
    const cycles = results.flatMap((result) =>
      result.messages.filter((m) => m.ruleId === 'import-x/no-cycle'),
    );
    expect(cycles).toEqual([]);
  });
});
