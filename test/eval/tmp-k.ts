import { scoreBlindSet } from './score-reports.js';
for (const n of process.argv.slice(2)) { const r = await scoreBlindSet(n); console.log(n, r.report.split('\n').filter(l=>/^\S+-\S+ /.test(l)).map(l=>l.slice(0,300)).join('\n')); }
