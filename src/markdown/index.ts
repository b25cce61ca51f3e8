/**
 * Markdown articles to sentences with exact source positions: the one door
 * the rest of factlint uses to read an article.
 */
export { decodeArticle } from './decode-article.js';
export { parseArticle } from './parse-article.js';
export { computeLineStarts, positionAt } from './line-starts.js';
export { detectLanguage } from './detect-language.js';
