// A news paragraph that opens with a day and tells what will happen on it, however long its subject
// ("6月3日，2025年某市全国科技活动周启动仪式将在市科技馆广场举行"): a task of that day, not a news lead of what was
// done (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { isTaskParagraph } from '../../src/core/plans/task-sentences.js';

describe('a day-led paragraph of what will happen', () => {
  it('is a task with a long subject before 将', () => {
    expect(isTaskParagraph('6月3日，2025年某市全国科技活动周启动仪式将在市科技馆广场举行。据悉，这是启动仪式首次在科技馆举行。')).toBe(true);
  });
  it('stays news when it tells what was done', () => {
    expect(isTaskParagraph('6月3日，2025年某市全国科技活动周启动仪式在市科技馆广场举行。')).toBe(false);
  });
});
