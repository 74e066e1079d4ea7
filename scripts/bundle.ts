/**
 * `deno task bundle`, and the Slack CLI's `build` hook (.slack/hooks.json): bundles every
 * function of the manifest into `<output>/functions/<callback_id>.js` with `deno bundle
 * --minify`, refuses a bundle that carries the SDK (it crashes when bundled, and needs
 * --allow-env), and prints each bundle's size. As the build hook (`--source <project>
 * --output <dir>`, the CLI's flags) it also writes `<dir>/manifest.json` as get-manifest prints it,
 * the application bundle Slack deploys. `--contents` lists what each bundle is made of, from
 * its source map.
 *
 * fetch_logs is bundled as deployed (bundleFetchLogs): config/sources.ts is validated here, at
 * build time (a bad config stops the build with the field named), and the bundle gets the config
 * as validated, checked no more when it loads; the local-run sample source is left out. Every
 * function gets the app's scrubbing policy and the per-service rules the same way
 * (deployedConfigModules): as validated when this module loaded, as data, without their schemas,
 * written once for a build (withDeployedConfig) and read by each of its bundles.
 */
import { dirname, join, resolve } from "@node/path";
import { pathToFileURL } from "@node/url";
import { deepStrictEqual } from "@node/assert";
import {
  type Example,
  TEMPLATE,
  templateBackendImports,
  templateExamples,
  templateHosts,
} from "../config/template_examples.ts";
import manifest from "../manifest.ts";
import { APP_POLICY, APP_POLICY_JSON, loadAppPolicy } from "../functions/app_policy.ts";
import { APP_POLICY_FILE, inFile } from "../functions/app_policy_file.ts";
import { scrubberFor } from "../core/scrub/scrubber.ts";
import type { Policy } from "../core/scrub/policy_types.ts";
import type { TeamSources } from "../config/define_sources.ts";
import type { ServiceRules } from "../config/define_service_rules.ts";
import { serviceRules } from "../config/service_rules.ts";
import { bytesPerSource, type SourceMap, sourceName } from "./bundle_contents.ts";
import { remappedConfig } from "./deno_config.ts";
import { withRawUnicode } from "./raw_unicode.ts";
import { withHoistedStrings } from "./hoisted_strings.ts";
import { withHoistedFragments } from "./hoisted_fragments.ts";
import { withArrowFunctions } from "./arrow_functions.ts";
import { withExpressionBodies } from "./expression_bodies.ts";
import { withThisAliases } from "./this_aliases.ts";
import { withJoinedDeclarations } from "./joined_declarations.ts";
import { withGlobalAliases } from "./global_aliases.ts";
import { withMemberNames } from "./member_names.ts";
import { withObjectKeys } from "./object_keys.ts";
import { withTopLevelNames } from "./top_level_names.ts";
import { withoutNew } from "./without_new.ts";
import { withConstructorCalls } from "./constructor_calls.ts";
import { withMergedDeclarations } from "./merged_declarations.ts";
import { withObjectShapes } from "./object_shapes.ts";
import { withPackedStrings } from "./packed_strings.ts";
import { withRegexTemplates } from "./regex_templates.ts";
import { withSharedRegexes } from "./shared_regexes.ts";
import { withTypeTests } from "./type_tests.ts";
import { withInstanceTests } from "./instance_tests.ts";
import { checkFunctionSources, functionSources, hookManifest, ROOT } from "./print_manifest.ts";

/** Traces of the npm SDK build (dnt shims, undici) that must never reach a function bundle. */
const SDK_MARKERS = ["deno-slack-sdk", "_dnt.shims", "@deno/shim-deno", "undici"];
/** Bare `node:` imports fail in Slack's hosted runtime bundle loader. */
const NODE_IMPORT = /\b(?:from|import|require)\s*\(?\s*["']node:/;

export interface BundleResult {
  callbackId: string;
  file: string;
  bytes: number;
  /**
   * Bytes of the bundle per source (`npm:zod`, `core/scrub/engine.ts`, `(bundler)`), as `deno
   * bundle` wrote it: before its escapes were written as characters, its repeated strings once
   * and its called-only functions as arrows (`bytes` is after).
   */
  contents: Map<string, number>;
  /** The files it was bundled from (absolute paths, from its source map). */
  sources: string[];
}

/**
 * Bundles one entry, minified, with the running Deno and deno.jsonc as it is (a build's bundles
 * get its copies with their remaps instead: withDeployedConfig); throws with deno's own message
 * on failure. Returns the bundle's source map (bundleWithConfig).
 */
export async function bundleFile(entry: string, output: string): Promise<SourceMap> {
  return await bundleWithConfig(entry, output, join(ROOT, "deno.jsonc"));
}

/**
 * Bundles one entry, minified, with the running Deno and the config file `config` (deno.jsonc
 * or a remapped copy of it); throws with deno's own message on failure. Returns the bundle's
 * source map, read from the file deno writes beside it and then removed (the deployed directory
 * holds the bundles alone).
 */
async function bundleWithConfig(
  entry: string,
  output: string,
  config: string,
): Promise<SourceMap> {
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args: [
      "bundle",
      "--quiet",
      "--minify",
      "--sourcemap=external",
      "--config",
      config,
      "--output",
      output,
      entry,
    ],
    cwd: ROOT,
    stdout: "null",
    stderr: "piped",
  }).output();
  if (code !== 0) {
    throw new Error(`deno bundle ${entry} failed:\n${new TextDecoder().decode(stderr).trim()}`);
  }
  const mapFile = `${output}.map`;
  const map = JSON.parse(await Deno.readTextFile(mapFile));
  await Deno.remove(mapFile);
  return {
    // Sources are written relative to the bundle's directory.
    sources: (map.sources as string[]).map((source) => resolve(dirname(output), source)),
    mappings: map.mappings,
  };
}

/**
 * Problems that make a bundle undeployable; empty when it is fine. `sources` are the files it
 * was bundled from (its source map's), where the SDK shows by path however the code is minified.
 */
export function bundleProblems(code: string, sources: readonly string[] = []): string[] {
  const problems = SDK_MARKERS
    .filter((marker) => code.includes(marker) || sources.some((file) => file.includes(marker)))
    .map((marker) => `contains "${marker}": runtime code must import the SDK with \`import type\``);
  if (NODE_IMPORT.test(code)) problems.push("imports a node: built-in");
  return problems;
}

/**
 * A bundle as deployed, from the code `deno bundle` wrote: first its `typeof` tests written often
 * made by one function each (withTypeTests: `ab(e)` for `typeof e=="string"`) and its
 * `instanceof` tests by one (withInstanceTests: `cd(e,Z)` for `e instanceof Z`), its
 * regular-expression literals written in several places and only tested there made once
 * (withSharedRegexes), then the regular
 * expressions it builds at its top level written as raw text, templates tagged with a builder of
 * their flags, so that their repeated parts are found with the strings' (withRegexTemplates); its
 * longest strings (the lists of names, the detectors' labels, base64) written with their common
 * pieces as single characters and unpacked when it loads (withPackedStrings), its object literals
 * of a list of keys written often made by one function each (withObjectShapes), its non-ASCII
 * characters written as UTF-8 (withRawUnicode), its repeated strings written once (withHoistedStrings), then the repeated
 * parts of its strings (withHoistedFragments), and the strings that now repeat (a part's
 * declaration may be a string the code holds) written once; last, its module-level functions that
 * are only called written as arrow functions (withArrowFunctions), the statements that end a
 * function by returning written as one returned expression (withExpressionBodies: `if(c)return
 * x;let t=…;return y` as `c?x:(t=…,y)`, after the arrows, whose variables it may make parameters
 * of), and the functions that read their `this` often reading it once (withThisAliases: `let
 * s=this` first, which the function's later `let`s then join: withJoinedDeclarations), and the
 * built-in functions it
 * reads often (`String.raw`, `Math.max` …) read once (withGlobalAliases: after `new` is dropped
 * where a call constructs alike, withoutNew: `Error(m)`, `RegExp(\`…\`, "u")`, and the built-in
 * collections and typed arrays it makes often made by a function each, withConstructorCalls: `ab(e)`
 * for `new Set(e)`), and the names of the
 * members it reads often (`.length`, `.charCodeAt` …) written once (withMemberNames: after the
 * aliases, which read `Math.max` as written), and the object literals' keys those names hold
 * written as them (withObjectKeys: `{[xO]:p}` for `{prefilter:p}`); then its module-level names
 * given again, the shortest to those read most (withTopLevelNames: after every pass that declares
 * one); last, its module-level `var` statements that only function declarations part written as one
 * (withMergedDeclarations: the passes before add some, and take functions out between). The
 * parts and the strings are found three times: the second round finds the parts that the first
 * one's declared parts and rewritten strings share (0.3–0.45 KB of every bundle, for 1–3 s more
 * of build time per bundle), the third those the second's share (46 bytes of the ClickHouse
 * fetch_logs bundle, for no build time measurably longer).
 */
export function deployedCode(code: string): string {
  return withMergedDeclarations(
    withTopLevelNames(withObjectKeys(withMemberNames(withGlobalAliases(withConstructorCalls(
      withoutNew(
        withJoinedDeclarations(withThisAliases(withExpressionBodies(withArrowFunctions(
          withHoistedStrings(withHoistedFragments(withHoistedStrings(withHoistedFragments(
            withHoistedStrings(withHoistedFragments(
              withHoistedStrings(
                withRawUnicode(
                  withObjectShapes(
                    withPackedStrings(
                      withRegexTemplates(withSharedRegexes(withInstanceTests(withTypeTests(code)))),
                    ),
                  ),
                ),
              ),
            )),
          )))),
        )))),
      ),
    ))))),
  );
}

/**
 * Bundles one function's `entry` into `file`, as deployed: with the build's config as validated,
 * through `denoConfig`, the import map the build wrote for it once (withDeployedConfig), its
 * non-ASCII characters written as UTF-8, its repeated strings and parts of strings written once
 * and its functions that are only called written as arrows (deployedCode). Throws when the bundle
 * is not deployable.
 */
async function bundleFunction(
  callbackId: string,
  entry: string,
  file: string,
  denoConfig: string,
): Promise<BundleResult> {
  const map = await bundleWithConfig(entry, file, denoConfig);
  const code = await Deno.readTextFile(file);
  // Checked as deno bundle wrote it: once strings are hoisted, `require("node:x")` may read
  // `require(aa)`, which the check would no longer see.
  const problems = bundleProblems(code, map.sources);
  if (problems.length > 0) {
    throw new Error(`bundle for ${callbackId} is not deployable: ${problems.join("; ")}`);
  }
  const contents = new Map<string, number>();
  for (const [source, bytes] of bytesPerSource(code, map)) {
    const name = sourceName(source, ROOT);
    contents.set(name, (contents.get(name) ?? 0) + bytes);
  }
  await Deno.writeTextFile(file, deployedCode(code));
  const bytes = (await Deno.stat(file)).size;
  return { callbackId, file, bytes, contents, sources: map.sources };
}

/**
 * Bundles `sources` (`callback_id → source file`; default: the manifest's functions), each with
 * the scrubbing policy `policy` (default: config/scrub_policy.json's, as validated).
 */
export async function bundleFunctions(
  outDir = join(ROOT, "dist", "functions"),
  sources = functionSources(manifest as unknown as Record<string, unknown>),
  policy: Policy = APP_POLICY,
): Promise<BundleResult[]> {
  await Deno.mkdir(outDir, { recursive: true });
  return await withDeployedConfig(policy, async (config) => {
    const results: BundleResult[] = [];
    for (const [callbackId, entry] of Object.entries(sources)) {
      const file = join(outDir, `${callbackId}.js`);
      results.push(
        entry === FETCH_LOGS_ENTRY
          ? await bundleFetchLogs(TEAM_SOURCES, file, config)
          : await bundleFunction(callbackId, entry, file, config.denoConfig),
      );
    }
    return results;
  });
}

/** The module that loads and checks the app's scrubbing policy, and the per-service rules. */
const APP_POLICY_MODULE = join(ROOT, "functions", "app_policy.ts");
const SERVICE_RULES = join(ROOT, "config", "service_rules.ts");
/** What checks a policy against the detectors when a scrubber is built, and its stand-in. */
const POLICY_CHECKS = join(ROOT, "core", "scrub", "policy_checks.ts");
const POLICY_CHECKS_DEPLOYED = join(ROOT, "core", "scrub", "policy_checks_deployed.ts");
/** What compiles and runs custom patterns, and its stand-in for a policy that has none. */
const CUSTOM_PATTERNS = join(ROOT, "core", "scrub", "safe_pattern.ts");
const NO_CUSTOM_PATTERNS = join(ROOT, "core", "scrub", "policy_without_custom_patterns.ts");

/**
 * Writes into `dir` what every deployed function gets in place of the app's config files, as
 * validated at build time, as data: the scrubbing policy `policy` for functions/app_policy.ts
 * (deployedPolicyModule) and config/service_rules.ts's rules (deployedServiceRulesModule). No
 * bundle then holds the schemas that check them (nor zod's parts only they use), and none checks
 * them again when it loads. `policy` is checked here against the detectors as every scrubber
 * checks it (a PolicyError naming the field stops the build), so the bundles get
 * core/scrub/policy_checks_deployed.ts in place of those checks, and, when `policy` has no custom
 * patterns, core/scrub/policy_without_custom_patterns.ts in place of the code that compiles and
 * runs them. Returns the remaps (file URL of each module → its stand-in).
 */
export async function deployedConfigModules(
  dir: string,
  policy: Policy,
): Promise<Record<string, string>> {
  inFile(APP_POLICY_FILE, () => scrubberFor(policy));
  const policyFile = join(dir, "deployed_app_policy.ts");
  const rulesFile = join(dir, "deployed_service_rules.ts");
  await Deno.writeTextFile(policyFile, deployedPolicyModule(policy));
  await Deno.writeTextFile(rulesFile, deployedServiceRulesModule(serviceRules));
  return {
    [toFileUrl(APP_POLICY_MODULE)]: toFileUrl(policyFile),
    [toFileUrl(SERVICE_RULES)]: toFileUrl(rulesFile),
    [toFileUrl(POLICY_CHECKS)]: toFileUrl(POLICY_CHECKS_DEPLOYED),
    ...(policy.customPatterns.length === 0
      ? { [toFileUrl(CUSTOM_PATTERNS)]: toFileUrl(NO_CUSTOM_PATTERNS) }
      : {}),
  };
}

/**
 * The app's config as a build's bundles get it: the directory deployedConfigModules wrote into
 * (where the build writes its other stand-ins too), and the copies of deno.jsonc that carry its
 * remaps, each written once for the build: `denoConfig` for every function, and
 * `fetchLogsDenoConfig`, which also maps config/sources.ts onto the sources config as validated
 * (`deployed_sources.ts` in `dir`, which bundleFetchLogs writes) and the local-run sample source
 * onto its deployed stand-in.
 */
export interface DeployedConfig {
  dir: string;
  denoConfig: string;
  fetchLogsDenoConfig: string;
}

/**
 * Runs `build` with the app's config written once, as deployed (deployedConfigModules, the
 * scrubbing policy `policy`), with the import maps of its bundles, into a temporary directory
 * removed when it ends.
 */
export async function withDeployedConfig<T>(
  policy: Policy,
  build: (config: DeployedConfig) => Promise<T>,
): Promise<T> {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-deployed-config-" });
  try {
    const remaps = await deployedConfigModules(dir, policy);
    const fetchLogsDir = join(dir, "fetch_logs");
    await Deno.mkdir(fetchLogsDir);
    return await build({
      dir,
      denoConfig: await remappedConfig(ROOT, dir, remaps),
      fetchLogsDenoConfig: await remappedConfig(ROOT, fetchLogsDir, {
        ...remaps,
        [toFileUrl(TEAM_SOURCES)]: toFileUrl(join(dir, DEPLOYED_SOURCES)),
        [toFileUrl(LOCAL_SAMPLE)]: toFileUrl(LOCAL_SAMPLE_DEPLOYED),
      }),
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** functions/app_policy.ts as a deployed function reads it: `APP_POLICY`, `policy` as data. */
export function deployedPolicyModule(policy: Policy): string {
  return "// Generated by scripts/bundle.ts: config/scrub_policy.json as validated at build time.\n" +
    `export const APP_POLICY = ${asData(policy, "the scrubbing policy")};\n`;
}

/** config/service_rules.ts as a deployed function reads it: `serviceRules`, `rules` as data. */
export function deployedServiceRulesModule(rules: ServiceRules): string {
  return "// Generated by scripts/bundle.ts: config/service_rules.ts as validated at build time.\n" +
    `export const serviceRules = ${asData(rules, "config/service_rules.ts")};\n`;
}

/** `value` as JSON; throws, naming `what`, when JSON cannot carry it as it is. */
function asData(value: unknown, what: string): string {
  const json = JSON.stringify(value);
  try {
    deepStrictEqual(JSON.parse(json), value);
  } catch {
    throw new Error(`${what} holds a value other than text, numbers, lists and objects`);
  }
  return json;
}

/** The team's sources config, which fetch_logs' source file imports. */
const TEAM_SOURCES = join(ROOT, "config", "sources.ts");
const FETCH_LOGS_ENTRY = join(ROOT, "functions", "fetch_logs", "handler.ts");
/** fetch_logs' local-run module (the sample source), and what a deployed bundle has instead. */
const LOCAL_SAMPLE = join(ROOT, "functions", "fetch_logs", "local_sample.ts");
const LOCAL_SAMPLE_DEPLOYED = join(ROOT, "functions", "fetch_logs", "local_sample_deployed.ts");
/** The sources config as validated, in a build's directory (DeployedConfig.dir). */
const DEPLOYED_SOURCES = "deployed_sources.ts";

/**
 * config/sources.ts as a deployed fetch_logs reads it: `team`, the config as validated at build
 * time (defaults filled in), written as data. It checks nothing when it loads: the build validated
 * it. Each backend is given as its kind and its reader (`readLoki` … imported from its module),
 * without the schema of its sources, which only validating needs: a deployed bundle carries
 * neither the schemas nor the code that checks a config (a configSchema() left in would only
 * say so). Throws when a backend's reader is not its module's export, or when the config holds a
 * value that data cannot carry.
 */
export async function deployedSourcesModule(team: TeamSources): Promise<string> {
  const header =
    "// Generated by scripts/bundle.ts: config/sources.ts as validated at build time.\n";
  if (team === undefined) return `${header}export default undefined;\n`;
  const { backends, sources, ...rest } = team;
  const data = { ...rest, sources };
  const common = commonFields(sources);
  // Each source as its own fields after the fields every source has alike (defaults, mostly).
  const own = sources.map((source) =>
    Object.fromEntries(Object.entries(source).filter(([key]) => !Object.hasOwn(common, key)))
  );
  // Data that JSON carries as it is holds the same values when split into common and own fields.
  asData(data, "config/sources.ts");
  const lines = [header, `const common = ${JSON.stringify(common)};`];
  const readers: string[] = [];
  for (const [index, { kind, read }] of backends.entries()) {
    const url = toFileUrl(join(ROOT, "core", "sources", `${kind}.ts`));
    if ((await import(url))[read.name] !== read) {
      throw new Error(
        `config/sources.ts: backends[${index}] does not read with an export of ${url}`,
      );
    }
    lines.push(`import { ${read.name} } from ${JSON.stringify(url)};`);
    readers.push(
      `{ kind: ${JSON.stringify(kind)}, read: ${read.name}, configSchema: validatedAtBuild }`,
    );
  }
  lines.push(
    "const validatedAtBuild = () => {",
    '  throw new Error("the sources config was validated when the app was built");',
    "};",
    `export default { ...${JSON.stringify(rest)}, sources: [${
      own.map((fields) => `{ ...common, ...${JSON.stringify(fields)} }`).join(", ")
    }], backends: [${readers.join(", ")}] };`,
  );
  return `${lines.join("\n")}\n`;
}

/** The fields all of `sources` have, with the same value (none for a single source). */
function commonFields(sources: readonly object[]): Record<string, unknown> {
  if (sources.length < 2) return {};
  const [first, ...others] = sources;
  return Object.fromEntries(
    Object.entries(first).filter(([key, value]) =>
      others.every((other) =>
        Object.hasOwn(other, key) &&
        JSON.stringify((other as Record<string, unknown>)[key]) === JSON.stringify(value)
      )
    ),
  );
}

/**
 * fetch_logs bundled into `file` as deployed, for the sources config `sourcesFile` (a module
 * like config/sources.ts), with the build's config `config`: the sources config is imported here,
 * so a bad one throws naming the field before anything is bundled, and the bundle gets it as data
 * (deployedSourcesModule, written into the build's directory) in place of config/sources.ts, and
 * local_sample_deployed.ts in place of the local-run sample source.
 */
export async function bundleFetchLogs(
  sourcesFile: string,
  file: string,
  config: DeployedConfig,
): Promise<BundleResult> {
  const team = (await import(toFileUrl(sourcesFile))).default as TeamSources;
  const deployed = join(config.dir, DEPLOYED_SOURCES);
  await Deno.writeTextFile(deployed, await deployedSourcesModule(team));
  return await bundleFunction("fetch_logs", FETCH_LOGS_ENTRY, file, config.fetchLogsDenoConfig);
}

/**
 * A config/sources.ts that configures the template's example source of each of `kinds` (with the
 * import of its backend, and every host the template names): what a team writes when it follows
 * the template, to measure and test the bundle it gets.
 */
export async function sourcesModuleFor(kinds: readonly string[]): Promise<string> {
  const text = await Deno.readTextFile(TEMPLATE);
  const examples = templateExamples(text);
  const sources = kinds.map((kind) => {
    const example = examples.find((candidate) => candidate.kind === kind);
    if (!example) throw new Error(`config/sources.ts has no example of ${kind}`);
    return example;
  });
  return await sourcesModule(sources, templateHosts(text));
}

/**
 * A config/sources.ts with `sources` and `allowedHosts`, importing the backend of each source's
 * kind as the template does.
 */
export async function sourcesModule(
  sources: readonly Example[],
  allowedHosts: readonly string[],
): Promise<string> {
  const imports = templateBackendImports(await Deno.readTextFile(TEMPLATE));
  const lines = [
    `import { defineSources } from ${
      JSON.stringify(toFileUrl(join(ROOT, "config", "define_sources.ts")))
    };`,
  ];
  const names: string[] = [];
  for (const kind of new Set(sources.map((source) => source.kind))) {
    const backend = imports.find(({ path }) => path.endsWith(`/${kind}.ts`));
    if (!backend) throw new Error(`config/sources.ts has no import of the ${kind} backend`);
    lines.push(
      `import { ${backend.name} } from ${JSON.stringify(new URL(backend.path, TEMPLATE).href)};`,
    );
    names.push(backend.name);
  }
  const config = `{ backends: [${names.join(", ")}], allowedHosts: ${
    JSON.stringify(allowedHosts)
  }, sources: ${JSON.stringify(sources)} }`;
  return `${lines.join("\n")}\nexport default defineSources(${config});\n`;
}

/**
 * fetch_logs bundled as `slack deploy` bundles it (bundleFetchLogs), but with `sourcesModule` (a
 * module's text, written into `dir`) in place of config/sources.ts, which is not touched; with
 * `config`, the config a build of several bundles wrote once (withDeployedConfig), or else the
 * app's, written for this bundle alone.
 */
export async function bundleFetchLogsWith(
  sourcesModule: string,
  dir: string,
  file = join(dir, "fetch_logs.js"),
  config?: DeployedConfig,
): Promise<BundleResult> {
  if (config === undefined) {
    return await withDeployedConfig(
      APP_POLICY,
      (written) => bundleFetchLogsWith(sourcesModule, dir, file, written),
    );
  }
  // A name of its own each time: a module is imported once per URL.
  const sourcesFile = join(dir, `sources_${crypto.randomUUID()}.ts`);
  await Deno.writeTextFile(sourcesFile, sourcesModule);
  try {
    return await bundleFetchLogs(sourcesFile, file, config);
  } finally {
    await Deno.remove(sourcesFile);
  }
}

/** The backend kinds config/sources.ts has an example of, in its order. */
export async function templateKinds(): Promise<string[]> {
  return templateExamples(await Deno.readTextFile(TEMPLATE)).map((example) => example.kind);
}

function toFileUrl(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * The build hook's application bundle in `outputDir`: `functions/<callback_id>.js` for each
 * function, and `manifest.json` as get-manifest prints it (each function's source file checked to
 * default-export its handler, then `source_file` removed). First the app's scrubbing policy
 * (`policyJson`, default config/scrub_policy.json) is checked whole: a policy naming an unknown
 * detector, or a custom pattern that could backtrack, stops the deploy (PolicyError naming the
 * file and the field) before anything is written; every function is bundled with that policy as
 * validated. The sources config and the service rules were validated when this module loaded
 * (manifest.ts imports the sources config for its outgoing domains), and the bundles get them as
 * validated (bundleFetchLogs, deployedConfigModules).
 */
export async function buildApp(
  outputDir: string,
  policyJson: unknown = APP_POLICY_JSON,
): Promise<BundleResult[]> {
  const policy = loadAppPolicy(policyJson);
  const raw = manifest as unknown as Record<string, unknown>;
  await checkFunctionSources(raw);
  const results = await bundleFunctions(join(outputDir, "functions"), undefined, policy);
  await Deno.writeTextFile(
    join(outputDir, "manifest.json"),
    JSON.stringify(hookManifest(raw), null, 2),
  );
  return results;
}

/** The value of `--name value` or `--name=value` in `args`. */
export function flagValue(args: readonly string[], name: string): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg === `--${name}`) return args[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

const KB = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);

/**
 * The largest `count` sources of a bundle, one per line, as `deno bundle` wrote them
 * (BundleResult.contents), and last what the build's rewrites (of its strings, and its functions
 * as arrows) took off them all.
 */
export function formatContents(result: BundleResult, count = 12): string[] {
  const bundled = [...result.contents.values()].reduce((sum, bytes) => sum + bytes, 0);
  return [
    ...[...result.contents].sort((a, b) => b[1] - a[1]).slice(0, count)
      .map(([source, bytes]) => `    ${KB(bytes)} KB  ${source}`),
    `    ${KB(result.bytes - bundled)} KB  the build's rewrites (the sizes above are before them)`,
  ];
}

/**
 * `--backends`: fetch_logs' size with no source (as the template ships), with the template's
 * example of each backend alone, and with all of them, each built in a temporary directory.
 */
async function printBackendFigures(): Promise<void> {
  const kinds = await templateKinds();
  const cases: [string, string[]][] = [
    ["no source", []],
    ...kinds.map((kind): [string, string[]] => [kind, [kind]]),
    ["all six", kinds],
  ];
  console.log("fetch_logs by the backends configured:");
  await withDeployedConfig(APP_POLICY, async (config) => {
    for (const [label, configured] of cases) {
      const sources = await sourcesModuleFor(configured);
      const result = await bundleFetchLogsWith(sources, config.dir, undefined, config);
      console.log(`  ${label.padEnd(22)} ${KB(result.bytes)} KB`);
    }
  });
}

if (import.meta.main) {
  try {
    // The CLI runs the build hook from the project (--source) into a directory (--output).
    const output = flagValue(Deno.args, "output");
    const results = output === undefined
      ? await bundleFunctions()
      : await buildApp(resolve(flagValue(Deno.args, "source") ?? ROOT, output));
    for (const result of results) {
      console.log(`${result.callbackId.padEnd(20)} ${KB(result.bytes)} KB  ${result.file}`);
      if (Deno.args.includes("--contents")) console.log(formatContents(result).join("\n"));
    }
    if (Deno.args.includes("--backends")) await printBackendFigures();
  } catch (error) {
    console.error(`bundle: ${error instanceof Error ? error.message : error}`);
    Deno.exit(1);
  }
}
