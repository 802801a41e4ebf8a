// Conversation memory held in this process, for the console session and for tests: capped, least recently used dropped.
import type { ConversationMemory } from '../ports.js';

/** At most `max` conversations; the one used least recently goes first. Cost per call does not grow with history. */
export function createMemoryConversations(max = 2000): ConversationMemory {
  const map = new Map<string, unknown>();
  const id = (workspace: string, key: string): string => `${workspace}\u0000${key}`;
  return {
    async read(workspace, key) {
      const k = id(workspace, key);
      const found = map.get(k);
      if (found !== undefined) {
        map.delete(k);
        map.set(k, found);
      }
      return found === undefined ? undefined : structuredClone(found);
    },
    async write(workspace, key, state) {
      const k = id(workspace, key);
      map.delete(k);
      if (state === undefined) return;
      map.set(k, structuredClone(state));
      while (map.size > max) map.delete(map.keys().next().value as string);
    },
  };
}
