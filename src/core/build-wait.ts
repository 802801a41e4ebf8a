// What a user is told at once when the records a request needs are still being filed (a copied folder's snapshot
// built from the start); the answer follows when they are ready (src/adapters/slack/deliver-reply.ts).

/** How far the filing has got: a share of the records, 0–100. */
export interface BuildProgress {
  percent: number;
}

/** "正在整理记录（约40%），整理完会接着回答。这条消息已收到，不用重发。" */
export function describeBuildWait(progress: BuildProgress): string {
  const share = progress.percent >= 1 ? `约${Math.min(99, Math.floor(progress.percent))}%` : '刚开始';
  return `正在整理记录（${share}），整理完会接着回答。这条消息已收到，不用重发。`;
}
