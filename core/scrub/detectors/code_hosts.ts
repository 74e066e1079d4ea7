/** Code-host and CI credentials: GitHub, GitLab, Bitbucket, CircleCI, Buildkite, TeamCity, Jenkins, SonarQube, Harness. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { base62Crc32Valid } from "../checksums/crc32.ts";
import { assigned, token, UUID } from "./provider_shapes.ts";

/** GitHub's prefixed tokens: a 3-letter type prefix, `_`, 36 characters (up to 76 for refresh). */
const GITHUB: readonly [id: string, prefix: string, what: string, body: string, sample: string][] =
  [
    [
      "github-pat",
      "ghp_",
      "personal access token (classic)",
      "[A-Za-z0-9_]{36}",
      "SYvQczqqDQlLYvYqXxd1olBFHQku95IJpscr",
    ],
    [
      "github-oauth-token",
      "gho_",
      "OAuth app access token",
      "[A-Za-z0-9_]{36}",
      "4cV1UKXUjQ7CdJtZuWLF1f835JrDRfEyOs29",
    ],
    [
      "github-user-to-server-token",
      "ghu_",
      "GitHub App user-to-server token",
      "[A-Za-z0-9_]{36}",
      "R1TtCVe3wxmhVuFCV9xS5OP6tYdtyNHRB1u6",
    ],
    [
      "github-server-to-server-token",
      "ghs_",
      "GitHub App installation (server-to-server) token",
      "[A-Za-z0-9_]{36}",
      "Vz9xCuqC082qAEsh9fcMOcZUWJFnNR4OVuRP",
    ],
    [
      "github-refresh-token",
      "ghr_",
      "GitHub App refresh token",
      "[A-Za-z0-9_]{36,76}",
      "4AtE09IGXW821iAbGCk4NWiaR18uywsYp8az2BrKQIIPDXVItAb6fk4N3UJRkZVrVrPLKQDAPM0e",
    ],
  ];

/**
 * GitLab's prefixed tokens (GitLab docs, "Token prefixes"): prefix, then URL-safe base64.
 * Routable tokens (GitLab 17+) are longer and may carry `.` separators.
 */
const GITLAB: readonly [id: string, prefix: string, what: string, body: string, sample: string][] =
  [
    [
      "gitlab-pat",
      "glpat-",
      "personal, project or group access token",
      "[A-Za-z0-9_-]{20}|[A-Za-z0-9_.-]{27,300}",
      "oOwwsF6gdE7JSu0QQI4U",
    ],
    [
      "gitlab-deploy-token",
      "gldt-",
      "deploy token",
      "[A-Za-z0-9_.-]{20,300}",
      "xEMfs3ehU0JhHOJTe6QV",
    ],
    [
      "gitlab-runner-auth-token",
      "glrt-",
      "runner authentication token",
      "[A-Za-z0-9_.-]{20,300}",
      "gAYrKH_IlvszdQ5o7acw",
    ],
    [
      "gitlab-pipeline-trigger-token",
      "glptt-",
      "pipeline trigger token",
      "[A-Za-z0-9_-]{40}",
      "TT4ugSajnG5ZJ6T7y6-DYGpRVvjbqmJEnTt-z6Iu",
    ],
    [
      "gitlab-scim-token",
      "glsoat-",
      "SCIM OAuth access token",
      "[A-Za-z0-9_-]{20,300}",
      "t7MnD8zqsINLq7pfKmx_",
    ],
    [
      "gitlab-feed-token",
      "glft-",
      "feed token",
      "[A-Za-z0-9_-]{20,300}",
      "tuIGxEBXIvD4TUfe8Hil",
    ],
    [
      "gitlab-incoming-mail-token",
      "glimt-",
      "incoming mail token",
      "[A-Za-z0-9_-]{25}",
      "2Ka6ALXAEVzjOWLfHG1R3ug8b",
    ],
    [
      "gitlab-agent-token",
      "glagent-",
      "agent for Kubernetes token",
      "[A-Za-z0-9_-]{50,1024}",
      "2bWF683ISaOieCCOLHpkVf9e1yC_PHWyQas3ErCV3_hr89KqyK",
    ],
    [
      "gitlab-oauth-app-secret",
      "gloas-",
      "OAuth application secret",
      "[A-Za-z0-9_-]{64}",
      "OQ31ZmfNeGgOdfWZYGZMBAX43GknpCqUMFk_PhoLjLcG2EL4WwyIsCZIteTcgfj9",
    ],
    [
      "gitlab-ci-job-token",
      "glcbt-",
      "CI/CD job token",
      "(?:[0-9a-f]{1,5}_)?[A-Za-z0-9_-]{20,300}",
      "ZDUiQexw-4R-ZU3IkUR1",
    ],
    [
      "gitlab-feature-flags-client-token",
      "glffct-",
      "feature flags client token",
      "[A-Za-z0-9_-]{20,300}",
      "qtr6zpJ0ZwSuY2XxijKj",
    ],
    [
      "gitlab-runner-registration-token",
      "GR1348941",
      "runner registration token",
      "[A-Za-z0-9_-]{20,300}",
      "cOC9PpMkhLVmIsBwwsw-",
    ],
  ];

/**
 * GitHub's 40-character tokens end in a base62 CRC-32 of their 30 random characters
 * (../checksums/crc32.ts): one that holds proves an issued token.
 */
function githubChecksum(secret: string): boolean {
  return secret.length === 40 && base62Crc32Valid(secret.slice(4));
}

function githubToken([id, prefix, what, body, sample]: (typeof GITHUB)[number]): Detector {
  return token({
    id,
    description:
      `GitHub ${what}: ${prefix} and 36 token characters, the last 6 a CRC-32 of the 30 before (GitHub's token format).`,
    prefilter: { keywords: [prefix] },
    token: `${prefix}${body}`,
    sample: prefix + sample,
    minEntropy: 3,
    checksum: githubChecksum,
    negatives: [
      `${prefix}${sample.slice(0, 20)}`,
      `${prefix}${"x".repeat(36)}`,
      `foo_${sample}`,
    ],
  });
}

/** A body of one fixed length (`{40}`) must not run on; a length range may stop anywhere. */
const EXACT_LENGTH = /^[^|]*\{\d+\}$/;

function gitlabToken([id, prefix, what, body, sample]: (typeof GITLAB)[number]): Detector {
  return token({
    id,
    description: `GitLab ${what}: ${prefix} and URL-safe characters (GitLab's token prefixes).`,
    prefilter: { keywords: [prefix.toLowerCase()] },
    token: `${prefix}(?:${body})`,
    tail: EXACT_LENGTH.test(body) ? "A-Za-z0-9_.-" : "",
    sample: prefix + sample,
    minEntropy: 3,
    negatives: [
      `${prefix}${sample.slice(0, 12)}`,
      `${prefix}${"X".repeat(70)}`,
      `${prefix.slice(0, -1)}_${sample}`,
    ],
  });
}

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  ...GITHUB.map(githubToken),
  token({
    id: "github-fine-grained-pat",
    description:
      "GitHub fine-grained personal access token: github_pat_, 22 base62 characters, _ and 59 more.",
    prefilter: { keywords: ["github_pat_"] },
    token: "github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    sample:
      "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",
    minEntropy: 3.5,
    negatives: ["github_pat_qbRblBoOzY0FxWjw8Xdjdr", "GITHUB_PAT_ENV_VAR=github_pat_"],
  }),
  ...GITLAB.map(gitlabToken),
  token({
    id: "bitbucket-app-password",
    description: "Bitbucket / Atlassian app password: ATBB and 28–60 URL-safe characters.",
    prefilter: { keywords: ["atbb"] },
    token: "ATBB[A-Za-z0-9_=.-]{28,60}",
    tail: "A-Za-z0-9_=.-",
    sample: "ATBBW1-BgMF1ij3=XZSpzXeCTUlpQhkSQBSO",
    minEntropy: 3.5,
    negatives: ["ATBBshort", "ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  }),
  token({
    id: "bitbucket-access-token",
    description:
      "Bitbucket repository, project or workspace access token: ATCTT3xFfGN0 and a URL-safe body.",
    prefilter: { keywords: ["atctt3xffgn0"] },
    token: "ATCTT3xFfGN0[A-Za-z0-9_=+/-]{50,400}",
    tail: "A-Za-z0-9_=+/-",
    sample: "ATCTT3xFfGN0v1snq0WqdzRuZRYP5_z7zb1yIWGm1k_oQZbAvQH_XRx3i6NRP_qAB2Fwd5Cd",
    minEntropy: 4,
    negatives: ["ATCTT3xFfGN0short", "ATCTT3xFfGN0 token revoked"],
  }),
  assigned({
    id: "bitbucket-client-secret",
    description:
      "Bitbucket OAuth consumer secret: 32 alphanumeric characters assigned to a bitbucket secret name.",
    prefilter: { keywords: ["bitbucket"] },
    names: "bitbucket[a-z_-]{0,20}?secret",
    value: "[A-Za-z0-9]{32}",
    sampleName: "BITBUCKET_CLIENT_SECRET",
    sample: "2zES4IG9b5g9NB7DU49hTAnxlWbbfbdH",
    minEntropy: 3.5,
    negatives: ["BITBUCKET_CLIENT_SECRET=${SECRET}", "bitbucket_secret=2zES4IG9b5g9NB7D"],
  }),
  token({
    id: "circleci-token",
    description:
      "CircleCI personal or project API token: CCIPAT_/CCIPRJ_, 22 base62 characters, _ and 40 hex.",
    prefilter: { keywords: ["ccipat_", "cciprj_"] },
    token: "CCI(?:PAT|PRJ)_[A-Za-z0-9]{22}_[a-f0-9]{40}",
    sample: "CCIPAT_C7eIDvXtHZIXHkTmLXHl2h_a97633ac77f019208c66d6eb2e21e943a04df56f",
    negatives: ["CCIPAT_C7eIDvXtHZIXHkTmLXHl2h", "CCIPAT_C7eIDvXtHZIXHkTmLXHl2h_a97633ac77"],
  }),
  token({
    id: "buildkite-api-token",
    description: "Buildkite user API access token: bkua_ and 40 hex characters.",
    prefilter: { keywords: ["bkua_"] },
    token: "bkua_[a-f0-9]{40}",
    sample: "bkua_3e923fa063a79d1211cf66570d5e529ff8be848a",
    minEntropy: 3,
    negatives: ["bkua_3e923fa063a79d12", "bkua_0000000000000000000000000000000000000000"],
  }),
  token({
    id: "teamcity-access-token",
    description:
      'TeamCity access token: a JWT-like value whose header is {"typ": "TCV2"} (eyJ0eXAiOiAiVENWMiJ9).',
    prefilter: { keywords: ["eyj0exaioiaivenwmij9"] },
    token: "eyJ0eXAiOiAiVENWMiJ9\\.[A-Za-z0-9_-]{20,80}\\.[A-Za-z0-9_-]{20,120}",
    tail: "A-Za-z0-9_-",
    sample:
      "eyJ0eXAiOiAiVENWMiJ9.njPrE_qS0NIu3ZSJ9vX5bNI1gxUHJleeTbZk.cVtK-k5zwH290J01OaJSToyUG1pB6G1l9XhNGnGZn4nGP--m",
    negatives: ["eyJ0eXAiOiAiVENWMiJ9.short", "eyJ0eXAiOiAiVENWMiJ9"],
  }),
  assigned({
    id: "jenkins-api-token",
    description:
      "Jenkins API token: 11 and 32 hex characters, assigned to a jenkins token / password name.",
    prefilter: { keywords: ["jenkins"] },
    names: "jenkins[a-z_-]{0,20}?(?:token|password|pass|secret)",
    value: "11[a-f0-9]{32}",
    sampleName: "JENKINS_API_TOKEN",
    sample: "1124d54699dd2d0b4fb79f5ac45e8b3855",
    minEntropy: 3,
    negatives: ["JENKINS_API_TOKEN=${JENKINS_TOKEN}", "jenkins_token=1124d54699dd"],
  }),
  token({
    id: "sonarqube-token",
    description:
      "SonarQube / SonarCloud token: squ_ (user), sqp_ (project) or sqa_ (global) and 40 hex.",
    prefilter: { keywords: ["squ_", "sqp_", "sqa_"] },
    token: "sq[upa]_[a-f0-9]{40}",
    sample: "squ_25c2695e0e803e2a12b6dceddedcf66d97d7d70f",
    minEntropy: 3,
    negatives: ["squ_25c2695e0e803e2a", "sqx_25c2695e0e803e2a12b6dceddedcf66d97d7d70f"],
  }),
  assigned({
    id: "sonar-token",
    description:
      "SonarQube / SonarCloud token without a type prefix (older tokens): 40 hex characters assigned to SONAR_TOKEN, SONAR_LOGIN or -Dsonar.login / sonar.token.",
    prefilter: { keywords: ["sonar"] },
    // `-Dsonar.login=` (a Maven / Gradle property) included.
    names: "d?sonar[_.-]?(?:cloud[_-]?|qube[_-]?)?(?:auth[_-]?)?(?:token|login)",
    value: "[a-f0-9]{40}",
    sampleName: "SONAR_TOKEN",
    sample: "b39c29573f579d79593cf51017fae7dca69efc3e",
    minEntropy: 3,
    positives: [{
      text:
        "mvn sonar:sonar -Dsonar.login=a7a28964d87fa5b89d69e104d35cf532f8339222 -Dsonar.host.url=https://sonarcloud.io",
      secret: "a7a28964d87fa5b89d69e104d35cf532f8339222",
    }],
    negatives: ["SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}", "sonar.login=admin"],
  }),
  assigned({
    id: "travis-ci-token",
    description:
      "Travis CI API token: 22 URL-safe characters assigned to a travis token name (TRAVIS_TOKEN, TRAVIS_API_TOKEN, travis_access_token).",
    prefilter: { keywords: ["travis"] },
    names: "travis[a-z_-]{0,20}?(?:token|api[_-]?key)",
    value: "[A-Za-z0-9_-]{22}",
    sampleName: "TRAVIS_API_TOKEN",
    sample: "IQyF_YDO0v_g8wsSm5KVe6",
    minEntropy: 3.5,
    negatives: ["TRAVIS_API_TOKEN=${TRAVIS_TOKEN}", "travis_token=IQyF_YDO0v"],
  }),
  token({
    id: "harness-api-token",
    description:
      "Harness personal or service-account token: pat./sat., account id, token id and secret, dot-separated.",
    prefilter: { keywords: ["pat.", "sat."] },
    token: "[ps]at\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}",
    sample: "pat.ztrpyfHa-DgI_2F5jYyfte.5afdf5955b3d14e75d1f9ec6.dZVHDcLZrbi9oqSHPgJv",
    negatives: ["pat.ztrpyfHa-DgI_2F5jYyfte", "sat.version.2.config"],
  }),
  assigned({
    id: "codecov-token",
    description: "Codecov upload token: a UUID assigned to CODECOV_TOKEN.",
    prefilter: { keywords: ["codecov"] },
    names: "codecov[_-]?(?:upload[_-]?)?token",
    value: UUID,
    sampleName: "CODECOV_TOKEN",
    sample: "24d54699-dd2d-4fb7-9f5a-c45e8b38553b",
    negatives: ["CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}", "codecov_token=24d54699"],
  }),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
