// Byte budgets: compares measured page weights with budgets.json and explains any overrun.

/** Strips the content hash from a built file name, so the same file can be compared across builds. */
export const stableName = (path) => path.replace(/[.-][\w-]{8}(\.\w+)$/, '$1');

/** Every limit a page exceeds, with the files of that kind biggest first and their change since `baseline`. */
export function budgetFailures(budget, weight, baseline = {}) {
  const failures = [];
  const scriptFiles = weight.files.filter((file) => file.kind === 'js').length;
  const measured = { html: weight.html, css: weight.css, js: weight.js, scriptFiles };
  for (const metric of ['html', 'css', 'js', 'scriptFiles']) {
    if (budget[metric] === undefined || measured[metric] <= budget[metric]) continue;
    const kind = metric === 'scriptFiles' ? 'js' : metric;
    const files = weight.files
      .filter((file) => file.kind === kind)
      .sort((a, b) => b.gzip - a.gzip)
      .map((file) => {
        const before = baseline[stableName(file.path)];
        const change =
          before === undefined ? 'new' : `${file.gzip - before >= 0 ? '+' : ''}${file.gzip - before} B`;
        return { path: file.path, gzip: file.gzip, change };
      });
    failures.push({ page: weight.page, metric, measured: measured[metric], budget: budget[metric], files });
  }
  return failures;
}

/** A message naming the page, the limit, and the file that grew the most (or the biggest, with no baseline). */
export function describeFailure(failure) {
  const unit = failure.metric === 'scriptFiles' ? '' : ' B gzip';
  const lines = [
    `${failure.page}: ${failure.metric} is ${failure.measured}${unit}, over its budget of ${failure.budget}${unit}.`,
  ];
  const grown = failure.files
    .filter((file) => file.change !== 'new' && !file.change.startsWith('+0'))
    .sort((a, b) => Number.parseInt(b.change, 10) - Number.parseInt(a.change, 10))[0];
  if (grown && Number.parseInt(grown.change, 10) > 0)
    lines.push(`  grew most: ${grown.path} (${grown.change})`);
  for (const file of failure.files) lines.push(`  ${file.path}: ${file.gzip} B (${file.change})`);
  return lines.join('\n');
}
