// The LanguageModel port over any OpenAI-compatible chat-completions server (OpenAI, DeepSeek, Qwen, local).
import type OpenAI from 'openai';
import { ModelError } from '../../core/errors.js';
import type { ChatMessage, LanguageModel, Logger } from '../../core/ports.js';
import type { Config } from '../../config.js';
import { nodeFetch } from '../http/node-fetch.js';

export interface OpenAIModelOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  maxRetries?: number;
  /** Read the answer as a stream of chunks (some local servers only stream well). */
  stream?: boolean;
  temperature?: number;
}

type OpenAIModule = typeof import('openai');
let openaiModule: Promise<OpenAIModule> | undefined;
/** The `openai` package, loaded on the first model call (it is heavy and most starts never need it). */
const loadOpenAI = (): Promise<OpenAIModule> => (openaiModule ??= import('openai'));

/** The one place a transport failure becomes a domain error. */
export async function toModelError(error: unknown): Promise<ModelError> {
  if (error instanceof ModelError) return error;
  const { default: OpenAI } = await loadOpenAI();
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new ModelError(undefined, undefined, '语言模型响应超时。', { cause: error });
  if (error instanceof OpenAI.APIUserAbortError) return new ModelError(undefined, undefined, '语言模型请求已取消。', { cause: error });
  if (error instanceof OpenAI.APIError) {
    const header = error.headers?.get?.('retry-after') ?? undefined;
    const retryAfterMs = header && Number.isFinite(Number(header)) ? Number(header) * 1000 : undefined;
    const what = error.status === 429 ? '请求过多（429）' : error.status ? `返回错误 ${error.status}` : '连接失败';
    return new ModelError(error.status, retryAfterMs, `语言模型${what}。`, { cause: error });
  }
  return new ModelError(undefined, undefined, '语言模型调用失败。', { cause: error });
}

/** A LanguageModel backed by the official `openai` client, over node:http(s) rather than the global fetch (node-fetch.ts). */
export function createOpenAIModel(options: OpenAIModelOptions): LanguageModel {
  let client: OpenAI | undefined;
  const clientNow = async (): Promise<OpenAI> => {
    if (client) return client;
    const { default: OpenAIClient } = await loadOpenAI();
    client = new OpenAIClient({ apiKey: options.apiKey, baseURL: options.baseURL, timeout: options.timeoutMs, maxRetries: options.maxRetries ?? 1, fetch: nodeFetch });
    return client;
  };
  return {
    name: options.model,
    async complete(messages: ChatMessage[], call = {}) {
      try {
        const client = await clientNow();
        let content = '';
        if (options.stream) {
          const stream = await client.chat.completions.create(
            { model: options.model, messages, temperature: options.temperature ?? 0.3, stream: true },
            { signal: call.signal },
          );
          for await (const chunk of stream) content += chunk.choices[0]?.delta?.content ?? '';
        } else {
          const response = await client.chat.completions.create(
            { model: options.model, messages, temperature: options.temperature ?? 0.3 },
            { signal: call.signal },
          );
          content = response.choices?.[0]?.message?.content ?? '';
        }
        if (typeof content !== 'string' || content.trim() === '') throw new ModelError(undefined, undefined, '语言模型返回了空内容。');
        return content;
      } catch (error) {
        throw await toModelError(error);
      }
    },
  };
}

/** The configured model, or undefined when OPENAI_API_KEY is not set (everything then works offline). */
export function createModelFromConfig(config: Config, logger: Logger): LanguageModel | undefined {
  if (!config.OPENAI_API_KEY) return undefined;
  logger.info('language model configured', { model: config.OPENAI_MODEL, baseURL: config.OPENAI_BASE_URL ?? 'default' });
  return createOpenAIModel({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    stream: config.OPENAI_STREAM,
  });
}
