// Which language a spec's code blocks are in, and so which of the
// extension's two languages (grammars) shows it: `xf` for C, `xf-go` when
// the spec's xfgen.toml (or, without one, the xfls.lang setting) says
// lang = "go". No vscode import: the unit tests run it in plain node.

import * as fs from "fs";
import * as path from "path";

export const cLanguageId = "xf";
export const goLanguageId = "xf-go";
export const languageIds = [cLanguageId, goLanguageId];

/** The xfgen.toml that applies to a spec: in its folder or the nearest above. */
export function findToml(specFile: string, exists: (file: string) => boolean = fs.existsSync): string | undefined {
  for (let dir = path.dirname(path.resolve(specFile)); ; ) {
    const toml = path.join(dir, "xfgen.toml");
    if (exists(toml)) {
      return toml;
    }
    const up = path.dirname(dir);
    if (up === dir) {
      return undefined;
    }
    dir = up;
  }
}

/**
 * The top-level `lang` of a toml text, or undefined. Only this one key is
 * read: xfls reads the whole file and reports its errors.
 */
export function tomlLang(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*\[/.test(line)) {
      return undefined; // a table: past the top-level keys
    }
    const m = /^\s*lang\s*=\s*(?:"([^"]*)"|'([^']*)')\s*(?:#.*)?$/.exec(line);
    if (m) {
      return m[1] ?? m[2];
    }
  }
  return undefined;
}

/** The language id a spec should have. */
export function specLanguage(
  specFile: string,
  settingLang: unknown,
  exists: (file: string) => boolean = fs.existsSync,
  read = (f: string) => fs.readFileSync(f, "utf8"),
): string {
  const toml = findToml(specFile, exists);
  let lang: unknown = settingLang;
  if (toml !== undefined) {
    try {
      lang = tomlLang(read(toml));
    } catch {
      lang = undefined; // unreadable: xfls reports it
    }
  }
  return lang === "go" ? goLanguageId : cLanguageId;
}
