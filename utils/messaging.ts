import { browser } from '#imports';
import type { ArticleSummary } from '@/lib/summary';
import type { RecordSet } from '@/utils/dataset';

/** Counts of one annotation pass: the DOM contract's data-backstory-stats. */
export interface PassStats {
  people: number;
  countries: number;
  hedges: number;
  /** Wall-clock time of the pass, including the pauses it makes for the page. */
  ms: number;
  /** How many passes this page has had (the first, then one per batch of added content). */
  passes?: number;
  /** Where the time went, for benchmarks: reading the text, detection, highlighting; and, on the first pass, loading the index (parse + compile). */
  /**
   * Wall time of the pass's phases; `yieldMs`: of which the pass was waiting while the page ran its
   * own tasks; `longestTaskMs`: the longest the pass ran without yielding (budget: 50 ms).
   */
  phases?: { textMs: number; detectMs: number; highlightMs: number; yieldMs: number; longestTaskMs: number; indexMs?: number };
}

/** What a tab's content script says about its page. */
export interface PageReport {
  status: 'article' | 'not-article' | 'loading' | 'off';
  title: string;
  /** The page's host name, for "Off on this site". */
  host: string;
  summary?: ArticleSummary;
  stats?: PassStats;
}

/** Every message Backstory sends, in one place, each with its reply type. */
export interface Protocol {
  'get-page-report': { request: Record<string, never>; response: PageReport };
  'page-annotated': { request: { stats: PassStats }; response: void };
  'inject-annotator': { request: Record<string, never>; response: boolean };
  /** Popup → page: scroll to and flash the index-th mention of a person or country. */
  'show-mention': { request: { ref: string; index: number }; response: { index: number; total: number } };
  /** Popup → page: scroll to and flash the order-th hedge. */
  'show-hedge': { request: { order: number }; response: { total: number } };
  /** Keyboard shortcut → page: hide or show every highlight on this page only (not saved). */
  'toggle-page': { request: Record<string, never>; response: { hidden: boolean } };
  /** Card or popup → background: the dataset records of people, countries and organisations by id. */
  'get-records': { request: { ids: string[] }; response: RecordSet };
}
export type MessageType = keyof Protocol;

interface Envelope<T extends MessageType> {
  backstory: T;
  data: Protocol[T]['request'];
}

export function sendToTab<T extends MessageType>(tabId: number, type: T, data: Protocol[T]['request']): Promise<Protocol[T]['response']> {
  const envelope: Envelope<T> = { backstory: type, data };
  return browser.tabs.sendMessage(tabId, envelope) as Promise<Protocol[T]['response']>;
}

export function sendToBackground<T extends MessageType>(type: T, data: Protocol[T]['request']): Promise<Protocol[T]['response']> {
  const envelope: Envelope<T> = { backstory: type, data };
  return browser.runtime.sendMessage(envelope) as Promise<Protocol[T]['response']>;
}

type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];
/** A handler answers, or returns undefined to leave the message to another listener. */
type Handler<T extends MessageType> = (
  data: Protocol[T]['request'],
  sender: Sender,
) => Protocol[T]['response'] | Promise<Protocol[T]['response']> | undefined;

/**
 * Answers one message type; other messages are left for other listeners. Returns the function
 * that removes the listener, so content scripts can stop listening when invalidated.
 */
export function onMessage<T extends MessageType>(type: T, handler: Handler<T>): () => void {
  const listener = (message: unknown, sender: Sender) => {
    if (!isEnvelope(message) || message.backstory !== type) return undefined;
    const answer = handler(message.data as Protocol[T]['request'], sender);
    return answer === undefined ? undefined : Promise.resolve(answer);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function isEnvelope(message: unknown): message is Envelope<MessageType> {
  return typeof message === 'object' && message !== null && typeof (message as { backstory?: unknown }).backstory === 'string';
}
