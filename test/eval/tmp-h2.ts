import { scoreBlindSet } from './score-reports.js';
for (const n of ['holdout2-scored/reports-ka.jsonl','holdout2-scored/reports-kb.jsonl']) { const r = await scoreBlindSet(n); console.log(r.report); }
