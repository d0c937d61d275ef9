/**
 * The `import("package")` calls of a bundle, for its CommonJS copy run through `vm.Script`
 * (scripts/bundle-worker.ts, src/batch/code-cache.ts): each becomes a call of `__casebookImport`,
 * the loader's own `import()`.
 */

/** `import(` followed by a quoted specifier, not a property (`x.import(`) nor part of a name. */
const DYNAMIC_IMPORT = /(?<![\w$.])import\((?=["'`])/gu;

/** `text` with each `import("…")` a call of `__casebookImport("…")`, and how many there were. */
export function lazyImports(text: string): { lazy: number; text: string } {
  let lazy = 0;
  const edited = text.replace(DYNAMIC_IMPORT, () => {
    lazy++;
    return "__casebookImport(";
  });
  return { lazy, text: edited };
}
