/**
 * Every function of the manifest, bundled by the build hook `slack deploy` runs
 * (.slack/hooks.json's `build`, scripts/bundle.ts), runs in a separate `deno` process under the
 * hosted-runtime harness (devkit/function_runtime/mod.ts), which loads
 * `<bundle dir>/<callback_id>.js` by the payload's callback_id as Slack's runtime does, with
 * network to 127.0.0.1 only, read access to the bundle directory only and no env, gets the
 * payload Slack's runtime sends, and completes against the Slack emulator.
 */
import { deepStrictEqual, ok, rejects, strictEqual, throws } from "@node/assert";
import { join } from "@node/path";
import { fileURLToPath, pathToFileURL } from "@node/url";
import { startSampleLogService } from "../devkit/sample_logs/mod.ts";
import { SAMPLE_SOURCES_CONFIG } from "../devkit/sample_logs/source.ts";
import { SAMPLE_IN_DEPLOYED_APP } from "../functions/fetch_logs/local_sample_deployed.ts";
import { NO_SOURCE_CONFIGURED } from "../functions/fetch_logs/deployed.ts";
import { type Example, TEMPLATE, templateExamples } from "../config/template_examples.ts";
import type { SourcesConfig } from "../core/sources/mod.ts";
import { type SlackEmulator, startSlackEmulator } from "../devkit/slack_emulator/mod.ts";
import { DATASTORES } from "../datastores/mod.ts";
import manifest from "../manifest.ts";
import { PolicyError } from "../core/scrub/errors.ts";
import { APP_POLICY_FILE } from "../functions/app_scrubber.ts";
import { loadAppPolicy } from "../functions/app_policy.ts";
import type { Policy } from "../core/scrub/policy_types.ts";
import { serviceRules } from "../config/service_rules.ts";
import {
  buildApp,
  bundleFetchLogsWith,
  bundleFile,
  bundleFunctions,
  bundleProblems,
  deployedConfigModules,
  deployedPolicyModule,
  deployedServiceRulesModule,
  deployedSourcesModule,
  flagValue,
  sourcesModule,
  sourcesModuleFor,
  templateKinds,
  withDeployedConfig,
} from "./bundle.ts";
import { bytesPerSource, decodeSegment, sourceName } from "./bundle_contents.ts";
import { withRawUnicode } from "./raw_unicode.ts";
import { withHoistedStrings } from "./hoisted_strings.ts";
import { withFragmentsShown } from "./hoisted_fragments.ts";
import { withArrowFunctions } from "./arrow_functions.ts";
import { withGlobalAliases } from "./global_aliases.ts";
import { withMemberNames } from "./member_names.ts";
import { withTopLevelNames } from "./top_level_names.ts";
import { functionSources, hookManifest, ROOT } from "./print_manifest.ts";

/**
 * The most a function bundle may weigh (KB of 1024 bytes): README, "Deployable as-is". About 190
 * KB of every bundle is the scrubber: the detectors' patterns and code (their descriptions are doc
 * comments and their examples test data, so neither ships), the key/value reader and the prefilter
 * with its compressed line-shape tables.
 */
const MAX_BUNDLE_KB = 300;
/**
 * What configuring all six backends adds to fetch_logs as shipped (no source), as deployed: their
 * readers, the read path they share and the six example sources as data (2.4 KB). Measured 23.8
 * KB (25.8 before the readers shared their JSON requests, headers, query parameters and error
 * texts; 307.0 KB in all at the end of the fourth redaction round, as the detectors grow every
 * bundle; one backend alone, 292.4 for Datadog to 294.7 KB for ClickHouse, is held to
 * MAX_BUNDLE_KB like every other bundle).
 */
const ALL_BACKENDS_ADD_KB = 24.5;
/**
 * zod's classic build (~60 KB more than zod/mini in every bundle) shows by its object constructor
 * name, which minifying keeps (mini's is ZodMiniObject): a schema written with "zod" instead of
 * core/zod.ts brings it back.
 */
const CLASSIC_ZOD_MARK = '"ZodObject"';
/**
 * zod's own classes of the checks core/zod.ts writes as its own custom checks (maxLength, gte,
 * regex, trim …): a module importing them from "zod/mini" brings them back (1.4 KB of fetch_logs);
 * and zod's superRefine, which z.addIssue in a check replaces (0.3 KB).
 */
const ZOD_CHECK_MARKS = [
  "$ZodCheckMaxLength",
  "$ZodCheckMinLength",
  "$ZodCheckLessThan",
  "$ZodCheckGreaterThan",
  "$ZodCheckRegex",
  "$ZodCheckOverwrite",
  // zod's superRefine (its ctx.addIssue): our checks raise custom issues with z.addIssue.
  "addIssue",
];
/**
 * Words of the scrubbing policy's schema (core/scrub/policy.ts) and of the service rules' schema
 * (config/define_service_rules.ts): a deployed bundle gets both as validated data
 * (deployedConfigModules), so neither schema, nor zod's parts only they use, is in it.
 */
const CONFIG_SCHEMA_MARKS = [
  "only the flags i, m, s and u are allowed",
  "not a service name or glob",
];
/**
 * Words of the checks of a policy against the detectors (core/scrub/policy_checks.ts): the build
 * ran them on the policy it bundles, so a deployed bundle holds neither them nor the check for
 * catastrophic backtracking they call.
 */
const POLICY_CHECK_MARKS = ["is already a detector id", "bounded, non-nested quantifiers"];
/** Words of the line and chunk streams of a scrubber, which functions never use (they scrub texts). */
const STREAM_MARK = "this stream already failed";
/**
 * Words of the time window's parser (core/sources/window.ts): only fetch_logs reads a window. A
 * module's top-level schema kept it in others (functions/input_schemas.ts, z.droppable).
 */
const WINDOW_PARSER_MARK = "cannot read the time window";
/** Words of the code that compiles and runs custom patterns (core/scrub/safe_pattern.ts). */
const CUSTOM_PATTERN_MARK = "a counted repetition above";
/** An input title of post_debug_report alone (functions/step_titles.ts): no other step's bundle. */
const REPORT_INPUT_TITLE = "Keep for (minutes)";
const DEBUG_CHANNEL = "C05PRODDBG1";
const ON_CALL_USER = "U05ONCALL01";
const AWS_KEY = "AKIAQ3EGUSBKHZXWJ4PN";

interface Case {
  name: string;
  callbackId: string;
  inputs: Record<string, unknown>;
  variables?: Record<string, string>;
  /** What must hold of the completion the emulator received. */
  expect: (completion: { outputs?: Record<string, unknown>; error?: string }) => void;
}

let executions = 0;

const HARNESS = fileURLToPath(new URL("../devkit/function_runtime/mod.ts", import.meta.url));

/** Runs one bundle under the runtime harness as a separate process; returns its completion. */
async function invoke(
  emulator: SlackEmulator,
  bundleDir: string,
  testCase: Case,
): Promise<{ outputs?: Record<string, unknown>; error?: string }> {
  const executionId = `Fx0BUNDLE${++executions}`;
  emulator.registerFunctionExecution(executionId);
  const payload = {
    body: {
      event: {
        type: "function_executed",
        function: { callback_id: testCase.callbackId },
        function_execution_id: executionId,
        inputs: testCase.inputs,
        bot_access_token: emulator.botToken,
      },
    },
    context: {
      bot_access_token: emulator.botToken,
      team_id: "T05SAFEDBG1",
      variables: {
        SLACK_API_URL: emulator.url,
        ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
        ...testCase.variables,
      },
    },
  };
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--quiet",
      "--allow-net=127.0.0.1",
      `--allow-read=${bundleDir}`,
      "--config",
      join(ROOT, "deno.jsonc"),
      HARNESS,
      bundleDir,
    ],
    cwd: ROOT,
    clearEnv: true,
    env: { PATH: Deno.env.get("PATH") ?? "", HOME: Deno.env.get("HOME") ?? "" },
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(JSON.stringify(payload)));
  await writer.close();
  const { code, stdout, stderr } = await child.output();
  strictEqual(code, 0, `runtime process failed: ${new TextDecoder().decode(stderr)}`);
  const answer = JSON.parse(new TextDecoder().decode(stdout).trim().split("\n").at(-1) ?? "");
  strictEqual(answer.warning, null, "the runtime found the function's handler");
  const completion = emulator.state.functionCompletions()
    .find((c) => c.function_execution_id === executionId);
  if (!completion) throw new Error(`no completion reached the emulator for ${executionId}`);
  return completion;
}

/** Runs the build hook as the Slack CLI does for `slack deploy`, into `output`. */
async function runBuildHook(output: string): Promise<void> {
  const hooks = JSON.parse(await Deno.readTextFile(join(ROOT, ".slack", "hooks.json"))).hooks;
  const [program, ...args] = String(hooks.build).split(/\s+/);
  strictEqual(program, "deno", "the build hook runs deno");
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args: [...args, "--source", ROOT, "--output", output, "--protocol=message-boundaries"],
    cwd: ROOT,
    stdout: "null",
    stderr: "piped",
  }).output();
  strictEqual(code, 0, `build hook failed: ${new TextDecoder().decode(stderr)}`);
}

Deno.test(`bundles: the build hook writes the manifest and each function under ${MAX_BUNDLE_KB} KB, free of the SDK, that completes when run alone`, async (t) => {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-bundles-" });
  const functionsDir = join(dir, "functions");
  const raw = manifest as unknown as Record<string, unknown>;
  const emulator = await startSlackEmulator({
    datastores: DATASTORES.map((datastore) => datastore.definition),
  });
  const logs = await startSampleLogService();
  try {
    await runBuildHook(dir);
    deepStrictEqual(
      JSON.parse(await Deno.readTextFile(join(dir, "manifest.json"))),
      JSON.parse(JSON.stringify(hookManifest(raw))),
      "manifest.json is the manifest get-manifest prints",
    );
    const callbackIds = Object.keys(raw.functions as object).sort();
    deepStrictEqual(
      [...Deno.readDirSync(functionsDir)].map((entry) => entry.name).sort(),
      callbackIds.map((id) => `${id}.js`),
      "one bundle per function, and nothing else",
    );
    for (const callbackId of callbackIds) {
      const file = join(functionsDir, `${callbackId}.js`);
      const kb = (await Deno.stat(file)).size / 1024;
      await t.step(
        `${callbackId} bundle is at most ${MAX_BUNDLE_KB} KB, on zod's mini build, and imports`,
        async () => {
          console.log(`bundle ${callbackId}: ${kb.toFixed(1)} KB`);
          ok(kb <= MAX_BUNDLE_KB, `${callbackId}: ${kb.toFixed(1)} KB`);
          // Its strings as they read, their repeated parts inserted (withHoistedFragments).
          const code = withFragmentsShown(await Deno.readTextFile(file));
          ok(!code.includes(CLASSIC_ZOD_MARK), `${callbackId} imports "zod": use core/zod.ts`);
          for (const mark of ZOD_CHECK_MARKS) {
            ok(!code.includes(mark), `${callbackId} holds zod's ${mark}: use core/zod.ts's`);
          }
          for (const mark of CONFIG_SCHEMA_MARKS) {
            ok(!code.includes(mark), `${callbackId} holds a config schema ("${mark}")`);
          }
          for (const mark of POLICY_CHECK_MARKS) {
            ok(!code.includes(mark), `${callbackId} checks its policy again ("${mark}")`);
          }
          ok(!code.includes(STREAM_MARK), `${callbackId} holds a scrubber's streams`);
          if (callbackId !== "fetch_logs") {
            ok(!code.includes(WINDOW_PARSER_MARK), `${callbackId} holds the time window parser`);
          }
          if (callbackId !== "post_debug_report") {
            ok(!code.includes(REPORT_INPUT_TITLE), `${callbackId} holds another step's titles`);
          }
          const module = await import(pathToFileURL(file).href);
          strictEqual(typeof module.default, "function", `${callbackId} default export`);
        },
      );
    }

    // The team's own source, as deployed: the sample service's wire format at TEAM_LOGS_URL.
    const teamDir = join(dir, "team");
    await Deno.mkdir(teamDir);
    const teamSource = {
      ...SAMPLE_SOURCES_CONFIG.sources[0],
      name: "team",
      baseUrlEnv: "TEAM_LOGS_URL",
      auth: { type: "bearer", tokenEnv: "TEAM_LOGS_TOKEN" },
    } as Example;
    await bundleFetchLogsWith(await sourcesModule([teamSource], ["127.0.0.1"]), teamDir);
    const teamVariables = { TEAM_LOGS_URL: logs.url, TEAM_LOGS_TOKEN: logs.token };
    const fetchInputs = {
      service: logs.services[0],
      environment: "production",
      window: "1h",
      user_id: ON_CALL_USER,
    };
    const cases: (Case & { bundleDir?: string })[] = [
      {
        name: "scrub_text succeeds with the key masked",
        callbackId: "scrub_text",
        inputs: { text: `key ${AWS_KEY} in use` },
        expect: ({ outputs, error }) => {
          strictEqual(error, undefined);
          strictEqual(outputs?.text, "key [REDACTED:aws-access-key-id] in use");
        },
      },
      {
        name: "scrub_text over 4000 bytes completes with an error",
        callbackId: "scrub_text",
        inputs: { text: "x".repeat(4001) },
        expect: ({ outputs, error }) => {
          strictEqual(outputs, undefined);
          ok(/at most 4000 bytes/.test(error ?? ""), error);
        },
      },
      {
        name: "fetch_logs as shipped (no source) says where to configure one",
        callbackId: "fetch_logs",
        inputs: fetchInputs,
        expect: ({ outputs, error }) => {
          strictEqual(outputs, undefined);
          strictEqual(error, NO_SOURCE_CONFIGURED);
        },
      },
      {
        name:
          "fetch_logs as deployed has no sample source: SAMPLE_LOGS_URL is refused, nothing read",
        callbackId: "fetch_logs",
        inputs: fetchInputs,
        variables: { SAMPLE_LOGS_URL: logs.url, SAMPLE_LOGS_TOKEN: logs.token },
        expect: ({ outputs, error }) => {
          strictEqual(outputs, undefined);
          strictEqual(error, SAMPLE_IN_DEPLOYED_APP);
        },
      },
      {
        name: "fetch_logs with the team's source reads it and returns scrubbed chunks",
        callbackId: "fetch_logs",
        bundleDir: teamDir,
        inputs: fetchInputs,
        variables: teamVariables,
        expect: ({ outputs, error }) => {
          strictEqual(error, undefined);
          strictEqual(outputs?.source, "team");
          const excerpt = outputs?.excerpt as string[];
          ok(Array.isArray(excerpt) && excerpt.length > 0, "excerpt chunks");
          ok((outputs?.line_count as number) > 0);
          ok(Object.keys(JSON.parse(outputs?.masked_counts as string)).length > 0, "masked");
          ok(!excerpt.join("\n").includes(logs.token));
        },
      },
      {
        name: "fetch_logs with the team's source, for an unknown service, completes with an error",
        callbackId: "fetch_logs",
        bundleDir: teamDir,
        inputs: { ...fetchInputs, service: "no-such-service", window: "15m" },
        variables: teamVariables,
        expect: ({ outputs, error }) => {
          strictEqual(outputs, undefined);
          ok(/Unknown service/.test(error ?? ""), error);
        },
      },
      {
        name: "post_debug_report posts ephemerally to the requester",
        callbackId: "post_debug_report",
        inputs: {
          channel_id: DEBUG_CHANNEL,
          user_id: ON_CALL_USER,
          delivery: "ephemeral",
          service: "checkout",
          environment: "production",
          window_start: "2026-11-29T10:00:00.000Z",
          window_end: "2026-11-29T10:15:00.000Z",
          excerpt: [`2026-11-29T10:00:00.000Z ERROR leaked ${AWS_KEY}`],
          line_count: 1,
          truncated: false,
          masked_counts: "{}",
        },
        expect: ({ outputs, error }) => {
          strictEqual(error, undefined);
          ok(typeof outputs?.message_ts === "string" && outputs.message_ts !== "");
          const posted = JSON.stringify(emulator.state.ephemeralMessages());
          ok(!posted.includes(AWS_KEY), "the report was scrubbed again");
        },
      },
      {
        name: "post_debug_report to a channel not allowed completes with an error",
        callbackId: "post_debug_report",
        inputs: {
          channel_id: DEBUG_CHANNEL,
          user_id: ON_CALL_USER,
          delivery: "channel",
          service: "checkout",
          environment: "production",
          window_start: "2026-11-29T10:00:00.000Z",
          window_end: "2026-11-29T10:15:00.000Z",
          excerpt: ["line"],
          line_count: 1,
          truncated: false,
          masked_counts: "{}",
        },
        expect: ({ outputs, error }) => {
          strictEqual(outputs, undefined);
          ok(/ephemeral/.test(error ?? ""), error);
        },
      },
      {
        name: "purge_reports sweeps: the report just posted is not due, nothing is purged",
        callbackId: "purge_reports",
        inputs: {},
        expect: ({ outputs, error }) => {
          strictEqual(error, undefined);
          strictEqual(JSON.stringify(outputs), '{"purged":0,"closed":0,"failed":0,"left":0}');
          ok(emulator.state.triggers().length >= 1, "post_debug_report scheduled its purge");
        },
      },
    ];
    for (const testCase of cases) {
      await t.step(testCase.name, async () => {
        testCase.expect(await invoke(emulator, testCase.bundleDir ?? functionsDir, testCase));
      });
    }
  } finally {
    await logs.stop();
    await emulator.stop();
    await Deno.remove(dir, { recursive: true });
  }
});

/**
 * What a deployed fetch_logs bundle (its source map's files) must not hold: the sample source
 * and anything else of the dev kit but its env var names, the local-run module, or the code that
 * validates the sources config (it was validated at build time).
 */
function deployedWithoutLocalParts(sources: readonly string[]): void {
  const held = (file: string) => sources.includes(join(ROOT, file));
  deepStrictEqual(
    sources.filter((source) => source.startsWith(join(ROOT, "devkit"))),
    [join(ROOT, "devkit", "sample_logs", "env_names.ts")],
    "of the dev kit, only the env var names",
  );
  ok(!held("functions/fetch_logs/local_sample.ts"), "the local-run module is left out");
  ok(held("functions/fetch_logs/local_sample_deployed.ts"), "its deployed stand-in is bundled");
  ok(!held("config/sources.ts") && !held("config/define_sources.ts"), "no config checked at load");
}

/** Text only the sources config's schemas hold (core/sources/config.ts): none in a deployed bundle. */
const CONFIG_SCHEMA_MESSAGES = ["an env var name like", "map at least one service"];

Deno.test(`fetch_logs bundles only the backends its config names: each alone at most ${MAX_BUNDLE_KB} KB, all six at most ${ALL_BACKENDS_ADD_KB} KB more than none, and each loads`, async (t) => {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-backend-bundles-" });
  const kinds = await templateKinds();
  const modules = (sources: ReadonlySet<string>) =>
    kinds.filter((kind) => sources.has(join(ROOT, "core", "sources", `${kind}.ts`)));
  try {
    strictEqual(kinds.length, 6, "the template has an example of each backend");
    for (const kind of kinds) {
      await t.step(`${kind} alone`, async () => {
        const file = join(dir, `fetch_logs_${kind}.js`);
        const result = await bundleFetchLogsWith(await sourcesModuleFor([kind]), dir, file);
        const kb = result.bytes / 1024;
        console.log(`bundle fetch_logs with ${kind}: ${kb.toFixed(1)} KB`);
        ok(kb <= MAX_BUNDLE_KB, `fetch_logs with ${kind}: ${kb.toFixed(1)} KB`);
        deepStrictEqual(modules(new Set(result.sources)), [kind], "the backends the bundle holds");
        deployedWithoutLocalParts(result.sources);
        const code = withFragmentsShown(await Deno.readTextFile(file));
        for (const message of CONFIG_SCHEMA_MESSAGES) {
          ok(!code.includes(message), `a config schema is bundled: "${message}"`);
        }
        const module = await import(pathToFileURL(file).href);
        strictEqual(typeof module.default, "function", "it loads");
      });
    }
    await t.step("all six", async () => {
      const result = await bundleFetchLogsWith(await sourcesModuleFor(kinds), dir);
      const none = await bundleFetchLogsWith(await sourcesModuleFor([]), dir);
      const kb = result.bytes / 1024;
      const added = (result.bytes - none.bytes) / 1024;
      console.log(`bundle fetch_logs with all six backends: ${kb.toFixed(1)} KB`);
      ok(added <= ALL_BACKENDS_ADD_KB, `all six add ${added.toFixed(1)} KB (${kb.toFixed(1)} KB)`);
      deepStrictEqual(modules(new Set(result.sources)), kinds);
      deployedWithoutLocalParts(result.sources);
    });
    await t.step(
      "a config with a bad field stops the build, naming it, and bundles nothing",
      async () => {
        const file = join(dir, "fetch_logs_bad.js");
        const loki = templateExamples(await Deno.readTextFile(TEMPLATE))
          .find((example) => example.kind === "loki");
        const bad = sourcesModule([{ ...loki, baseUrl: "http://loki.example.com" } as Example], [
          "loki.example.com",
        ]);
        await rejects(
          bundleFetchLogsWith(await bad, dir, file),
          /Invalid sources config: sources\[0\]\.baseUrl: must use https/,
        );
        strictEqual(await Deno.stat(file).catch(() => undefined), undefined, "no bundle written");
      },
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("post_debug_report's bundle holds the service rules it checks, not the sources config", async () => {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-post-bundle-" });
  try {
    const entry = functionSources(manifest as unknown as Record<string, unknown>).post_debug_report;
    const { sources } = await bundleFile(entry, join(dir, "post_debug_report.js"));
    const from = (file: string) => sources.some((source) => source === join(ROOT, file));
    ok(from("config/service_rules.ts"), "the team's service rules");
    for (
      const file of ["config/sources.ts", "config/define_sources.ts", "core/sources/config.ts"]
    ) {
      ok(!from(file), `${file} is fetch_logs' alone`);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("bundle contents: each output byte is counted for the source its mapping segment names", () => {
  deepStrictEqual(decodeSegment("AAAA"), [0, 0, 0, 0]);
  deepStrictEqual(decodeSegment("ECAD"), [2, 1, 0, -1]);
  deepStrictEqual(decodeSegment("gBAAC"), [16, 0, 0, 1]);
  // "xx" from a.ts, then "yy\n" and the next line's "zz" from b.ts (the source carries over lines);
  // then "v" from b.ts; "w" before line 3's first segment, and "é" (2 bytes) in a segment with no
  // source, are the bundler's.
  const counts = bytesPerSource("xxyy\nzz\nwvé", {
    sources: ["/p/a.ts", "/p/b.ts"],
    mappings: "AAAA,ECAA;AAAA;CAAA,C",
  });
  deepStrictEqual(Object.fromEntries(counts), { "/p/a.ts": 2, "/p/b.ts": 7, "(bundler)": 3 });
  strictEqual(
    sourceName("/root/.cache/deno/npm/registry.npmjs.org/zod/4.6.7/v4/core/api.js", "/w/"),
    "npm:zod",
  );
  strictEqual(sourceName("/w/core/scrub/engine.ts", "/w/"), "core/scrub/engine.ts");
});

Deno.test("bundle problems: the SDK is found by the paths it was bundled from, minified or not", () => {
  deepStrictEqual(bundleProblems("export default()=>1", ["/w/functions/x.ts"]), []);
  const sdk = "/c/npm/registry.npmjs.org/@slack/deno-slack-sdk/2.15.1/esm/mod.js";
  strictEqual(bundleProblems("export default()=>1", ["/w/functions/x.ts", sdk]).length, 1);
  ok(bundleProblems('import{x}from"node:fs"').some((problem) => problem.includes("node:")));
  strictEqual(flagValue(["--source", "/a", "--output=/b"], "output"), "/b");
  strictEqual(flagValue(["--source", "/a", "--output=/b"], "source"), "/a");
  strictEqual(flagValue(["--protocol=message-boundaries"], "output"), undefined);
});

Deno.test("build hook: a scrubbing policy naming an unknown detector stops the build before anything is written", async () => {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-build-" });
  try {
    await rejects(buildApp(dir, { disabled: ["no-such-detector"] }), (error: unknown) => {
      if (!(error instanceof PolicyError)) throw error;
      ok(error.message.startsWith(`${APP_POLICY_FILE}: `), error.message);
      ok(error.message.includes("policy.disabled[0]"), error.message);
      return true;
    });
    deepStrictEqual([...Deno.readDirSync(dir)], [], "nothing written");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("deployed config modules hold the scrubbing policy and the service rules as validated", async () => {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-deployed-config-test-" });
  try {
    const policy = loadAppPolicy({
      disabled: ["ipv4-address"],
      strategies: { "email-address": "pseudonym" },
      customPatterns: [{ id: "order-token", kind: "secret", pattern: "ordtok_[a-z0-9]{24}" }],
      limits: { timeBudgetMs: 5000 },
    });
    const rules = { payments: { sensitive: true }, "checkout-*": { channels: [DEBUG_CHANNEL] } };
    const remaps = await deployedConfigModules(dir, policy);
    const [policyModule, rulesModule] = Object.values(remaps);
    deepStrictEqual((await import(policyModule)).APP_POLICY, policy);
    deepStrictEqual((await import(rulesModule)).serviceRules, serviceRules);
    const rulesFile = join(dir, "rules.ts");
    await Deno.writeTextFile(rulesFile, deployedServiceRulesModule(rules));
    deepStrictEqual((await import(pathToFileURL(rulesFile).href)).serviceRules, rules);
    throws(
      () => deployedPolicyModule({ ...policy, allowlist: [new Date(0)] } as unknown as Policy),
      /the scrubbing policy holds a value other than text, numbers, lists and objects/,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("deployed config modules refuse a policy the detectors refuse, naming the field", async () => {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-deployed-config-test-" });
  try {
    // Fits the policy's schema; only checking it against the detectors refuses it.
    const base = loadAppPolicy({});
    const refused: [Policy, RegExp][] = [
      [{ ...base, disabled: ["no-such-detector"] }, /policy\.disabled\[0\]/],
      [
        { ...base, customPatterns: [{ id: "t", kind: "secret", pattern: "(a+)+b" }] },
        /policy\.customPatterns\[0\]\.pattern is refused because it has a nested quantifier/,
      ],
    ];
    for (const [policy, field] of refused) {
      await rejects(deployedConfigModules(dir, policy), (error: Error) => {
        ok(error instanceof PolicyError, String(error));
        ok(error.message.startsWith(`${APP_POLICY_FILE}: `), error.message);
        ok(field.test(error.message), error.message);
        return true;
      });
    }
    deepStrictEqual([...Deno.readDirSync(dir)], [], "nothing written for a refused policy");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a function is bundled with the scrubbing policy the build validated", async () => {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-policy-bundle-" });
  try {
    const token = "ordtok_4f9k2m7q1x8z3c6v5b0n2p4r";
    const policy = loadAppPolicy({
      customPatterns: [{ id: "order-token", kind: "secret", pattern: "ordtok_[a-z0-9]{24}" }],
    });
    const entry = functionSources(manifest as unknown as Record<string, unknown>).scrub_text;
    const [result] = await bundleFunctions(dir, { scrub_text: entry }, policy);
    ok(withFragmentsShown(await Deno.readTextFile(result.file)).includes(CUSTOM_PATTERN_MARK));
    const handler = (await import(pathToFileURL(result.file).href)).default;
    const { outputs } = await handler({ inputs: { text: `refund ${token}` }, env: {} });
    strictEqual(outputs.text, "refund [REDACTED:order-token]");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a function bundled with a policy without custom patterns carries no code for them, and scrubs", async () => {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-policy-bundle-" });
  try {
    const entry = functionSources(manifest as unknown as Record<string, unknown>).scrub_text;
    const [result] = await bundleFunctions(dir, { scrub_text: entry }, loadAppPolicy({}));
    const code = await Deno.readTextFile(result.file);
    ok(!withFragmentsShown(code).includes(CUSTOM_PATTERN_MARK));
    strictEqual(withRawUnicode(code), code, "its strings' non-ASCII characters written as UTF-8");
    strictEqual(withHoistedStrings(code), code, "its repeated strings written once");
    ok(withFragmentsShown(code).length > code.length, "its strings' repeated parts written once");
    strictEqual(withArrowFunctions(code), code, "its functions only called written as arrows");
    strictEqual(withGlobalAliases(code), code, "its built-ins read often read once");
    strictEqual(withMemberNames(code), code, "its member names read often written once");
    strictEqual(withTopLevelNames(code), code, "its shortest module-level names read most");
    // The line shapes' definitions build the stored tables (tests, the generator); 3.4 KB with them.
    const shapes = result.contents.get("core/scrub/prefilter/line_shapes.ts") ?? 0;
    ok(shapes < 1536, `line_shapes.ts takes ${shapes} bytes: only the tables' loader ships`);
    // The reaches are looked up (core/scrub/builtin_reaches.ts), never read from the patterns.
    ok(!result.contents.has("core/scrub/reach_inference.ts"), "the reach inference ships");
    const handler = (await import(pathToFileURL(result.file).href)).default;
    const { outputs } = await handler({ inputs: { text: `key ${AWS_KEY}` }, env: {} });
    strictEqual(outputs.text, "key [REDACTED:aws-access-key-id]");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a deployed sources module holds the config as validated, and each backend's reader", async () => {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-deployed-sources-test-" });
  try {
    const kinds = await templateKinds();
    const configFile = join(dir, "sources.ts");
    await Deno.writeTextFile(configFile, await sourcesModuleFor(kinds));
    const team = (await import(pathToFileURL(configFile).href)).default as SourcesConfig;
    const deployedFile = join(dir, "deployed.ts");
    await Deno.writeTextFile(deployedFile, await deployedSourcesModule(team));
    const deployed = (await import(pathToFileURL(deployedFile).href)).default as SourcesConfig;
    const { backends, ...data } = deployed;
    const { backends: given, ...validated } = team;
    deepStrictEqual(data, validated, "the same config, defaults filled in");
    deepStrictEqual(
      backends.map((backend) => [backend.kind, backend.read]),
      given.map((b) => [b.kind, b.read]),
    );
    throws(() => backends[0].configSchema(), /validated when the app was built/);

    const notOurs = {
      ...team,
      backends: [{ ...team.backends[0], read: () => team.backends[0].read }],
    };
    await rejects(
      deployedSourcesModule(notOurs as unknown as SourcesConfig),
      /backends\[0\] does not read with an export of file:.*\/core\/sources\/loki\.ts/,
    );
    const dated = { ...team, fetchBudgetMs: new Date(0) };
    await rejects(
      deployedSourcesModule(dated as unknown as SourcesConfig),
      /^Error: config\/sources\.ts holds a value other than text, numbers, lists and objects$/,
    );
    ok((await deployedSourcesModule(undefined)).endsWith("\nexport default undefined;\n"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a build writes the deployed config once, in one temporary directory it removes, whatever it bundles", async () => {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-build-once-" });
  const makeTempDir = Deno.makeTempDir;
  const made: string[] = [];
  Deno.makeTempDir = async (options) => {
    const path = await makeTempDir(options);
    if (options?.prefix?.startsWith("safe-debug-deployed")) made.push(path);
    return path;
  };
  try {
    const sources = functionSources(manifest as unknown as Record<string, unknown>);
    const built = await bundleFunctions(dir, {
      scrub_text: sources.scrub_text,
      fetch_logs: sources.fetch_logs,
    });
    deepStrictEqual(built.map((result) => result.callbackId), ["scrub_text", "fetch_logs"]);
    const one = await withDeployedConfig(loadAppPolicy({}), async (config) => {
      const kinds = await templateKinds();
      for (const kind of kinds.slice(0, 2)) {
        const file = join(dir, `fetch_logs_${kind}.js`);
        await bundleFetchLogsWith(await sourcesModuleFor([kind]), dir, file, config);
      }
      return config.dir;
    });
    strictEqual(made.length, 2, `one directory per build: ${made.join(", ")}`);
    strictEqual(made[1], one);
    for (const path of made) {
      strictEqual(await Deno.stat(path).catch(() => undefined), undefined, `${path} removed`);
    }
  } finally {
    Deno.makeTempDir = makeTempDir;
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a build writes its import maps once, not once per bundle", async () => {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-build-maps-" });
  const writeTextFile = Deno.writeTextFile;
  const maps: string[] = [];
  Deno.writeTextFile = (path, data, options) => {
    if (String(path).endsWith(".json")) maps.push(String(path));
    return writeTextFile(path, data, options);
  };
  try {
    const sources = functionSources(manifest as unknown as Record<string, unknown>);
    const built = await bundleFunctions(dir, {
      scrub_text: sources.scrub_text,
      purge_reports: sources.purge_reports,
      verify_alert: sources.verify_alert,
      fetch_logs: sources.fetch_logs,
    });
    strictEqual(built.length, 4);
    // One for every function, one for fetch_logs (its sources config as validated).
    strictEqual(maps.length, 2, maps.join(", "));
  } finally {
    Deno.writeTextFile = writeTextFile;
    await Deno.remove(dir, { recursive: true });
  }
});
