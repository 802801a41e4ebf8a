import { QUESTION_SETS, scoreSet } from './test/eval/score-questions.ts';
for (const s of QUESTION_SETS) {
  const r = await scoreSet(s.questions, s.state, s.key);
  console.log(r?.report);
}
