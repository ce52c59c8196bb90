/**
 * Each message namespace lives in its own file, `locales/<locale>/<namespace>.json`, so a feature adds or changes
 * its messages without touching one shared file. The file name is the namespace: `deal.json` holds `t('deal.…')`.
 */
export function assemble<T extends object>(files: Record<string, unknown>): T {
  return Object.fromEntries(
    Object.entries(files).map(([path, messages]) => [path.replace(/^.*\/([^/]+)\.json$/, '$1'), messages]),
  ) as T
}
