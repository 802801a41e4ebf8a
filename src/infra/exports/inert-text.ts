// Text cells a spreadsheet would run as a formula once the sheet is re-saved as CSV get a leading apostrophe (OWASP, "CSV injection").

/** What starts a formula in Excel, WPS and LibreOffice when a CSV is opened: = + - @, and tab or CR before one. */
const FORMULA_START = /^[=+\-@\t\r]/u;

/** A cell value as written to any export: text that starts like a formula gets a leading ' ; everything else as it is. */
export function inertCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** The text of a cell read back from one of our exports (or a CSV saved from it): that apostrophe taken off again. */
export function liveText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
