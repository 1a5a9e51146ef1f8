/**
 * Speaker ids: the slug of the name, so the same name gets the same id in every article.
 * `Lin Jian` → `lin-jian`, `Farmers' Union` → `farmers-union`, `U.S. officials` → `us-officials`.
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'unknown';
}
