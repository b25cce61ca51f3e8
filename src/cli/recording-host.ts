/**
 * A Host that remembers every question loading the project asked of the
 * file system and the answer it got: each file read (by the hash of its
 * bytes), each glob, each directory and link looked up. Loading the project
 * is a pure function of those answers, so when the same questions get the
 * same answers again (`replays`), its result is the one recorded, and the
 * facts need not be parsed again. `digest` covers only the bytes read (the
 * config, facts, rules and .gitignore): what an article's verdicts depend on.
 */
import type { Host } from '../host.js';
import { sha256 } from './article-cache.js';

/** One question to the file system and the hash of its answer. */
export interface HostCall {
  op: 'readFile' | 'glob' | 'isDirectory' | 'realPath';
  /** The call's arguments, as JSON. */
  args: string;
  answer: string;
}

export interface RecordingHost {
  host: Host;
  /** One hash over every file read so far, by path, in the order of their paths. */
  digest(): string;
  /** Every call so far, or undefined when one of them threw: such a load is not replayed. */
  calls(): HostCall[] | undefined;
}

/** What a call answered, short: a read file is known by its bytes' hash, a long answer (a glob's files) by its own. */
function answerOf(value: unknown): string {
  if (Buffer.isBuffer(value)) return sha256(value);
  const json = value === undefined ? 'undefined' : JSON.stringify(value);
  return json.length > 64 ? sha256(json) : json;
}

export function recordingHost(inner: Host): RecordingHost {
  const read = new Map<string, string>();
  const calls = new Map<string, HostCall>();
  let threw = false;
  const ask = <T>(op: HostCall['op'], args: unknown[], answer: () => T): T => {
    let value: T;
    try {
      value = answer();
    } catch (error) {
      threw = true;
      throw error;
    }
    const call: HostCall = { op, args: JSON.stringify(args), answer: answerOf(value) };
    calls.set(`${op}\u0000${call.args}`, call);
    if (op === 'readFile') read.set(args[0] as string, call.answer === 'undefined' ? 'absent' : call.answer);
    return value;
  };
  const host: Host = {
    readFile: (path) => ask('readFile', [path], () => inner.readFile(path)),
    glob: (patterns, base, ignore) => ask('glob', [patterns, base, ignore ?? []], () => inner.glob(patterns, base, ignore)),
    isDirectory: (path) => ask('isDirectory', [path], () => inner.isDirectory(path)),
  };
  if (inner.realPath) {
    const realPath = inner.realPath.bind(inner);
    host.realPath = (path) => ask('realPath', [path], () => realPath(path));
  }
  return {
    host,
    digest: () =>
      sha256(
        [...read]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([path, hash]) => `${path}\u0000${hash}`)
          .join('\n'),
      ),
    calls: () => (threw ? undefined : [...calls.values()]),
  };
}

/** True when every recorded call gets the same answer from `host` now; a call that throws or that `host` cannot answer is a change. */
export function replays(calls: readonly HostCall[], host: Host): boolean {
  try {
    return calls.every((call) => answerOf(answer(host, call)) === call.answer);
  } catch {
    return false;
  }
}

function answer(host: Host, call: HostCall): unknown {
  const args = JSON.parse(call.args) as unknown[];
  switch (call.op) {
    case 'readFile':
      return host.readFile(args[0] as string);
    case 'glob':
      return host.glob(args[0] as string[], args[1] as string, args[2] as string[]);
    case 'isDirectory':
      return host.isDirectory(args[0] as string);
    case 'realPath':
      if (!host.realPath) throw new Error('this host cannot follow links');
      return host.realPath(args[0] as string);
  }
}
