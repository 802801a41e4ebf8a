import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { askOn } from '../support/ask-question.js';
const state = JSON.parse(readFileSync('/work/wt/c18/test/fixtures/chat/blind/question-state.json', 'utf8'));
const reply = askOn(state);
const qs = JSON.parse(process.env.QS ?? '[]') as [string, string, string][];
it('ask', async () => { for (const [today, user, text] of qs) console.log(text, '=>', await reply({ today, user, text })); }, 120000);
