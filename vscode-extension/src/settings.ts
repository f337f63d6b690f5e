// What the extension reads from its settings and hands to xfls. Nothing
// here imports vscode, so the unit tests run it in plain node.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** The settings section; also the client's id, so `xfls.trace.server` works. */
export const section = "xfls";

/**
 * The keys of xfgen.toml that the server also takes from the client when a
 * workspace has no toml file (the language server contract).
 */
export const listKeys = [
  "old", "new", "include", "define",
  "old_include", "new_include", "old_define", "new_define",
] as const;
export const stringKeys = ["std", "prefix", "lang"] as const;

/** Settings that change how the server is started: a change restarts it. */
export const launchKeys = ["path", "args"] as const;

/** Reads one setting of the section, as vscode's WorkspaceConfiguration.get does. */
export type Get = (key: string) => unknown;

/**
 * The project settings as the server wants them: only keys that are set,
 * lists of strings and strings, each value as written (the server resolves
 * relative paths against the workspace folder).
 */
export function serverOptions(get: Get): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of listKeys) {
    const v = get(key);
    if (Array.isArray(v)) {
      const items = v.filter((x): x is string => typeof x === "string" && x.trim() !== "");
      if (items.length > 0) {
        out[key] = items;
      }
    } else if (typeof v === "string" && v.trim() !== "") {
      // A single string where a list belongs (hand-edited settings.json).
      out[key] = [v];
    }
  }
  for (const key of stringKeys) {
    const v = get(key);
    if (typeof v === "string" && v.trim() !== "") {
      out[key] = v.trim();
    }
  }
  return out;
}

/** The body of workspace/didChangeConfiguration, as the contract spells it. */
export function didChangeConfigurationParams(get: Get): { settings: { xfls: Record<string, string | string[]> } } {
  return { settings: { xfls: serverOptions(get) } };
}

/** Which of the section's settings a change touched. */
export type Affects = (key: string) => boolean;

/** What a settings change asks of the running server. */
export function reactionTo(affects: Affects): "restart" | "notify" | "none" {
  if (launchKeys.some((k) => affects(`${section}.${k}`))) {
    return "restart";
  }
  if ([...listKeys, ...stringKeys].some((k) => affects(`${section}.${k}`))) {
    return "notify";
  }
  return "none";
}

/** The command and arguments that start the server. */
export interface Launch {
  command: string;
  args: string[];
}

/**
 * Expands `~` and `${workspaceFolder}` in xfls.path and xfls.args. An
 * empty path means `xfls`, looked up on PATH.
 */
export function launch(get: Get, workspaceFolder: string | undefined, home = os.homedir()): Launch {
  const expand = (s: string): string => {
    let out = s.trim();
    if (out === "~" || out.startsWith("~/")) {
      out = home + out.slice(1);
    }
    if (workspaceFolder !== undefined) {
      out = out.split("${workspaceFolder}").join(workspaceFolder);
    }
    return out;
  };
  const p = get("path");
  const command = typeof p === "string" && p.trim() !== "" ? expand(p) : "xfls";
  const a = get("args");
  const args = Array.isArray(a) ? a.filter((x): x is string => typeof x === "string").map(expand) : [];
  return { command, args };
}

/**
 * The file that `command` runs: itself when it names a path, else the
 * first match on PATH. Undefined when there is none, so the extension can
 * say how to install xfls instead of failing to spawn it.
 */
export function findExecutable(
  command: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const exts = platform === "win32" ? ["", ...(env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";")] : [""];
  const runnable = (file: string): boolean => {
    try {
      if (!fs.statSync(file).isFile()) {
        return false;
      }
      fs.accessSync(file, platform === "win32" ? fs.constants.F_OK : fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  const sep = platform === "win32" ? /[\\/]/ : /\//;
  const candidates = sep.test(command)
    ? exts.map((e) => command + e)
    : (env.PATH ?? env.Path ?? "")
        .split(platform === "win32" ? ";" : path.delimiter)
        .filter((dir) => dir !== "")
        .flatMap((dir) => exts.map((e) => path.join(dir, command + e)));
  return candidates.find(runnable);
}

/** The message shown when the server binary cannot be found or run. */
export function missingServerMessage(command: string, reason?: string): string {
  const what = command.includes("/") || command.includes("\\")
    ? `\`${command}\` (the \`xfls.path\` setting) is not an executable file`
    : `\`${command}\` was not found on PATH`;
  return (
    `xf: cannot start the language server: ${what}${reason ? ` (${reason})` : ""}. ` +
    "Install it with `go install ./cmd/xfls` in the xfgen repository " +
    "(or `go install github.com/xfgen-dev/xfgen/cmd/xfls@latest`), " +
    "or set `xfls.path` to the binary."
  );
}

/**
 * Decides whether a server that died is started again: at most `limit`
 * restarts within `windowMs`, so a server that crashes on start does not
 * loop forever.
 */
export class RestartPolicy {
  private readonly times: number[] = [];

  constructor(
    readonly limit = 4,
    readonly windowMs = 3 * 60 * 1000,
  ) {}

  /** Records a crash at `now`; true if the server should be restarted. */
  crashed(now: number): boolean {
    this.times.push(now);
    while (this.times.length > 0 && now - this.times[0] > this.windowMs) {
      this.times.shift();
    }
    return this.times.length <= this.limit;
  }

  /** Forgets past crashes, after the user restarts the server by hand. */
  reset(): void {
    this.times.length = 0;
  }
}
