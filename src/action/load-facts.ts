import type { Host } from '../host.js';
import type { Entity } from '../types.js';
import { loadProject } from '../config/load-project.js';

/**
 * The entities a tree declares, read by the same loader as the check, for
 * comparing a pull request's base and head facts. Problems are ignored here:
 * the check reports those of the base, and a broken head file simply adds
 * no statements.
 */
export function loadEntities(host: Host, cwd: string, configPath?: string): Entity[] {
  return loadProject({ cwd, configPath, host, builtinRules: [] }).entities;
}
