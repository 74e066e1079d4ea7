/** SaaS and developer-platform credentials: Shopify, Atlassian, Linear, Notion, Heroku, DigitalOcean, 1Password, Vault, Doppler, Pulumi, Terraform Cloud, and many more. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { caseless, UUID } from "./provider_shapes.ts";
import { assignedValue } from "./assigned_values.ts";
import { compactToken, prefixedToken } from "./prefixed_tokens.ts";
import { gated, hasRun, hasRunWhere, scannedRunGate } from "./value_runs.ts";
import { AT_KEYWORD, AT_NUMBER_RUN } from "../windowed_match.ts";

/**
 * A token that is its literal prefix plus a random body (./prefixed_tokens.ts), ending before a
 * URL-safe character unless `tail` says otherwise.
 */
const prefixed = (
  id: string,
  prefix: string,
  body: string,
  tail = "A-Za-z0-9_-",
  cutClass?: string,
) => prefixedToken(id, prefix, body, { tail, cutClass });

/**
 * A Shopify token's body: 32 characters after its prefix. Shopify documents the prefixes and
 * the length, not the alphabet: issued tokens show hex, and letters past `f` are read too. A
 * longer body (up to 64) is masked whole rather than kept for its length (fail closed).
 */
const SHOPIFY_BODY = "[A-Za-z0-9]{32,64}";

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /** Shopify Admin API access token: shpat_ and 32 characters (SHOPIFY_BODY). */
  prefixed("shopify-admin-access-token", "shpat_", SHOPIFY_BODY),
  /** Shopify custom app access token: shpca_ and 32 characters (SHOPIFY_BODY). */
  prefixed("shopify-custom-app-token", "shpca_", SHOPIFY_BODY),
  /** Shopify private app access token: shppa_ and 32 characters (SHOPIFY_BODY). */
  prefixed("shopify-private-app-token", "shppa_", SHOPIFY_BODY),
  /** Shopify app shared secret: shpss_ and 32 characters (SHOPIFY_BODY). */
  prefixed("shopify-shared-secret", "shpss_", SHOPIFY_BODY),
  /**
   * Atlassian (Jira, Confluence, Bitbucket) API token: ATATT3 and a long URL-safe body with a
   * checksum.
   */
  prefixed(
    "atlassian-api-token",
    "ATATT3",
    "[A-Za-z0-9_=-]{150,300}",
    "A-Za-z0-9_=-",
  ),
  /**
   * Atlassian legacy API token: 24 base62 characters assigned to a jira / confluence / atlassian
   * token name.
   */
  assignedValue(
    "atlassian-legacy-api-token",
    "(?:jira|confluence|atlassian)[a-z_-]{0,20}?(?:token|password|key)",
    "[A-Za-z0-9]{24}",
    3.5,
  ),
  /** Linear personal API key: lin_api_ and 40 base62 characters. */
  prefixed(
    "linear-api-key",
    "lin_api_",
    "[A-Za-z0-9]{40}",
  ),
  /** Linear OAuth access token: lin_oauth_ and 64 hex characters. */
  prefixed(
    "linear-oauth-token",
    "lin_oauth_",
    "[a-f0-9]{64}",
  ),
  /**
   * Notion integration token: ntn_, 11 digits and 35 base62 characters, or the legacy secret_ and
   * 43 base62 characters.
   */
  // `secret_` is in many key names: read only lines with a run of 43 or 46 letters and digits
  // after a `_`, which the token's body is (no letter, digit or `_` follows a token), in a run of
  // 50 URL-safe characters or more (the whole token; most lines have none).
  gated(
    compactToken(
      "notion-integration-token",
      "ntn_\\d{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}",
      3.5,
      undefined,
      ["ntn_", "secret_"],
    ),
    (line) =>
      hasRun(line, "url-safe", 50) && hasRunWhere(
        line,
        "alnum",
        43,
        (start, end) => line[start - 1] === "_" && (end - start === 43 || end - start === 46),
      ),
  ),
  /** Heroku API key (new format): HRKU- and 60 URL-safe characters. */
  prefixed(
    "heroku-api-key-v2",
    "HRKU-",
    "[A-Za-z0-9_-]{60}",
  ),
  /** Heroku API key (legacy): a UUID assigned to HEROKU_API_KEY or another heroku key name. */
  assignedValue("heroku-api-key", "heroku[a-z_-]{0,20}?(?:key|token)", UUID),
  /**
   * DigitalOcean personal access (dop_v1_), OAuth (doo_v1_) or refresh (dor_v1_) token: the prefix
   * and 64 hex characters.
   */
  compactToken("digitalocean-token", "do[por]_v1_[a-f0-9]{64}", 3, undefined, [
    "dop_v1_",
    "doo_v1_",
    "dor_v1_",
  ]),
  /** 1Password service account token: ops_eyJ and a long base64 JSON body. */
  prefixed(
    "1password-service-account-token",
    "ops_eyJ",
    "[A-Za-z0-9+/]{250,2000}={0,3}",
    "A-Za-z0-9_+/=",
    "A-Za-z0-9+/",
  ),
  /** 1Password account Secret Key: A3-, then dash-separated groups of upper-case alphanumerics. */
  // `a3-` is in many hex ids: read only lines with a URL-safe run ending in the key (39 or 40
  // characters from A3-: the key is all URL-safe, and none of the run follows it).
  gated(
    compactToken(
      "1password-secret-key",
      "A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
      undefined,
      "A-Za-z0-9_-",
    ),
    (line) =>
      hasRunWhere(
        line,
        "url-safe",
        39,
        (_, end) => line.startsWith("A3-", end - 39) || line.startsWith("A3-", end - 40),
      ),
  ),
  /**
   * HashiCorp Vault service (hvs.), batch (hvb.) or recovery (hvr.) token: the prefix and a
   * URL-safe body, from 24 characters (Vault issues longer ones; docs and scanners' tests show
   * shorter ones). Also glued to a word before it (`tokenhvs.…`): no word ends in hvs., hvb. or
   * hvr. before a body this long and random.
   */
  compactToken("vault-token", "hv[sbr]\\.[A-Za-z0-9_-]{24,400}", 4, "A-Za-z0-9_-", [
    "hvs.",
    "hvb.",
    "hvr.",
  ], { lead: "" }),
  /**
   * A HashiCorp Vault (or OpenBao) unseal or recovery key share given to `operator unseal` on the
   * command line (Vault's CLI docs): base64 of 32 or more bytes after the command and its flags.
   */
  compactToken(
    "vault-unseal-key-argument",
    "operator unseal\\s{1,4}(?:-[a-z-]{2,20}(?:=\\S{1,64})?\\s{1,4}){0,4}(?<secret>[A-Za-z0-9+/]{43,88}={0,2})",
    3.5,
    "A-Za-z0-9+/=",
    ["operator unseal"],
  ),
  /**
   * HashiCorp Vault legacy token: s. and 24 base62 characters, assigned to VAULT_TOKEN or the
   * X-Vault-Token header.
   */
  // `vault` is on many lines of key/value logs: read only lines where a run of 24 or more base64
  // digits follows `s.` or `b.` (the token's body starts one: `.` is no such digit).
  gated(
    assignedValue("vault-legacy-token", "(?:x-)?vault[_-]?token", "[sb]\\.[A-Za-z0-9]{24}", 3.5, [
      "vault",
    ]),
    scannedRunGate(
      24,
      (line, start) => line.startsWith("s.", start - 2) || line.startsWith("b.", start - 2),
    ),
  ),
  /**
   * Doppler personal (dp.pt.), service (dp.st.), service-account (dp.sa.), CLI (dp.ct.), SCIM or
   * audit token: the prefix and 40–44 base62 characters.
   */
  compactToken(
    "doppler-token",
    "dp\\.(?:pt|st|sa|ct|scim|audit)\\.(?:[a-z0-9_-]{1,40}\\.)?[A-Za-z0-9]{40,44}",
    3.5,
    undefined,
    ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."],
  ),
  /** Pulumi access token: pul- and 40 hex characters. */
  prefixed(
    "pulumi-access-token",
    "pul-",
    "[a-f0-9]{40}",
  ),
  /**
   * Terraform Cloud / Enterprise API token: 14 characters, .atlasv1. and 60–70 URL-safe characters.
   */
  compactToken(
    "terraform-cloud-token",
    "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}",
    3.5,
    "A-Za-z0-9_=-",
    [".atlasv1."],
  ),
  /** Vercel access token: 24 base62 characters assigned to a vercel token name. */
  assignedValue("vercel-token", "vercel[a-z_-]{0,20}?token", "[A-Za-z0-9]{24}", 3.5),
  /** Netlify personal access token: nfp_ and 36 base62 characters. */
  prefixed(
    "netlify-token",
    "nfp_",
    "[A-Za-z0-9]{36}",
  ),
  /** Netlify legacy access token: 43 URL-safe characters assigned to a netlify token name. */
  assignedValue("netlify-legacy-token", "netlify[a-z_-]{0,20}?token", "[A-Za-z0-9_-]{43}", 3.5),
  /**
   * Fly.io macaroon token (FlyV1 fm1_/fm2_…) or organization token (fo1_ and 43 URL-safe
   * characters).
   */
  compactToken(
    "flyio-token",
    "fm[12][ar]?_[A-Za-z0-9+/=_-]{100,4000}|fo1_[A-Za-z0-9_-]{43}",
    4,
    "A-Za-z0-9+/=_-",
    ["fm1", "fm2", "fo1_"],
    { cutClass: "A-Za-z0-9+/=_-" },
  ),
  /**
   * Supabase personal access token (sbp_ and 40 hex) or secret API key (sb_secret_ and 31+
   * URL-safe).
   */
  compactToken(
    "supabase-token",
    "sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,64}",
    3,
    "A-Za-z0-9_-",
    ["sbp_", "sb_secret_"],
  ),
  /**
   * PlanetScale service token, password or OAuth token: pscale_tkn_/pscale_pw_/pscale_oauth_ and
   * 32–64 characters.
   */
  compactToken(
    "planetscale-token",
    "pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}",
    3.5,
    "A-Za-z0-9_.=-",
  ),
  /** Cloudflare API token: 40 URL-safe characters assigned to a cloudflare / cf token name. */
  // `cf-` is in many ids: read only lines with a URL-safe run of 40, or ending in 40 after a
  // `-`. The value is 40 URL-safe characters with none after them; before them is the
  // assignment (a quote, space, `:`, `=`, `>`) or, read back to its key, no letter, digit or `_`.
  gated(
    assignedValue(
      "cloudflare-api-token",
      "cloudflare[a-z_-]{0,20}?token|cf[_-]?(?:api[_-]?)?token",
      "[A-Za-z0-9_-]{40}",
      3.5,
      ["cloudflare", "cf_", "cf-", "cfapi", "cftoken"],
    ),
    (line) =>
      hasRunWhere(
        line,
        "url-safe",
        40,
        (start, end) => end - start === 40 || line[end - 41] === "-",
      ),
  ),
  /** Cloudflare global API key: 37 hex characters assigned to a cloudflare / cf key name. */
  // `cf-` is in many ids: read only lines with exactly 37 hex digits in a row, the value (no
  // letter or digit touches it: the assignment or a non-name character before, its end after).
  gated(
    assignedValue(
      "cloudflare-global-api-key",
      "cloudflare[a-z_-]{0,20}?key|cf[_-]?(?:api[_-]?)?key|x-auth-key",
      "[a-f0-9]{37}",
      3,
      ["cloudflare", "cf_", "cf-", "cfapi", "cfkey", "x-auth-key"],
    ),
    (line) => hasRunWhere(line, "hex", 37, (start, end) => end - start === 37),
  ),
  /** Cloudflare Origin CA key: v1.0-, 24 hex, - and 146 hex characters. */
  compactToken("cloudflare-origin-ca-key", "v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}", 3),
  /** Databricks personal access token: dapi, 32 hex characters and an optional -<digit> suffix. */
  compactToken("databricks-token", "dapi[a-f0-9]{32}(?:-\\d)?", 3),
  /** Figma personal access token: figd_ and 40 URL-safe characters. */
  prefixed(
    "figma-token",
    "figd_",
    "[A-Za-z0-9_-]{40}",
  ),
  /** Postman API key: PMAK-, 24 hex, - and 34 hex characters. */
  compactToken("postman-api-key", "PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),
  /** Airtable personal access token: pat, 14 base62 characters, a dot and 64 hex. */
  // `pat` is in every `path`: read only lines with 64 hex digits in a row after a `.`, the
  // token's end (no letter, digit or `_` follows a token).
  gated(
    compactToken("airtable-pat", "pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}"),
    (line) =>
      hasRunWhere(line, "hex", 64, (start, end) => end - start === 64 && line[start - 1] === "."),
  ),
  /**
   * Asana personal access token: 1/ or 2/, numeric ids, a colon and 32 characters, assigned to an
   * asana name.
   */
  assignedValue(
    "asana-pat",
    "asana[a-z_-]{0,20}?(?:token|pat|key)",
    "\\d/\\d{10,20}(?:/\\d{10,20})?:[A-Za-z0-9]{32}",
    3,
  ),
  /**
   * Asana personal access token on its own (no asana name near it): `1/` and a user id, or `2/`
   * and a user and an app id (10 to 20 digits each), a colon and 32 hex; found where the ids'
   * digits make the number-run line shape, so not right after what that shape does not start
   * after (`:` included: `"token":2/…` is left to the readers of the key).
   */
  compactToken(
    "asana-pat-bare",
    "(?:1/\\d{10,20}|2/\\d{10,20}/\\d{10,20}):[0-9a-f]{32}",
    undefined,
    undefined,
    undefined,
    {
      prefilter: { shape: "number-run" },
      // Starts at a number-run start (the lead refuses `A-Za-z0-9_.:/-` before it): a digit, a `/`
      // and ten or more digits.
      reach: AT_NUMBER_RUN,
      lead: "(?<![A-Za-z0-9_.:/-])",
    },
  ),
  /** Twitch chat (IRC) OAuth token: oauth: and 30 lower-case alphanumerics. */
  compactToken("twitch-oauth-token", "oauth:[a-z0-9]{30}", 3.5),
  /**
   * ThingsBoard device access token in its HTTP/CoAP device API path (ThingsBoard's docs):
   * /api/v1/, the 20-character token, then /telemetry, /attributes, /rpc or /claim.
   */
  compactToken(
    "thingsboard-access-token",
    "/api/v1/(?<secret>[A-Za-z0-9]{20})/(?:telemetry|attributes|rpc|claim)",
    3,
    undefined,
    ["/api/v1/"],
    { lead: "" },
  ),
  /** StackHawk API key (StackHawk's docs): hawk., 20 URL-safe characters, . and 20 more. */
  prefixed("stackhawk-api-key", "hawk.", "[A-Za-z0-9_-]{20}\\.[A-Za-z0-9_-]{20}"),
  /** Dependency-Track API key: odt_, an optional 8-character public id and _, 32+ base62. */
  prefixed("dependency-track-api-key", "odt_", "(?:[A-Za-z0-9]{8}_)?[A-Za-z0-9]{32,40}"),
  /** Twitch stream key (Twitch's stream key FAQ): live_, the channel's user id, _ and 30+ base62. */
  prefixed("twitch-stream-key", "live_", "\\d{5,12}_[A-Za-z0-9]{30,36}"),
  /**
   * HashiCorp Vault (before 1.10) or OpenBao service token on its own: s. and 24 base62
   * characters, a lower-case letter, a capital and a digit among them.
   */
  // `s.` starts few words (its keyword is read at a word's start only): read only lines holding a
  // run of exactly 24 base64 digits right after it (the lead and tail refuse any base64 digit
  // around the token; `.` is none).
  gated(
    prefixedToken(
      "vault-service-token-bare",
      "s.",
      "(?=[a-zA-Z]*\\d)(?=[a-z\\d]*[A-Z])(?=[A-Z\\d]*[a-z])[A-Za-z\\d]{24}",
      { tail: "\\w+/-", prefilter: { keywords: ["s."], atWordStart: ["s."] } },
    ),
    scannedRunGate(
      24,
      (line, start, end) => end - start === 24 && line.startsWith("s.", start - 2),
    ),
  ),
  /**
   * HashiCorp Vault (1.0 to 1.9) or OpenBao batch token on its own: b. and its encrypted body in
   * URL-safe base64, 80 characters or more (Vault's upgrade notes for 1.0 give batch tokens b.;
   * OpenBao went back to it).
   */
  // As the service token's: b. is read at a word's start only, on lines where the keyword scan
  // found a run of 80 or more base64 digits right after it.
  gated(
    prefixedToken("vault-batch-token-bare", "b.", "[A-Za-z0-9_-]{80,400}", {
      prefilter: { keywords: ["b."], atWordStart: ["b."] },
    }),
    scannedRunGate(80, (line, start) => line[start - 1] === "." && line[start - 2] === "b"),
  ),
  /**
   * Twitch application client secret: 30 lower-case alphanumerics assigned to a twitch secret name.
   */
  assignedValue("twitch-client-secret", "twitch[a-z_-]{0,20}?secret", "[a-z0-9]{30}", 3.5),
  /** Dropbox short-lived access token: sl. (or sl.u.) and a long URL-safe body. */
  compactToken("dropbox-access-token", "sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1400}", 4, "A-Za-z0-9_-"),
  /** Okta API token in an Authorization: SSWS <token> header: 00 and 40 URL-safe characters. */
  compactToken(
    "okta-api-token-header",
    "SSWS\\s(?<secret>00[A-Za-z0-9_-]{40})",
    3.5,
    "A-Za-z0-9_-",
    ["ssws "],
  ),
  /**
   * Okta API token: 42 URL-safe characters (00 and 40 when issued), assigned to an okta token name.
   */
  assignedValue("okta-api-token", "okta[a-z_-]{0,20}?(?:token|key)", "[A-Za-z0-9_=-]{42}", 3.5),
  /**
   * age encryption secret key (age-keygen's manual): AGE-SECRET-KEY-1, or AGE-SECRET-KEY-PQ-1 for
   * the post-quantum hybrid identity of `age-keygen -pq`, and 58 bech32 characters; at least 3
   * bits of entropy per character, so an all-X stand-in stays.
   */
  compactToken(
    "age-secret-key",
    "AGE-SECRET-KEY-(?:PQ-)?1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    3,
  ),
  /** Nostr private key (NIP-19): nsec1 and 58 bech32 characters. */
  prefixedToken("nostr-secret-key", "nsec1", "[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}"),
  /**
   * Tailscale key: tskey-<type>- (api, auth, client, webhook, scim today; a type added later reads
   * the same), a key id, - and a random secret.
   */
  compactToken("tailscale-key", "tskey-[a-z]{3,10}-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,40}", 3.5),
  /**
   * Sourcegraph access token: sgp_, an optional instance id or local, _ and 40 hex; or the legacy
   * sgp_ and 40 hex.
   */
  compactToken("sourcegraph-access-token", "sgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40}", 3),
  /**
   * Sourcegraph access token without a prefix (before sgp_): 40 hex characters assigned to
   * SRC_ACCESS_TOKEN or a sourcegraph token name.
   */
  assignedValue(
    "sourcegraph-legacy-token",
    "src[_-]?access[_-]?token|sourcegraph[a-z_-]{0,20}?token",
    "[a-f0-9]{40}",
    3,
    ["src_access", "src-access", "srcaccess", "sourcegraph"],
  ),
  /** Contentful personal access token: CFPAT- and 43 URL-safe characters. */
  prefixed(
    "contentful-pat",
    "CFPAT-",
    "[A-Za-z0-9_-]{43}",
  ),
  /** Algolia admin / write API key: 32 hex characters assigned to an algolia key name. */
  assignedValue("algolia-api-key", "algolia[a-z_-]{0,20}?key", "[a-f0-9]{32}", 3),
  /** HubSpot private app access token: pat-<region>- and a UUID. */
  compactToken(
    "hubspot-private-app-token",
    `pat-(?:na|eu|ap)\\d-${UUID}`,
    undefined,
    "A-Za-z0-9_-",
    ["pat-na", "pat-eu", "pat-ap"],
  ),
  /**
   * HubSpot legacy API key (hapikey): a UUID, in either case, in a hapikey= query parameter, or
   * assigned to a hubspot key name.
   */
  compactToken(
    "hubspot-api-key",
    `(?:hapikey=|${
      caseless("hubspot[a-z_-]{0,20}?(?:api[_-]?)?key")
    }["']?\\s{0,4}[:=]\\s{0,4}["']?)(?<secret>${UUID.replaceAll("a-f", "A-Fa-f")})`,
    undefined,
    "A-Za-z0-9_-",
    ["hapikey", "hubspot"],
  ),
  /**
   * Mapbox secret (sk.) or temporary (tk.) access token: eyJ, a base64 JSON body, a dot and 22
   * URL-safe characters (pk. tokens are public).
   */
  compactToken(
    "mapbox-secret-token",
    "[st]k\\.eyJ[A-Za-z0-9_-]{16,300}\\.[A-Za-z0-9_-]{22}",
    4,
    "A-Za-z0-9_-",
    ["k.eyj"],
  ),
  /** Salesforce OAuth access / session token: 00D and the org id, !, and a long body. */
  compactToken(
    "salesforce-access-token",
    "00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,300}",
    4,
    "A-Za-z0-9._",
  ),
  /**
   * X (Twitter) app-only bearer token: a run of 20+ A characters followed by URL-encoded base64.
   */
  compactToken("twitter-bearer-token", "A{20,24}[A-Za-z0-9%]{30,150}", 3.5, "A-Za-z0-9%", [
    "aaaaaaaaaaaaaaaaaaaa",
  ]),
  /** Typeform personal access token: tfp_ and 40–70 URL-safe characters. */
  prefixed(
    "typeform-token",
    "tfp_",
    "[A-Za-z0-9_.=-]{40,70}",
    "A-Za-z0-9_.=-",
  ),
  /** EasyPost production or test API key: EZAK / EZTK and 54 lower-case alphanumerics. */
  compactToken("easypost-api-key", "EZ[AT]K[A-Za-z0-9]{54}", 3.5, undefined, ["ezak", "eztk"]),
  /** Shippo live or test API token: shippo_live_ / shippo_test_ and 40 hex characters. */
  compactToken("shippo-api-token", "shippo_(?:live|test)_[a-fA-F0-9]{40}", 3),
  /**
   * LaunchDarkly API access token or SDK key: api-/sdk-/mob- and a UUID, assigned to a launchdarkly
   * name.
   */
  assignedValue(
    "launchdarkly-key",
    "launchdarkly[a-z_-]{0,20}?(?:key|token)|ld[_-]?(?:sdk|api|mobile)[_-]?(?:key|token)",
    `(?:api|sdk|mob)-${UUID}`,
    undefined,
    ["launchdarkly", "ld_", "ld-", "ldsdk", "ldapi", "ldmobile"],
  ),
  /** Intercom access token: base64 of "tok:…", which starts dG9rOj. */
  prefixed(
    "intercom-access-token",
    "dG9rOj",
    "[A-Za-z0-9+/]{40,120}={0,2}",
    "A-Za-z0-9_+/=",
  ),
  /** Zendesk API token: 40 base62 characters assigned to a zendesk token name. */
  assignedValue("zendesk-api-token", "zendesk[a-z_-]{0,20}?(?:token|key)", "[A-Za-z0-9]{40}", 3.5),
  /** ReadMe API key: rdme_ and 70 lower-case alphanumerics. */
  prefixed(
    "readme-api-key",
    "rdme_",
    "[a-z0-9]{70}",
  ),
  /** Prefect Cloud API key: pnu_ and 36 base62 characters. */
  prefixed(
    "prefect-api-key",
    "pnu_",
    "[A-Za-z0-9]{36}",
  ),
  /** Defined Networking (Nebula) API token: dnkey-, 26 characters, - and 52 characters. */
  compactToken(
    "defined-networking-api-token",
    "dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}",
    3.5,
    "a-z0-9=_-",
  ),
  /** Scalingo API token: tk-us- and 48 URL-safe characters. */
  prefixed(
    "scalingo-api-token",
    "tk-us-",
    "[A-Za-z0-9_-]{48}",
  ),
  /** Infracost API token: ico- and 32 base62 characters. */
  prefixed(
    "infracost-api-token",
    "ico-",
    "[A-Za-z0-9]{32}",
  ),
  /** Duffel live or test API token: duffel_live_ / duffel_test_ and 43 URL-safe characters. */
  compactToken("duffel-api-token", "duffel_(?:live|test)_[A-Za-z0-9_=-]{43}", 3.5, "A-Za-z0-9_=-"),
  /** Frame.io API token: fio-u- and 64 URL-safe characters. */
  prefixed(
    "frameio-api-token",
    "fio-u-",
    "[A-Za-z0-9_=-]{64}",
    "A-Za-z0-9_=-",
  ),
  /** Neon API key: napi_ and 64 lower-case alphanumerics. */
  prefixed(
    "neon-api-key",
    "napi_",
    "[a-z0-9]{64}",
  ),
  /** Render API key: rnd_ and 32 base62 characters. */
  prefixed(
    "render-api-key",
    "rnd_",
    "[A-Za-z0-9]{32}",
  ),
  /**
   * ngrok authtoken or API key: 27 base62, _ and 21 base62 characters, assigned to an ngrok name.
   */
  assignedValue(
    "ngrok-authtoken",
    "ngrok[a-z_-]{0,20}?(?:token|key)",
    "[A-Za-z0-9]{27}_[A-Za-z0-9]{21}",
    3.5,
  ),
  /** OpenShift OAuth access token: sha256~ and 43 URL-safe characters. */
  prefixed(
    "openshift-user-token",
    "sha256~",
    "[A-Za-z0-9_-]{43}",
  ),
  /** Zapier catch-hook URL: hooks.zapier.com/hooks/catch/<account>/<hook id>. */
  compactToken(
    "zapier-webhook-url",
    "hooks\\.zapier\\.com/hooks/catch/\\d{4,12}/[a-z0-9]{5,12}",
    undefined,
    "A-Za-z0-9_",
    ["hooks.zapier.com"],
  ),
  /** Cloudinary URL: cloudinary://<api key>:<api secret>@<cloud name> (the secret is masked). */
  compactToken(
    "cloudinary-url",
    "cloudinary://\\d{12,16}:(?<secret>[A-Za-z0-9_-]{27})@[a-z0-9-]{1,64}",
    3.5,
  ),
  /** Snyk API token: a UUID assigned to SNYK_TOKEN or another snyk token name. */
  assignedValue("snyk-token", "snyk[a-z_-]{0,20}?(?:token|key)", UUID),
  /** Trello API token: ATTA and 60–80 base62 characters. */
  compactToken("trello-api-token", "ATTA[A-Za-z0-9]{60,80}", 3.5),
  /** Auth0 application client secret: 64 URL-safe characters assigned to an auth0 secret name. */
  assignedValue("auth0-client-secret", "auth0[a-z_-]{0,20}?secret", "[A-Za-z0-9_-]{64}", 3.5),
  /** Segment write key: 32 base62 characters assigned to a segment write key name. */
  assignedValue(
    "segment-write-key",
    "segment[a-z_-]{0,12}?(?:write[_-]?key|token)",
    "[A-Za-z0-9]{32}",
    3.5,
  ),
  /**
   * Facebook / Meta Graph API access token (user, Page, system-user): EAA, a letter tied to the
   * app, and a long base62 body (about 100–250 characters).
   */
  compactToken("facebook-access-token", "EAA[A-Za-z0-9]{28,512}", 4, "A-Za-z0-9", undefined, {
    // Every match starts with its keyword (the lead only looks behind).
    reach: AT_KEYWORD,
    cutClass: "A-Za-z0-9",
  }),
  /**
   * Facebook / Meta app access token: the app id (15–17 digits), | (or %7C) and the app secret or
   * an issued 27–40-character value. The bound on entropy is one 32 hex characters of an app
   * secret pass (a random one falls below 3.5 about one time in five).
   */
  compactToken(
    "facebook-app-access-token",
    "\\d{15,17}(?:\\||%7[Cc])(?<secret>[A-Za-z0-9_-]{27,40})",
    3,
    "A-Za-z0-9_-",
    undefined,
    // The app id's last digit, then | or its URL encoding.
    { prefilter: { keywords: [..."0123456789"].flatMap((digit) => [`${digit}|`, `${digit}%7c`]) } },
  ),
  /**
   * Facebook / Meta app secret or client token: 32 hex characters assigned to a facebook / fb /
   * meta app secret or client token name.
   */
  // fb / meta glued to the next word of the names too (fbsecret, meta_secret, metaclient).
  assignedValue(
    "facebook-app-secret",
    "(?:facebook|fb|meta)[_-]?(?:app[_-]?|client[_-]?)?(?:secret|token)|facebook[a-z_-]{0,20}?secret",
    "[a-f0-9]{32}",
    3,
    [
      "facebook",
      "fb_",
      "fb-",
      ...["fb", "meta", "meta_", "meta-"].flatMap((p) =>
        ["app", "client", "secret", "token"].map((w) => p + w)
      ),
    ],
  ),
  /** Adafruit IO key (Adafruit IO's docs): aio_ and 28 base62 characters. */
  prefixed("adafruit-io-key", "aio_", "[A-Za-z0-9]{28}"),
  /** Adobe Developer Console client secret (Adobe's docs): p8e- and 32 base62 characters. */
  prefixed("adobe-client-secret", "p8e-", "[A-Za-z0-9]{32}"),
  /** LaunchDarkly API access token, SDK or mobile key (its docs): api-/sdk-/mob- and a UUID. */
  prefixedToken("launchdarkly-prefixed-key", ["api-", "sdk-", "mob-"], UUID),
  /** 42 intra API application secret (42's API docs): s-s4t2ud- or s-s4t2af- and 64 hex. */
  prefixedToken("intra42-client-secret", ["s-s4t2ud-", "s-s4t2af-"], "[a-f0-9]{64}"),
  /** MaxMind license key (MaxMind's 2024 format): 6 base62, _, 29 base62 and the suffix _mmk. */
  compactToken("maxmind-license-key", "[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk", 3, undefined, ["_mmk"]),
  /** SettleMint application, personal or service token (its docs): sm_aat_/sm_pat_/sm_sat_ + 16. */
  prefixedToken("settlemint-token", ["sm_aat_", "sm_pat_", "sm_sat_"], "[A-Za-z0-9]{16}"),
  /**
   * Bitwarden Secrets Manager access token (Bitwarden's docs): 0., the service account's UUID, .,
   * a 30-character secret, : and a base64 encryption key of 16 bytes (always ending ==, the
   * prefilter's keyword: 0. alone is everywhere).
   */
  prefixedToken("bitwarden-access-token", "0.", `${UUID}\\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==`, {
    prefilter: { keywords: ["=="] },
    tail: "A-Za-z0-9+/=",
  }),
  /** Cloudflare API key or token in the scannable format (Cloudflare's docs): cfk_/cfut_/cfat_ + 48. */
  prefixedToken("cloudflare-prefixed-token", ["cfk_", "cfut_", "cfat_"], "[A-Za-z0-9]{48}"),
  /** Vercel access, integration, app or AI Gateway token (vcp_/vci_/vca_/vcr_/vck_ and a body). */
  prefixedToken(
    "vercel-prefixed-token",
    ["vcp_", "vci_", "vca_", "vcr_", "vck_"],
    "[A-Za-z0-9]{24,100}",
  ),
  /** ClickUp personal API token (ClickUp's docs): pk_, the user id, _ and 32 upper alphanumerics. */
  prefixed("clickup-api-token", "pk_", "\\d{5,10}_[A-Z0-9]{32}"),
  /** Riot Games API key (Riot's developer portal): RGAPI- and a UUID. */
  prefixed("riot-games-api-key", "RGAPI-", UUID),
  /** Zoho OAuth access or refresh token (Zoho's API docs): 1000., 32 hex, . and 32 hex. */
  prefixed("zoho-oauth-token", "1000.", "[a-f0-9]{32}\\.[a-f0-9]{32}"),
  /**
   * Authress service client access key (Authress' docs): sc_/ext_/scauth_/authress_ and the
   * client id, the key id, .acc_ or .acc- and the account id, then the base64 private key.
   */
  prefixedToken(
    "authress-access-key",
    ["sc_", "ext_", "scauth_", "authress_"],
    "[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][A-Za-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,200}",
    { prefilter: { keywords: [".acc_", ".acc-"] }, tail: "A-Za-z0-9+/_=-" },
  ),
  /** Apify personal API token (Apify's console): apify_api_ and 36 base62 characters. */
  prefixed("apify-api-token", "apify_api_", "[A-Za-z0-9]{36}"),
  /** JumpCloud admin API key: jca_ (JumpCloud's "Accessing Your API Key") and 36 base62 characters. */
  prefixed("jumpcloud-api-key", "jca_", "[A-Za-z0-9]{36}"),
  /** CAST AI API access key (its X-API-Key): castai_v1_, 64 hex digits, _ and 8 more. */
  prefixed("castai-api-key", "castai_v1_", "[a-z0-9]{64}_[a-z0-9]{8}"),
  /** SpectralOps personal API key (in its SPECTRAL_DSN, https://<key>@…): spu- and 32 hex digits. */
  prefixed("spectral-api-key", "spu-", "[0-9a-f]{32}"),
  /** Cloudflare Tunnel token (cloudflared's docs): base64 of {"a":…,"t":…,"s":…}, eyJhIjoi…. */
  prefixed("cloudflare-tunnel-token", "eyJhIjoi", "[A-Za-z0-9+/]{80,1000}={0,2}", "A-Za-z0-9+/="),
  /** Zuplo API key (Zuplo's docs: zpka_<random>_<checksum>): 32 hex, _ and an 8-hex checksum. */
  prefixed("zuplo-api-key", "zpka_", "[a-f0-9]{32}_[a-f0-9]{8}"),
  /**
   * Laravel application key (APP_KEY, as `php artisan key:generate` sets it): base64: and the
   * base64 of 32 random bytes, AES-256's key, wherever it is printed (`.env`, a dumped config's
   * `"key" => …`, artisan's `Application key [base64:…] set successfully.`).
   */
  prefixed("laravel-app-key", "base64:", "[A-Za-z0-9+/]{43}=", "A-Za-z0-9+/="),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
