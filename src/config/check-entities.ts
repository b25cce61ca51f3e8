import type { AuthorError, Entity, Position } from '../types.js';
import type { EntityDeclaration } from './parse-facts.js';

/**
 * Entities from every facts file -> one list, with the clashes between files
 * reported. Two entities with one id is an error: `about: [acme]` would not
 * know which is meant. Two entities sharing a name or alias is a warning: it
 * is sometimes true (two companies called Orange), and factlint then leaves
 * a claim near that name unjudged rather than guessing.
 */
export function checkEntities(declarations: EntityDeclaration[]): { entities: Entity[]; problems: AuthorError[] } {
  const problems: AuthorError[] = [];
  const byId = new Map<string, Entity>();
  const owners = new Map<string, { id: string; name: string; declaredAt: Position }>();
  for (const { entity, names } of declarations) {
    const first = byId.get(entity.id);
    if (first) {
      problems.push(at(entity.declaredAt, `entity "${entity.id}" is already declared at ${place(first.declaredAt)}`, 'error'));
      continue;
    }
    byId.set(entity.id, entity);
    for (const { name, declaredAt } of names) {
      const key = nameKey(name);
      const owner = owners.get(key);
      if (!owner) owners.set(key, { id: entity.id, name, declaredAt });
      else if (owner.id !== entity.id) {
        const message = `"${name}" names both "${owner.id}" (${place(owner.declaredAt)}) and "${entity.id}" (${place(declaredAt)}); claims near it will not be attributed`;
        problems.push(at(declaredAt, message, 'warning'));
      }
    }
  }
  return { entities: [...byId.values()], problems };
}

/** Names compare as readers read them: any case, with or without accents, spaces collapsed. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function place(p: Position): string {
  return `${p.file}:${p.line}:${p.column}`;
}

function at(p: Position, message: string, level: AuthorError['level']): AuthorError {
  return { file: p.file, line: p.line, column: p.column, message, level };
}
