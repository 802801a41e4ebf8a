// What a 台账 import reads at most: checked by the readers before and while reading, so a hostile file is refused early.

export interface LedgerLimits {
  /** The file itself (an .xlsx as uploaded, or a .csv). */
  maxBytes: number;
  /** The parts of an .xlsx that are read (the ledger sheet, its shared strings, styles, workbook), once inflated: as declared in the zip directory and as actually inflated. */
  maxUnzippedBytes: number;
  /** Data rows (a sheet or a CSV is not read past them). */
  maxRows: number;
  /** Columns read from each row; those further right are ignored. */
  maxColumns: number;
  /** Characters kept of one cell. */
  maxCellChars: number;
  /** Distinct texts of an .xlsx (its shared strings). */
  maxSharedStrings: number;
}

/** A ledger of 200,000 rows of a dozen columns is about 100 MB of sheet XML as kexie writes it, 60 MB as Excel does. */
export const LEDGER_LIMITS: LedgerLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 64,
  maxCellChars: 2_000,
  maxSharedStrings: 2_000_000,
};

/** "50 MB" */
export const megabytes = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

/** The limits in one Chinese sentence, for refusals and help. */
export function describeLedgerLimits(limits: LedgerLimits = LEDGER_LIMITS): string {
  return `台账导入上限：文件 ${megabytes(limits.maxBytes)}，.xlsx 解压后 ${megabytes(limits.maxUnzippedBytes)}，${limits.maxRows.toLocaleString('en')} 行，每行前 ${limits.maxColumns} 列。`;
}
