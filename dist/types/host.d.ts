/**
 * The only door from the pure core to the outside world. The CLI gives the
 * real file system; the Action gives one that reads facts and rules from the
 * pull request's base commit. Tests give an in-memory one.
 */
export interface Host {
    /** Text of a file (path relative to `cwd` or absolute), or undefined when it does not exist. Throws on other read errors. */
    readFile(path: string): Buffer | undefined;
    /** Files matching the globs, relative to `base`, sorted; `ignore` globs excluded. */
    glob(patterns: string[], base: string, ignore?: string[]): string[];
    /** True when the path exists and is a directory. */
    isDirectory(path: string): boolean;
    /**
     * Where a path leads once every symbolic link on it is followed, relative
     * to `cwd` with forward slashes (`../…` or absolute when it leads out of
     * `cwd`), or undefined when nothing is there. The core asks before it
     * reads anything, so that a link cannot take it outside the repository.
     * A host that has no links (files in memory) may leave it out.
     */
    realPath?(path: string): string | undefined;
}
