import { score } from './eval/score-plans.js';
const r = await score();
console.log(r.report);
