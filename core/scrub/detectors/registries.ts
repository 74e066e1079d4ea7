/** Package- and artifact-registry credentials: npm, PyPI, Anaconda, RubyGems, Docker Hub, NuGet, Artifactory, Clojars, crates.io, Octopus, Gradle. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { base62Crc32Valid } from "../checksums/crc32.ts";
import { assignedValue } from "./assigned_values.ts";
import { compactToken, prefixedToken } from "./prefixed_tokens.ts";
import { decodeBase64Text } from "./value_checks.ts";

/** True when a base64 value decodes to printable `user:password` (Docker's `auths.*.auth` field). */
const decodesToUserAndPassword = (value: string): boolean => {
  try {
    const decoded = atob(value);
    const colon = decoded.indexOf(":");
    return colon > 0 && colon < decoded.length - 1 && /^[ -~]+$/.test(decoded);
  } catch {
    return false;
  }
};

/**
 * True when base64 decodes to a docker config holding a registry credential (an `auth`,
 * `password` or `identitytoken` field with a value).
 */
const decodesToRegistryCredentials = (value: string): boolean => {
  const json = decodeBase64Text(value);
  return json !== null && /"(?:auth|password|identitytoken)"\s*:\s*"[^"]/.test(json);
};

/** A line that talks about JFrog Artifactory (header names, hosts, key names). */
const JFROG_CONTEXT = /jfrog|artifactory|art-api|artif/i;

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * npm access token: npm_ and 36 base62 characters, the last 6 a CRC-32 of the 30 before (npm's
   * 2021 token format, GitHub's scheme).
   */
  compactToken("npm-access-token", "npm_[A-Za-z0-9]{36}", 3.5, undefined, undefined, {
    checksum: (secret) => base62Crc32Valid(secret.slice(4)),
  }),
  /**
   * npm / Yarn registry auth token in .npmrc (//registry/:_authToken=…) or .yarnrc.yml
   * (npmAuthToken: …): any token value of 8 characters or more (the name says what it is;
   * templates, stand-ins and plain words stay).
   */
  assignedValue(
    "npm-auth-token",
    ":_authtoken|npmauthtoken",
    "[A-Za-z0-9_.+/=-]{8,500}",
    undefined,
    ["_authtoken", "npmauthtoken"],
    { tail: "A-Za-z0-9_.+/=-" },
  ),
  /**
   * npm legacy basic credentials in .npmrc: _auth= (base64 user:password) or _password= (base64).
   */
  compactToken(
    "npmrc-auth",
    "_(?:auth|password)\\s{0,2}=\\s{0,2}(?<secret>[A-Za-z0-9+/]{8,200}={0,2})",
    3,
    "A-Za-z0-9+/=",
    ["_auth", "_password"],
  ),
  /**
   * PyPI / TestPyPI API token: pypi- and a macaroon whose base64 starts with the registry name
   * (AgEIcHlwaS5vcmc… for "pypi.org").
   */
  compactToken(
    "pypi-upload-token",
    "pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}",
    4,
    "A-Za-z0-9_-",
    undefined,
    { cutClass: "A-Za-z0-9_-" },
  ),
  /**
   * Anaconda channel token: the path segment after `/t/` in an anaconda.org, anaconda.cloud or
   * anaconda.com channel URL (`.condarc`, `conda config --show`: `…anaconda.org/t/<token>/acme`).
   */
  compactToken(
    "anaconda-channel-token",
    "anaconda\\.(?:org|cloud|com)/t/(?<secret>[A-Za-z0-9_-]{16,128})",
    3,
    "A-Za-z0-9_-",
    ["anaconda.org/t/", "anaconda.cloud/t/", "anaconda.com/t/"],
  ),
  /** RubyGems API key: rubygems_ and 48 hex characters. */
  compactToken("rubygems-api-key", "rubygems_[a-f0-9]{48}", 3),
  /**
   * Docker Hub personal or organization access token: dckr_pat_ / dckr_oat_ and 27–40 URL-safe
   * characters.
   */
  compactToken(
    "dockerhub-access-token",
    "dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40}",
    3.5,
    "A-Za-z0-9_-",
    ["dckr_pat_", "dckr_oat_"],
  ),
  /**
   * Docker registry credentials in config.json: an "auth" field holding base64 of user:password.
   */
  compactToken(
    "docker-config-auth",
    '"auth"[ \\t]{0,2}:\\s{0,2}"(?<secret>[A-Za-z0-9+/]{8,400}={0,2})"',
    undefined,
    undefined,
    undefined,
    {
      // The field and its colon, with every gap the token allows between them.
      prefilter: {
        keywords: ["", " ", "\t", "  ", " \t", "\t ", "\t\t"].map((gap) => `"auth"${gap}:`),
      },
      validate: decodesToUserAndPassword,
    },
  ),
  /**
   * A Kubernetes image-pull secret's value outside its Secret's data map (a Helm value, a line of
   * a CI log): the docker config's key (`.dockerconfigjson`, `.dockercfg`) and base64 of the
   * config, when it holds a registry credential once decoded.
   */
  compactToken(
    "docker-config-secret-value",
    "\\.docker(?:configjson|cfg)[\"']?[ \\t]{0,2}[:=][ \\t]{0,2}[\"']?(?<secret>e[wy][A-Za-z0-9+/]{16,8000}={0,2})",
    undefined,
    undefined,
    undefined,
    {
      prefilter: { keywords: [".dockerconfigjson", ".dockercfg"] },
      validate: decodesToRegistryCredentials,
    },
  ),
  /** NuGet.org API key: oy2 and 43 lower-case base32 characters. */
  compactToken("nuget-api-key", "oy2[a-z0-9]{43}", 3.5),
  /**
   * JFrog Artifactory API key: AKC and 10+ base62 characters with a lower-case letter (issued keys
   * are AKCp and 69 more; upper-case words like AKCENTRAL… are not keys).
   */
  compactToken(
    "artifactory-api-key",
    "AKC[A-Za-z0-9]{10,100}",
    undefined,
    "A-Za-z0-9_+/=",
    undefined,
    { validate: (secret) => /[a-z]/.test(secret.slice(3)) },
  ),
  /**
   * JFrog Artifactory encrypted password: AP, a hex digit and 8+ base62 characters (detect-secrets'
   * format). AP + letter (A–F) counts only on a line that mentions JFrog / Artifactory, since
   * random ids often start APE…, APB….
   */
  compactToken(
    "artifactory-password",
    "AP[0-9A-F][A-Za-z0-9]{8,100}",
    undefined,
    "A-Za-z0-9_+/=",
    undefined,
    {
      prefilter: { shape: "a-token" },
      validate: (secret, line) =>
        /[A-Za-z]/.test(secret.slice(3)) && (/\d/.test(secret[2]) || JFROG_CONTEXT.test(line)),
    },
  ),
  /**
   * JFrog reference (access) token: base64 of "reftkn:…" (cmVmdGtu) and 46–86 base62 characters.
   */
  compactToken("artifactory-reference-token", "cmVmdGtu[A-Za-z0-9]{46,86}", 3.5),
  /** Clojars deploy token: CLOJARS_ and 60 alphanumerics (lower-case when issued). */
  compactToken("clojars-deploy-token", "CLOJARS_[A-Za-z0-9]{60}", 3.5),
  /** crates.io API token: cio and 32 base62 characters. */
  compactToken("crates-io-token", "cio[A-Za-z0-9]{32}", 3.5),
  /** Octopus Deploy API key: API- and 26–32 upper-case alphanumerics. */
  compactToken("octopus-deploy-api-key", "API-[A-Z0-9]{26,32}", 3.5),
  /**
   * Gradle Plugin Portal publishing key or secret: 32 base62 characters assigned to
   * gradle.publish.key / secret.
   */
  assignedValue(
    "gradle-plugin-portal-key",
    "gradle[._]publish[._](?:key|secret)",
    "[A-Za-z0-9]{32}",
    3.5,
    ["gradle.publish.", "gradle_publish_", "gradle.publish_", "gradle_publish."],
  ),
  /** Docker Swarm join token (Docker's docs): SWMTKN-1-, 50 and 25 lower-case base36 characters. */
  prefixedToken("docker-swarm-join-token", "SWMTKN-1-", "[a-z0-9]{50}-[a-z0-9]{25}"),
  /**
   * Docker Swarm unlock key (an autolocked swarm's, as `docker swarm init --autolock` and
   * `docker swarm unlock-key` print it alone on its line): SWMKEY-1- and 32 bytes in base64,
   * unpadded (43 characters).
   */
  prefixedToken("docker-swarm-unlock-key", "SWMKEY-1-", "[A-Za-z0-9+/]{43}", {
    tail: "A-Za-z0-9+/=",
  }),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
