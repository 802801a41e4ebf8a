// The Word summary writer lives with the other files kexie hands upward (infra/exports); kept here for existing imports.
export { summaryToDocx, writeSummaryDocx } from '../exports/summary-docx.js';
