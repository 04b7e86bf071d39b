import * as fs from 'node:fs';
import * as path from 'node:path';
import { listDirAt, pathKindAt, readFileAt, type GitRepo } from '../workspace/git';

/**
 * Where a repository's own policy files are read from: the work tree (the pull request's head),
 * or a commit (the reviewed base, with trusted-config: base). Paths are POSIX, relative to the
 * scan root. Discovery walks either the same way, so both sides see the same set of files.
 */
export interface PolicyTree {
  /** Names the tree in messages ("the base commit abc1234"); undefined for the work tree. */
  readonly label?: string;
  kind(rel: string): 'dir' | 'file' | undefined;
  /** One level of a directory: sub-directories and regular files; empty when absent. */
  list(rel: string): Array<{ name: string; kind: 'dir' | 'file' }>;
  read(rel: string): string;
}

export function workTree(root: string): PolicyTree {
  return {
    kind(rel) {
      try {
        const st = fs.statSync(path.join(root, rel));
        return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : undefined;
      } catch {
        return undefined;
      }
    },
    list(rel) {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
      } catch {
        return [];
      }
      // Dirent types do not follow symlinks, so linked files are left out, as in a commit
      return entries.flatMap((e): Array<{ name: string; kind: 'dir' | 'file' }> => (e.isDirectory() ? [{ name: e.name, kind: 'dir' }] : e.isFile() ? [{ name: e.name, kind: 'file' }] : []));
    },
    read: (rel) => fs.readFileSync(path.join(root, rel), 'utf8'),
  };
}

/** The scanned directory as it is at `sha`, read from the object store: nothing is checked out. */
export function commitTree(repo: GitRepo, sha: string): PolicyTree {
  return {
    label: `the base commit ${sha.slice(0, 7)}`,
    kind: (rel) => pathKindAt(repo, sha, rel),
    list: (rel) => listDirAt(repo, sha, rel),
    read(rel) {
      const text = readFileAt(repo, sha, rel);
      if (text === undefined) throw new Error(`${rel} is not in commit ${sha}`);
      return text;
    },
  };
}
