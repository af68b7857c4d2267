const LF = 10;
const CR = 13;

/**
 * How many line breaks the cells of one record hold (only quoted fields can hold them), so the caller can
 * keep the 1-based source line of each record: the next record starts that many lines plus one further on.
 * "\r\n" counts once; a lone "\r" or "\n" counts once.
 */
export function lineBreaksIn(cells: readonly string[]): number {
  let breaks = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]!;
    // Fast path: almost no cell holds a line break, and indexOf is native.
    if (cell.indexOf('\n') === -1 && cell.indexOf('\r') === -1) continue;
    for (let i = 0; i < cell.length; i++) {
      const code = cell.charCodeAt(i);
      if (code === LF || (code === CR && cell.charCodeAt(i + 1) !== LF)) breaks++;
    }
  }
  return breaks;
}
