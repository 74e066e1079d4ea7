/** SaaS and developer-platform credentials: Shopify, Atlassian, Linear, Notion, Heroku, DigitalOcean, 1Password, Vault, Doppler, Pulumi, Terraform Cloud, and many more. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { assigned, caseless, token, UUID } from "./provider_shapes.ts";

/** A token that is its literal prefix plus a random body. */
function prefixed(
  id: string,
  description: string,
  prefix: string,
  body: string,
  tail = "A-Za-z0-9_-",
  cutClass?: string,
): Detector {
  const literal = prefix.replaceAll(".", "\\.");
  return token({
    id,
    description,
    prefilter: { keywords: [prefix.toLowerCase()] },
    token: `${literal}${body}`,
    tail,
    cutClass,
    minEntropy: 3,
  });
}

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  prefixed(
    "shopify-admin-access-token",
    "Shopify Admin API access token: shpat_ and 32 hex characters.",
    "shpat_",
    "[a-fA-F0-9]{32}",
  ),
  prefixed(
    "shopify-custom-app-token",
    "Shopify custom app access token: shpca_ and 32 hex characters.",
    "shpca_",
    "[a-fA-F0-9]{32}",
  ),
  prefixed(
    "shopify-private-app-token",
    "Shopify private app access token: shppa_ and 32 hex characters.",
    "shppa_",
    "[a-fA-F0-9]{32}",
  ),
  prefixed(
    "shopify-shared-secret",
    "Shopify app shared secret: shpss_ and 32 hex characters.",
    "shpss_",
    "[a-fA-F0-9]{32}",
  ),
  prefixed(
    "atlassian-api-token",
    "Atlassian (Jira, Confluence, Bitbucket) API token: ATATT3 and a long URL-safe body with a checksum.",
    "ATATT3",
    "[A-Za-z0-9_=-]{150,300}",
    "A-Za-z0-9_=-",
  ),
  assigned({
    id: "atlassian-legacy-api-token",
    description:
      "Atlassian legacy API token: 24 base62 characters assigned to a jira / confluence / atlassian token name.",
    prefilter: { keywords: ["jira", "confluence", "atlassian"] },
    names: "(?:jira|confluence|atlassian)[a-z_-]{0,20}?(?:token|password|key)",
    value: "[A-Za-z0-9]{24}",
    sampleName: "JIRA_API_TOKEN",
    minEntropy: 3.5,
  }),
  prefixed(
    "linear-api-key",
    "Linear personal API key: lin_api_ and 40 base62 characters.",
    "lin_api_",
    "[A-Za-z0-9]{40}",
  ),
  prefixed(
    "linear-oauth-token",
    "Linear OAuth access token: lin_oauth_ and 64 hex characters.",
    "lin_oauth_",
    "[a-f0-9]{64}",
  ),
  token({
    id: "notion-integration-token",
    description:
      "Notion integration token: ntn_, 11 digits and 35 base62 characters, or the legacy secret_ and 43 base62 characters.",
    prefilter: { keywords: ["ntn_", "secret_"] },
    token: "ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}",
    minEntropy: 3.5,
  }),
  prefixed(
    "heroku-api-key-v2",
    "Heroku API key (new format): HRKU- and 60 URL-safe characters.",
    "HRKU-",
    "[A-Za-z0-9_-]{60}",
  ),
  assigned({
    id: "heroku-api-key",
    description:
      "Heroku API key (legacy): a UUID assigned to HEROKU_API_KEY or another heroku key name.",
    prefilter: { keywords: ["heroku"] },
    names: "heroku[a-z_-]{0,20}?(?:key|token)",
    value: UUID,
    sampleName: "HEROKU_API_KEY",
  }),
  token({
    id: "digitalocean-token",
    description:
      "DigitalOcean personal access (dop_v1_), OAuth (doo_v1_) or refresh (dor_v1_) token: the prefix and 64 hex characters.",
    prefilter: { keywords: ["dop_v1_", "doo_v1_", "dor_v1_"] },
    token: "do[por]_v1_[a-f0-9]{64}",
    minEntropy: 3,
  }),
  prefixed(
    "1password-service-account-token",
    "1Password service account token: ops_eyJ and a long base64 JSON body.",
    "ops_eyJ",
    "[A-Za-z0-9+/]{250,2000}={0,3}",
    "A-Za-z0-9_+/=",
    "A-Za-z0-9+/",
  ),
  token({
    id: "1password-secret-key",
    description:
      "1Password account Secret Key: A3-, then dash-separated groups of upper-case alphanumerics.",
    prefilter: { keywords: ["a3-"] },
    token:
      "A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
    tail: "A-Za-z0-9_-",
  }),
  token({
    id: "vault-token",
    description:
      "HashiCorp Vault service (hvs.), batch (hvb.) or recovery (hvr.) token: the prefix and a long URL-safe body.",
    prefilter: { keywords: ["hvs.", "hvb.", "hvr."] },
    token: "hv[sbr]\\.[A-Za-z0-9_-]{90,400}",
    tail: "A-Za-z0-9_-",
    minEntropy: 4,
  }),
  assigned({
    id: "vault-legacy-token",
    description:
      "HashiCorp Vault legacy token: s. and 24 base62 characters, assigned to VAULT_TOKEN or the X-Vault-Token header.",
    prefilter: { keywords: ["vault"] },
    names: "(?:x-)?vault[_-]?token",
    value: "[sb]\\.[A-Za-z0-9]{24}",
    sampleName: "VAULT_TOKEN",
    minEntropy: 3.5,
  }),
  token({
    id: "doppler-token",
    description:
      "Doppler personal (dp.pt.), service (dp.st.), service-account (dp.sa.), CLI (dp.ct.), SCIM or audit token: the prefix and 40–44 base62 characters.",
    prefilter: { keywords: ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."] },
    token: "dp\\.(?:pt|st|sa|ct|scim|audit)\\.(?:[a-z0-9_-]{1,40}\\.)?[A-Za-z0-9]{40,44}",
    minEntropy: 3.5,
  }),
  prefixed(
    "pulumi-access-token",
    "Pulumi access token: pul- and 40 hex characters.",
    "pul-",
    "[a-f0-9]{40}",
  ),
  token({
    id: "terraform-cloud-token",
    description:
      "Terraform Cloud / Enterprise API token: 14 characters, .atlasv1. and 60–70 URL-safe characters.",
    prefilter: { keywords: [".atlasv1."] },
    token: "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}",
    tail: "A-Za-z0-9_=-",
    minEntropy: 3.5,
  }),
  assigned({
    id: "vercel-token",
    description: "Vercel access token: 24 base62 characters assigned to a vercel token name.",
    prefilter: { keywords: ["vercel"] },
    names: "vercel[a-z_-]{0,20}?token",
    value: "[A-Za-z0-9]{24}",
    sampleName: "VERCEL_TOKEN",
    minEntropy: 3.5,
  }),
  prefixed(
    "netlify-token",
    "Netlify personal access token: nfp_ and 36 base62 characters.",
    "nfp_",
    "[A-Za-z0-9]{36}",
  ),
  assigned({
    id: "netlify-legacy-token",
    description:
      "Netlify legacy access token: 43 URL-safe characters assigned to a netlify token name.",
    prefilter: { keywords: ["netlify"] },
    names: "netlify[a-z_-]{0,20}?token",
    value: "[A-Za-z0-9_-]{43}",
    sampleName: "NETLIFY_AUTH_TOKEN",
    minEntropy: 3.5,
  }),
  token({
    id: "flyio-token",
    description:
      "Fly.io macaroon token (FlyV1 fm1_/fm2_…) or organization token (fo1_ and 43 URL-safe characters).",
    prefilter: { keywords: ["fm1", "fm2", "fo1_"] },
    token: "fm[12][ar]?_[A-Za-z0-9+/=_-]{100,4000}|fo1_[A-Za-z0-9_-]{43}",
    tail: "A-Za-z0-9+/=_-",
    cutClass: "A-Za-z0-9+/=_-",
    minEntropy: 4,
  }),
  token({
    id: "supabase-token",
    description:
      "Supabase personal access token (sbp_ and 40 hex) or secret API key (sb_secret_ and 31+ URL-safe).",
    prefilter: { keywords: ["sbp_", "sb_secret_"] },
    token: "sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,64}",
    tail: "A-Za-z0-9_-",
    minEntropy: 3,
  }),
  token({
    id: "planetscale-token",
    description:
      "PlanetScale service token, password or OAuth token: pscale_tkn_/pscale_pw_/pscale_oauth_ and 32–64 characters.",
    prefilter: { keywords: ["pscale_"] },
    token: "pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}",
    tail: "A-Za-z0-9_.=-",
    minEntropy: 3.5,
  }),
  assigned({
    id: "cloudflare-api-token",
    description:
      "Cloudflare API token: 40 URL-safe characters assigned to a cloudflare / cf token name.",
    prefilter: { keywords: ["cloudflare", "cf_", "cf-", "cfapi", "cftoken"] },
    names: "cloudflare[a-z_-]{0,20}?token|cf[_-]?(?:api[_-]?)?token",
    value: "[A-Za-z0-9_-]{40}",
    sampleName: "CLOUDFLARE_API_TOKEN",
    minEntropy: 3.5,
  }),
  assigned({
    id: "cloudflare-global-api-key",
    description:
      "Cloudflare global API key: 37 hex characters assigned to a cloudflare / cf key name.",
    prefilter: { keywords: ["cloudflare", "cf_", "cf-", "cfapi", "cfkey", "x-auth-key"] },
    names: "cloudflare[a-z_-]{0,20}?key|cf[_-]?(?:api[_-]?)?key|x-auth-key",
    value: "[a-f0-9]{37}",
    sampleName: "CF_API_KEY",
    minEntropy: 3,
  }),
  token({
    id: "cloudflare-origin-ca-key",
    description: "Cloudflare Origin CA key: v1.0-, 24 hex, - and 146 hex characters.",
    prefilter: { keywords: ["v1.0-"] },
    token: "v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}",
    minEntropy: 3,
  }),
  token({
    id: "databricks-token",
    description:
      "Databricks personal access token: dapi, 32 hex characters and an optional -<digit> suffix.",
    prefilter: { keywords: ["dapi"] },
    token: "dapi[a-f0-9]{32}(?:-[0-9])?",
    minEntropy: 3,
  }),
  prefixed(
    "figma-token",
    "Figma personal access token: figd_ and 40 URL-safe characters.",
    "figd_",
    "[A-Za-z0-9_-]{40}",
  ),
  token({
    id: "postman-api-key",
    description: "Postman API key: PMAK-, 24 hex, - and 34 hex characters.",
    prefilter: { keywords: ["pmak-"] },
    token: "PMAK-[a-f0-9]{24}-[a-f0-9]{34}",
  }),
  token({
    id: "airtable-pat",
    description: "Airtable personal access token: pat, 14 base62 characters, a dot and 64 hex.",
    prefilter: { keywords: ["pat"] },
    token: "pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}",
  }),
  assigned({
    id: "asana-pat",
    description:
      "Asana personal access token: 1/ or 2/, numeric ids, a colon and 32 characters, assigned to an asana name.",
    prefilter: { keywords: ["asana"] },
    names: "asana[a-z_-]{0,20}?(?:token|pat|key)",
    value: "[0-9]/[0-9]{10,20}(?:/[0-9]{10,20})?:[A-Za-z0-9]{32}",
    sampleName: "ASANA_ACCESS_TOKEN",
    minEntropy: 3,
  }),
  token({
    id: "twitch-oauth-token",
    description: "Twitch chat (IRC) OAuth token: oauth: and 30 lower-case alphanumerics.",
    prefilter: { keywords: ["oauth:"] },
    token: "oauth:[a-z0-9]{30}",
    minEntropy: 3.5,
  }),
  assigned({
    id: "twitch-client-secret",
    description:
      "Twitch application client secret: 30 lower-case alphanumerics assigned to a twitch secret name.",
    prefilter: { keywords: ["twitch"] },
    names: "twitch[a-z_-]{0,20}?secret",
    value: "[a-z0-9]{30}",
    sampleName: "TWITCH_CLIENT_SECRET",
    minEntropy: 3.5,
  }),
  token({
    id: "dropbox-access-token",
    description: "Dropbox short-lived access token: sl. (or sl.u.) and a long URL-safe body.",
    prefilter: { keywords: ["sl."] },
    token: "sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1400}",
    tail: "A-Za-z0-9_-",
    minEntropy: 4,
  }),
  token({
    id: "okta-api-token-header",
    description:
      "Okta API token in an Authorization: SSWS <token> header: 00 and 40 URL-safe characters.",
    prefilter: { keywords: ["ssws "] },
    token: "SSWS\\s(?<secret>00[A-Za-z0-9_-]{40})",
    tail: "A-Za-z0-9_-",
    minEntropy: 3.5,
  }),
  assigned({
    id: "okta-api-token",
    description:
      "Okta API token: 42 URL-safe characters (00 and 40 when issued), assigned to an okta token name.",
    prefilter: { keywords: ["okta"] },
    names: "okta[a-z_-]{0,20}?(?:token|key)",
    value: "[A-Za-z0-9_=-]{42}",
    sampleName: "OKTA_API_TOKEN",
    minEntropy: 3.5,
  }),
  token({
    id: "age-secret-key",
    description: "age encryption secret key: AGE-SECRET-KEY-1 and 58 bech32 characters.",
    prefilter: { keywords: ["age-secret-key-1"] },
    token: "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
  }),
  token({
    id: "tailscale-key",
    description:
      "Tailscale API, auth, OAuth client, webhook or SCIM key: tskey-<type>-, a key id, - and a random secret.",
    prefilter: { keywords: ["tskey-"] },
    token: "tskey-(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,40}",
    minEntropy: 3.5,
  }),
  token({
    id: "sourcegraph-access-token",
    description:
      "Sourcegraph access token: sgp_, an optional instance id or local, _ and 40 hex; or the legacy sgp_ and 40 hex.",
    prefilter: { keywords: ["sgp_"] },
    token: "sgp_(?:(?:[a-f0-9]{16}|local)_)?[a-f0-9]{40}",
    minEntropy: 3,
  }),
  assigned({
    id: "sourcegraph-legacy-token",
    description:
      "Sourcegraph access token without a prefix (before sgp_): 40 hex characters assigned to SRC_ACCESS_TOKEN or a sourcegraph token name.",
    prefilter: { keywords: ["src_access", "src-access", "sourcegraph"] },
    names: "src[_-]?access[_-]?token|sourcegraph[a-z_-]{0,20}?token",
    value: "[a-f0-9]{40}",
    sampleName: "SRC_ACCESS_TOKEN",
    minEntropy: 3,
  }),
  prefixed(
    "contentful-pat",
    "Contentful personal access token: CFPAT- and 43 URL-safe characters.",
    "CFPAT-",
    "[A-Za-z0-9_-]{43}",
  ),
  assigned({
    id: "algolia-api-key",
    description:
      "Algolia admin / write API key: 32 hex characters assigned to an algolia key name.",
    prefilter: { keywords: ["algolia"] },
    names: "algolia[a-z_-]{0,20}?key",
    value: "[a-f0-9]{32}",
    sampleName: "ALGOLIA_ADMIN_KEY",
    minEntropy: 3,
  }),
  token({
    id: "hubspot-private-app-token",
    description: "HubSpot private app access token: pat-<region>- and a UUID.",
    prefilter: { keywords: ["pat-na", "pat-eu", "pat-ap"] },
    token: `pat-(?:na|eu|ap)[0-9]-${UUID}`,
    tail: "A-Za-z0-9_-",
  }),
  token({
    id: "hubspot-api-key",
    description:
      "HubSpot legacy API key (hapikey): a UUID in a hapikey= query parameter, or assigned to a hubspot key name.",
    prefilter: { keywords: ["hapikey", "hubspot"] },
    token: `(?:hapikey=|${
      caseless("hubspot[a-z_-]{0,20}?(?:api[_-]?)?key")
    }["']?\\s{0,4}[:=]\\s{0,4}["']?)(?<secret>${UUID})`,
    tail: "A-Za-z0-9_-",
  }),
  token({
    id: "mapbox-secret-token",
    description:
      "Mapbox secret access token: sk.eyJ, a base64 JSON body, a dot and 22 URL-safe characters.",
    prefilter: { keywords: ["sk.eyj"] },
    token: "sk\\.eyJ[A-Za-z0-9_-]{50,300}\\.[A-Za-z0-9_-]{22}",
    tail: "A-Za-z0-9_-",
    minEntropy: 4,
  }),
  token({
    id: "salesforce-access-token",
    description: "Salesforce OAuth access / session token: 00D and the org id, !, and a long body.",
    prefilter: { keywords: ["00d"] },
    token: "00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,300}",
    tail: "A-Za-z0-9._",
    minEntropy: 4,
  }),
  token({
    id: "twitter-bearer-token",
    description:
      "X (Twitter) app-only bearer token: a run of 20+ A characters followed by URL-encoded base64.",
    prefilter: { keywords: ["aaaaaaaaaaaaaaaaaaaa"] },
    token: "A{20,24}[A-Za-z0-9%]{30,150}",
    tail: "A-Za-z0-9%",
    minEntropy: 3.5,
  }),
  prefixed(
    "typeform-token",
    "Typeform personal access token: tfp_ and 40–70 URL-safe characters.",
    "tfp_",
    "[A-Za-z0-9_.=-]{40,70}",
    "A-Za-z0-9_.=-",
  ),
  token({
    id: "easypost-api-key",
    description:
      "EasyPost production or test API key: EZAK / EZTK and 54 lower-case alphanumerics.",
    prefilter: { keywords: ["ezak", "eztk"] },
    token: "EZ[AT]K[A-Za-z0-9]{54}",
    minEntropy: 3.5,
  }),
  token({
    id: "shippo-api-token",
    description:
      "Shippo live or test API token: shippo_live_ / shippo_test_ and 40 hex characters.",
    prefilter: { keywords: ["shippo_"] },
    token: "shippo_(?:live|test)_[a-fA-F0-9]{40}",
    minEntropy: 3,
  }),
  assigned({
    id: "launchdarkly-key",
    description:
      "LaunchDarkly API access token or SDK key: api-/sdk-/mob- and a UUID, assigned to a launchdarkly name.",
    prefilter: { keywords: ["launchdarkly", "ld_", "ld-", "ldsdk", "ldapi", "ldmobile"] },
    names: "launchdarkly[a-z_-]{0,20}?(?:key|token)|ld[_-]?(?:sdk|api|mobile)[_-]?(?:key|token)",
    value: `(?:api|sdk|mob)-${UUID}`,
    sampleName: "LAUNCHDARKLY_SDK_KEY",
  }),
  prefixed(
    "intercom-access-token",
    'Intercom access token: base64 of "tok:…", which starts dG9rOj.',
    "dG9rOj",
    "[A-Za-z0-9+/]{40,120}={0,2}",
    "A-Za-z0-9_+/=",
  ),
  assigned({
    id: "zendesk-api-token",
    description: "Zendesk API token: 40 base62 characters assigned to a zendesk token name.",
    prefilter: { keywords: ["zendesk"] },
    names: "zendesk[a-z_-]{0,20}?(?:token|key)",
    value: "[A-Za-z0-9]{40}",
    sampleName: "ZENDESK_API_TOKEN",
    minEntropy: 3.5,
  }),
  prefixed(
    "readme-api-key",
    "ReadMe API key: rdme_ and 70 lower-case alphanumerics.",
    "rdme_",
    "[a-z0-9]{70}",
  ),
  prefixed(
    "prefect-api-key",
    "Prefect Cloud API key: pnu_ and 36 base62 characters.",
    "pnu_",
    "[A-Za-z0-9]{36}",
  ),
  token({
    id: "defined-networking-api-token",
    description:
      "Defined Networking (Nebula) API token: dnkey-, 26 characters, - and 52 characters.",
    prefilter: { keywords: ["dnkey-"] },
    token: "dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}",
    tail: "a-z0-9=_-",
    minEntropy: 3.5,
  }),
  prefixed(
    "scalingo-api-token",
    "Scalingo API token: tk-us- and 48 URL-safe characters.",
    "tk-us-",
    "[A-Za-z0-9_-]{48}",
  ),
  prefixed(
    "infracost-api-token",
    "Infracost API token: ico- and 32 base62 characters.",
    "ico-",
    "[A-Za-z0-9]{32}",
  ),
  token({
    id: "duffel-api-token",
    description:
      "Duffel live or test API token: duffel_live_ / duffel_test_ and 43 URL-safe characters.",
    prefilter: { keywords: ["duffel_"] },
    token: "duffel_(?:live|test)_[A-Za-z0-9_=-]{43}",
    tail: "A-Za-z0-9_=-",
    minEntropy: 3.5,
  }),
  prefixed(
    "frameio-api-token",
    "Frame.io API token: fio-u- and 64 URL-safe characters.",
    "fio-u-",
    "[A-Za-z0-9_=-]{64}",
    "A-Za-z0-9_=-",
  ),
  prefixed(
    "neon-api-key",
    "Neon API key: napi_ and 64 lower-case alphanumerics.",
    "napi_",
    "[a-z0-9]{64}",
  ),
  prefixed(
    "render-api-key",
    "Render API key: rnd_ and 32 base62 characters.",
    "rnd_",
    "[A-Za-z0-9]{32}",
  ),
  assigned({
    id: "ngrok-authtoken",
    description:
      "ngrok authtoken or API key: 27 base62, _ and 21 base62 characters, assigned to an ngrok name.",
    prefilter: { keywords: ["ngrok"] },
    names: "ngrok[a-z_-]{0,20}?(?:token|key)",
    value: "[A-Za-z0-9]{27}_[A-Za-z0-9]{21}",
    sampleName: "NGROK_AUTHTOKEN",
    minEntropy: 3.5,
  }),
  prefixed(
    "openshift-user-token",
    "OpenShift OAuth access token: sha256~ and 43 URL-safe characters.",
    "sha256~",
    "[A-Za-z0-9_-]{43}",
  ),
  token({
    id: "zapier-webhook-url",
    description: "Zapier catch-hook URL: hooks.zapier.com/hooks/catch/<account>/<hook id>.",
    prefilter: { keywords: ["hooks.zapier.com"] },
    token: "hooks\\.zapier\\.com/hooks/catch/[0-9]{4,12}/[a-z0-9]{5,12}",
    tail: "A-Za-z0-9_",
  }),
  token({
    id: "cloudinary-url",
    description:
      "Cloudinary URL: cloudinary://<api key>:<api secret>@<cloud name> (the secret is masked).",
    prefilter: { keywords: ["cloudinary://"] },
    token: "cloudinary://[0-9]{12,16}:(?<secret>[A-Za-z0-9_-]{27})@[a-z0-9-]{1,64}",
    minEntropy: 3.5,
  }),
  assigned({
    id: "snyk-token",
    description: "Snyk API token: a UUID assigned to SNYK_TOKEN or another snyk token name.",
    prefilter: { keywords: ["snyk"] },
    names: "snyk[a-z_-]{0,20}?(?:token|key)",
    value: UUID,
    sampleName: "SNYK_TOKEN",
  }),
  token({
    id: "trello-api-token",
    description: "Trello API token: ATTA and 60–80 base62 characters.",
    prefilter: { keywords: ["atta"] },
    token: "ATTA[A-Za-z0-9]{60,80}",
    minEntropy: 3.5,
  }),
  assigned({
    id: "auth0-client-secret",
    description:
      "Auth0 application client secret: 64 URL-safe characters assigned to an auth0 secret name.",
    prefilter: { keywords: ["auth0"] },
    names: "auth0[a-z_-]{0,20}?secret",
    value: "[A-Za-z0-9_-]{64}",
    sampleName: "AUTH0_CLIENT_SECRET",
    minEntropy: 3.5,
  }),
  assigned({
    id: "segment-write-key",
    description: "Segment write key: 32 base62 characters assigned to a segment write key name.",
    prefilter: { keywords: ["segment"] },
    names: "segment[a-z_-]{0,12}?(?:write[_-]?key|token)",
    value: "[A-Za-z0-9]{32}",
    sampleName: "SEGMENT_WRITE_KEY",
    minEntropy: 3.5,
  }),
  token({
    id: "facebook-access-token",
    description:
      "Facebook / Meta Graph API access token (user, Page, system-user): EAA, a letter tied to the app, and a long base62 body (about 100–250 characters).",
    prefilter: { keywords: ["eaa"] },
    token: "EAA[A-Za-z0-9]{28,512}",
    tail: "A-Za-z0-9",
    cutClass: "A-Za-z0-9",
    minEntropy: 4,
  }),
  token({
    id: "facebook-app-access-token",
    description:
      "Facebook / Meta app access token: the app id (15–17 digits), | (or %7C) and the app secret or an issued 27–40-character value.",
    // The app id's last digit, then | or its URL encoding.
    prefilter: { keywords: [..."0123456789"].flatMap((digit) => [`${digit}|`, `${digit}%7c`]) },
    token: "[0-9]{15,17}(?:\\||%7[Cc])(?<secret>[A-Za-z0-9_-]{27,40})",
    tail: "A-Za-z0-9_-",
    minEntropy: 3.5,
  }),
  assigned({
    id: "facebook-app-secret",
    description:
      "Facebook / Meta app secret or client token: 32 hex characters assigned to a facebook / fb / meta app secret or client token name.",
    prefilter: { keywords: ["facebook", "fb_", "fb-", "meta_app", "meta-app"] },
    names:
      "(?:facebook|fb|meta)[_-]?(?:app[_-]?|client[_-]?)?(?:secret|token)|facebook[a-z_-]{0,20}?secret",
    value: "[a-f0-9]{32}",
    sampleName: "FACEBOOK_APP_SECRET",
    minEntropy: 3,
  }),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
