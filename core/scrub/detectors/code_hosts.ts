/** Code-host and CI credentials: GitHub, GitLab, Bitbucket, CircleCI, Buildkite, TeamCity, Jenkins, SonarQube, Harness. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { base62Crc32Valid } from "../checksums/crc32.ts";
import { token, UUID } from "./provider_shapes.ts";
import { assignedValue } from "./assigned_values.ts";
import { compactToken, prefixedToken } from "./prefixed_tokens.ts";

/** GitHub's prefixed tokens: a 3-letter type prefix, `_`, 36 characters (up to 76 for refresh). */
const GITHUB: readonly [id: string, prefix: string, body: string][] = [
  /** GitHub personal access token (classic). */
  ["github-pat", "ghp_", "[A-Za-z0-9_]{36}"],
  /** GitHub OAuth app access token. */
  ["github-oauth-token", "gho_", "[A-Za-z0-9_]{36}"],
  /** GitHub App user-to-server token. */
  ["github-user-to-server-token", "ghu_", "[A-Za-z0-9_]{36}"],
  /**
   * GitHub App installation (server-to-server) token; since April 2026 also `ghs_`, the app's
   * numeric id, `_` and a JWT (about 520 characters: GitHub's stateless format, ghs_APPID_JWT).
   */
  [
    "github-server-to-server-token",
    "ghs_",
    "\\d{1,12}_eyJ[A-Za-z0-9_-]{8,2048}[.]eyJ[A-Za-z0-9_-]{8,4096}[.][A-Za-z0-9_-]{16,1024}|[A-Za-z0-9_]{36}",
  ],
  /** GitHub App refresh token. */
  ["github-refresh-token", "ghr_", "[A-Za-z0-9_]{36,76}"],
];

/**
 * GitLab's prefixed tokens (GitLab docs, "Token prefixes"): prefix, then URL-safe base64.
 * Routable tokens (GitLab 17+) are longer and may carry `.` separators.
 */
const GITLAB: readonly [id: string, prefix: string, body: string][] = [
  /** GitLab personal, project or group access token. */
  ["gitlab-pat", "glpat-", "[A-Za-z0-9_-]{20}|[A-Za-z0-9_.-]{27,300}"],
  /** GitLab deploy token. */
  ["gitlab-deploy-token", "gldt-", "[A-Za-z0-9_.-]{20,300}"],
  /** GitLab runner authentication token. */
  ["gitlab-runner-auth-token", "glrt-", "[A-Za-z0-9_.-]{20,300}"],
  /** GitLab pipeline trigger token. */
  ["gitlab-pipeline-trigger-token", "glptt-", "[A-Za-z0-9_-]{40}"],
  /** GitLab SCIM OAuth access token. */
  ["gitlab-scim-token", "glsoat-", "[A-Za-z0-9_-]{20,300}"],
  /** GitLab feed token. */
  ["gitlab-feed-token", "glft-", "[A-Za-z0-9_-]{20,300}"],
  /** GitLab incoming mail token. */
  ["gitlab-incoming-mail-token", "glimt-", "[A-Za-z0-9_-]{25}"],
  /** GitLab agent for Kubernetes token. */
  ["gitlab-agent-token", "glagent-", "[A-Za-z0-9_-]{50,1024}"],
  /** GitLab OAuth application secret. */
  ["gitlab-oauth-app-secret", "gloas-", "[A-Za-z0-9_-]{64}"],
  /** GitLab CI/CD job token. */
  ["gitlab-ci-job-token", "glcbt-", "(?:[0-9a-f]{1,5}_)?[A-Za-z0-9_-]{20,300}"],
  /** GitLab feature flags client token. */
  ["gitlab-feature-flags-client-token", "glffct-", "[A-Za-z0-9_-]{20,300}"],
  /** GitLab runner registration token. */
  ["gitlab-runner-registration-token", "GR1348941", "[A-Za-z0-9_-]{20,300}"],
];

/**
 * GitHub's 40-character tokens end in a base62 CRC-32 of their 30 random characters
 * (../checksums/crc32.ts): one that holds proves an issued token.
 */
const githubChecksum = (secret: string): boolean => {
  return secret.length === 40 && base62Crc32Valid(secret.slice(4));
};

/**
 * A GitHub token: its prefix and 36 token characters, the last 6 a CRC-32 of the 30 before
 * (GitHub's token format).
 */
const githubToken = ([id, prefix, body]: (typeof GITHUB)[number]): Detector => {
  return token({
    id,
    keywords: [prefix],
    token: `${prefix}(?:${body})`,
    minEntropy: 3,
    checksum: githubChecksum,
  });
};

/** A body of one fixed length (`{40}`) must not run on; a length range may stop anywhere. */
const EXACT_LENGTH = /^[^|]*\{\d+\}$/;

/** A GitLab token: its prefix and URL-safe characters (GitLab's token prefixes). */
const gitlabToken = ([id, prefix, body]: (typeof GITLAB)[number]): Detector => {
  return token({
    id,
    keywords: [prefix.toLowerCase()],
    token: `${prefix}(?:${body})`,
    tail: EXACT_LENGTH.test(body) ? "A-Za-z0-9_.-" : "",
    minEntropy: 3,
  });
};

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  ...GITHUB.map(githubToken),
  /**
   * GitHub fine-grained personal access token: github_pat_, 22 base62 characters, _ and 59 more.
   */
  compactToken("github-fine-grained-pat", "github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", 3.5),
  ...GITLAB.map(gitlabToken),
  /** Bitbucket / Atlassian app password: ATBB and 28–60 URL-safe characters. */
  compactToken("bitbucket-app-password", "ATBB[A-Za-z0-9_=.-]{28,60}", 3.5, "A-Za-z0-9_=.-"),
  /** Bitbucket repository, project or workspace access token: ATCTT3xFfGN0 and a URL-safe body. */
  compactToken(
    "bitbucket-access-token",
    "ATCTT3xFfGN0[A-Za-z0-9_=+/-]{50,400}",
    4,
    "A-Za-z0-9_=+/-",
  ),
  /**
   * Bitbucket Data Center HTTP access token: BBDC- and the base64 of a 12-digit id, `:` and 20
   * random bytes (44 characters; a digit's base64 begins with M, N or O).
   */
  compactToken("bitbucket-data-center-token", "BBDC-[MNO][A-Za-z0-9+/]{43}", 3.5, "A-Za-z0-9+/="),
  /**
   * Bitbucket OAuth consumer secret: 32 alphanumeric characters assigned to a bitbucket secret
   * name.
   */
  assignedValue("bitbucket-client-secret", "bitbucket[a-z_-]{0,20}?secret", "[A-Za-z0-9]{32}", 3.5),
  /**
   * CircleCI personal or project API token: CCIPAT_/CCIPRJ_, 22 base62 characters, _ and 40 hex.
   */
  compactToken(
    "circleci-token",
    "CCI(?:PAT|PRJ)_[A-Za-z0-9]{22}_[a-f0-9]{40}",
    undefined,
    undefined,
    ["ccipat_", "cciprj_"],
  ),
  /** Buildkite user API access token: bkua_ and 40 hex characters. */
  compactToken("buildkite-api-token", "bkua_[a-f0-9]{40}", 3),
  /**
   * TeamCity access token: a JWT-like value whose header is {"typ": "TCV2"} (eyJ0eXAiOiAiVENWMiJ9).
   */
  compactToken(
    "teamcity-access-token",
    "eyJ0eXAiOiAiVENWMiJ9\\.[A-Za-z0-9_-]{20,80}\\.[A-Za-z0-9_-]{20,120}",
    undefined,
    "A-Za-z0-9_-",
    ["eyj0exaioiaivenwmij9"],
  ),
  /** Jenkins API token: 11 and 32 hex characters, assigned to a jenkins token / password name. */
  assignedValue(
    "jenkins-api-token",
    "jenkins[a-z_-]{0,20}?(?:token|password|pass|secret)",
    "11[a-f0-9]{32}",
    3,
  ),
  /** Jenkins CSRF crumb: 32 or 64 hex characters after a Jenkins-Crumb header or parameter. */
  assignedValue("jenkins-crumb", "jenkins[_-]?crumb", "[a-f0-9]{32}(?:[a-f0-9]{32})?", 3),
  /** SonarQube / SonarCloud token: squ_ (user), sqp_ (project) or sqa_ (global) and 40 hex. */
  compactToken("sonarqube-token", "sq[upa]_[a-f0-9]{40}", 3, undefined, ["squ_", "sqp_", "sqa_"]),
  /**
   * SonarQube / SonarCloud token without a type prefix (older tokens): 40 hex characters assigned
   * to SONAR_TOKEN, SONAR_LOGIN or -Dsonar.login / sonar.token.
   */
  assignedValue(
    "sonar-token",
    // `-Dsonar.login=` (a Maven / Gradle property) included.
    "d?sonar[_.-]?(?:cloud[_-]?|qube[_-]?)?(?:auth[_-]?)?(?:token|login)",
    "[a-f0-9]{40}",
    3,
    ["sonar"],
  ),
  /**
   * Travis CI API token: 22 URL-safe characters assigned to a travis token name (TRAVIS_TOKEN,
   * TRAVIS_API_TOKEN, travis_access_token).
   */
  assignedValue(
    "travis-ci-token",
    "travis[a-z_-]{0,20}?(?:token|api[_-]?key)",
    "[A-Za-z0-9_-]{22}",
    3.5,
  ),
  /**
   * Harness personal or service-account token: pat./sat., account id, token id and secret,
   * dot-separated.
   */
  compactToken(
    "harness-api-token",
    "[ps]at\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}",
    undefined,
    undefined,
    ["pat.", "sat."],
  ),
  /** Codecov upload token: a UUID assigned to CODECOV_TOKEN. */
  assignedValue("codecov-token", "codecov[_-]?(?:upload[_-]?)?token", UUID),
  /** Code Climate test reporter id: 64 hex characters assigned to CC_TEST_REPORTER_ID (or ccTestReporterId). */
  assignedValue("codeclimate-reporter-id", "cc[_-]?test[_-]?reporter[_-]?id", "[a-f0-9]{64}", 3, [
    "cc_test",
    "cc-test",
    "cctest",
  ]),
  /** GitLab session cookie (GitLab's docs): _gitlab_session= and 32 hex characters. */
  prefixedToken("gitlab-session-cookie", "_gitlab_session=", "(?<secret>[a-f0-9]{32})"),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
