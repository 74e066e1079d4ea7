/**
 * The examples of ../code_hosts.ts's detectors, by detector id: each one's fake sample value and
 * negatives (./provider_examples.ts writes the sample into log lines). Test data only (./mod.ts),
 * kept out of function bundles.
 */
import type { ProviderSample } from "./provider_examples.ts";

/** A GitHub token's sample (prefix, then 36 characters): negatives cut short, x'd out, wrong prefix. */
function github(prefix: string, sample: string): ProviderSample {
  return {
    sample: prefix + sample,
    negatives: [`${prefix}${sample.slice(0, 20)}`, `${prefix}${"x".repeat(36)}`, `foo_${sample}`],
  };
}

/** A GitLab token's sample: negatives cut short, X'd out, with `_` for the prefix's `-`. */
function gitlab(prefix: string, sample: string): ProviderSample {
  return {
    sample: prefix + sample,
    negatives: [
      `${prefix}${sample.slice(0, 12)}`,
      `${prefix}${"X".repeat(70)}`,
      `${prefix.slice(0, -1)}_${sample}`,
    ],
  };
}

/**
 * An installation token in GitHub's stateless format (ghs_, an app id, `_`, a JWT): made up here,
 * its header and claims base64url JSON, its signature random.
 */
const GHS_STATELESS = "ghs_4719203_" +
  "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." +
  "eyJpc3MiOiJleGFtcGxlIiwiaWF0IjoxNzc3MDAwMDAwLCJleHAiOjE3NzcwMDM2MDAsImluc3QiOjU4MjEzMzc3LCJhcHAiOjQ3MTkyMDN9." +
  "CxsDGAjbKwr-blrRqOOhDv2NDozOlBauggASEITlq2fo7NGV7KlgJi-C_vhKu2OkcfiuVZopNGNIkVCdRxdMub";

export const samples: Record<string, ProviderSample> = {
  "github-pat": github("ghp_", "SYvQczqqDQlLYvYqXxd1olBFHQku95IJpscr"),
  "github-oauth-token": github("gho_", "4cV1UKXUjQ7CdJtZuWLF1f835JrDRfEyOs29"),
  "github-user-to-server-token": github("ghu_", "R1TtCVe3wxmhVuFCV9xS5OP6tYdtyNHRB1u6"),
  "github-server-to-server-token": {
    ...github("ghs_", "Vz9xCuqC082qAEsh9fcMOcZUWJFnNR4OVuRP"),
    positives: [
      `GITHUB_TOKEN=${GHS_STATELESS}`,
      `git remote set-url origin https://x-access-token:${GHS_STATELESS}@github.com/org/repo.git`,
    ].map((text) => ({ text, secret: GHS_STATELESS })),
  },
  "github-refresh-token": github(
    "ghr_",
    "4AtE09IGXW821iAbGCk4NWiaR18uywsYp8az2BrKQIIPDXVItAb6fk4N3UJRkZVrVrPLKQDAPM0e",
  ),
  "gitlab-pat": gitlab("glpat-", "oOwwsF6gdE7JSu0QQI4U"),
  "gitlab-deploy-token": gitlab("gldt-", "xEMfs3ehU0JhHOJTe6QV"),
  "gitlab-runner-auth-token": gitlab("glrt-", "gAYrKH_IlvszdQ5o7acw"),
  "gitlab-pipeline-trigger-token": gitlab("glptt-", "TT4ugSajnG5ZJ6T7y6-DYGpRVvjbqmJEnTt-z6Iu"),
  "gitlab-scim-token": gitlab("glsoat-", "t7MnD8zqsINLq7pfKmx_"),
  "gitlab-feed-token": gitlab("glft-", "tuIGxEBXIvD4TUfe8Hil"),
  "gitlab-incoming-mail-token": gitlab("glimt-", "2Ka6ALXAEVzjOWLfHG1R3ug8b"),
  "gitlab-agent-token": gitlab("glagent-", "2bWF683ISaOieCCOLHpkVf9e1yC_PHWyQas3ErCV3_hr89KqyK"),
  "gitlab-oauth-app-secret": gitlab(
    "gloas-",
    "OQ31ZmfNeGgOdfWZYGZMBAX43GknpCqUMFk_PhoLjLcG2EL4WwyIsCZIteTcgfj9",
  ),
  "gitlab-ci-job-token": gitlab("glcbt-", "ZDUiQexw-4R-ZU3IkUR1"),
  "gitlab-feature-flags-client-token": gitlab("glffct-", "qtr6zpJ0ZwSuY2XxijKj"),
  "gitlab-runner-registration-token": gitlab("GR1348941", "cOC9PpMkhLVmIsBwwsw-"),
  "github-fine-grained-pat": {
    sample:
      "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",
    negatives: ["github_pat_qbRblBoOzY0FxWjw8Xdjdr", "GITHUB_PAT_ENV_VAR=github_pat_"],
  },
  "bitbucket-app-password": {
    sample: "ATBBW1-BgMF1ij3=XZSpzXeCTUlpQhkSQBSO",
    negatives: ["ATBBshort", "ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  },
  "bitbucket-access-token": {
    sample: "ATCTT3xFfGN0v1snq0WqdzRuZRYP5_z7zb1yIWGm1k_oQZbAvQH_XRx3i6NRP_qAB2Fwd5Cd",
    negatives: ["ATCTT3xFfGN0short", "ATCTT3xFfGN0 token revoked"],
  },
  "bitbucket-data-center-token": {
    sample: "BBDC-ODIwNTgzODkzNTU4OmyBEZVKhsDztbg1SkQy1Vv+AfGi",
    positives: [{
      text: "Authorization: Bearer BBDC-MjY1Mzg0MTM4MDY3Ojz+Bajc7cEPR4Z+8fpZwfkkQl/+",
      secret: "BBDC-MjY1Mzg0MTM4MDY3Ojz+Bajc7cEPR4Z+8fpZwfkkQl/+",
    }],
    negatives: ["BBDC-ODIwNTgzODkzNTU4", "BBDC-" + "M".repeat(44), "BBDC-deployment-notes"],
  },
  "bitbucket-client-secret": {
    sample: "2zES4IG9b5g9NB7DU49hTAnxlWbbfbdH",
    negatives: ["BITBUCKET_CLIENT_SECRET=${SECRET}", "bitbucket_secret=2zES4IG9b5g9NB7D"],
  },
  "circleci-token": {
    sample: "CCIPAT_C7eIDvXtHZIXHkTmLXHl2h_a97633ac77f019208c66d6eb2e21e943a04df56f",
    negatives: ["CCIPAT_C7eIDvXtHZIXHkTmLXHl2h", "CCIPAT_C7eIDvXtHZIXHkTmLXHl2h_a97633ac77"],
  },
  "buildkite-api-token": {
    sample: "bkua_3e923fa063a79d1211cf66570d5e529ff8be848a",
    negatives: ["bkua_3e923fa063a79d12", "bkua_0000000000000000000000000000000000000000"],
  },
  "teamcity-access-token": {
    sample:
      "eyJ0eXAiOiAiVENWMiJ9.njPrE_qS0NIu3ZSJ9vX5bNI1gxUHJleeTbZk.cVtK-k5zwH290J01OaJSToyUG1pB6G1l9XhNGnGZn4nGP--m",
    negatives: ["eyJ0eXAiOiAiVENWMiJ9.short", "eyJ0eXAiOiAiVENWMiJ9"],
  },
  "jenkins-api-token": {
    sample: "1124d54699dd2d0b4fb79f5ac45e8b3855",
    negatives: ["JENKINS_API_TOKEN=${JENKINS_TOKEN}", "jenkins_token=1124d54699dd"],
  },
  "jenkins-crumb": {
    sample: "921be25fcfd071635856a906fa2b42d0",
    negatives: ["Jenkins-Crumb: ${CRUMB}", "Jenkins-Crumb: 921be25fcfd0"],
  },
  "sonarqube-token": {
    sample: "squ_25c2695e0e803e2a12b6dceddedcf66d97d7d70f",
    negatives: ["squ_25c2695e0e803e2a", "sqx_25c2695e0e803e2a12b6dceddedcf66d97d7d70f"],
  },
  "sonar-token": {
    sample: "b39c29573f579d79593cf51017fae7dca69efc3e",
    positives: [{
      text:
        "mvn sonar:sonar -Dsonar.login=a7a28964d87fa5b89d69e104d35cf532f8339222 -Dsonar.host.url=https://sonarcloud.io",
      secret: "a7a28964d87fa5b89d69e104d35cf532f8339222",
    }],
    negatives: ["SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}", "sonar.login=admin"],
  },
  "travis-ci-token": {
    sample: "IQyF_YDO0v_g8wsSm5KVe6",
    negatives: ["TRAVIS_API_TOKEN=${TRAVIS_TOKEN}", "travis_token=IQyF_YDO0v"],
  },
  "harness-api-token": {
    sample: "pat.ztrpyfHa-DgI_2F5jYyfte.5afdf5955b3d14e75d1f9ec6.dZVHDcLZrbi9oqSHPgJv",
    negatives: ["pat.ztrpyfHa-DgI_2F5jYyfte", "sat.version.2.config"],
  },
  "codecov-token": {
    sample: "24d54699-dd2d-4fb7-9f5a-c45e8b38553b",
    negatives: ["CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}", "codecov_token=24d54699"],
  },
  "codeclimate-reporter-id": {
    sample: "3ff9406b69a009c45676db058cbfbad3117118153fcc21f5dc7b3df0b7800f25",
    negatives: [
      "CC_TEST_REPORTER_ID=${{ secrets.CC_TEST_REPORTER_ID }}",
      "cc_test_reporter_id=3ff9406b69a009c4",
    ],
  },
  "gitlab-session-cookie": {
    frame: (v) => `_gitlab_session=${v}`,
    sample: "db672e50b54e2ce15a6da94ac1eccb82",
    positives: [{
      text: "Cookie: _gitlab_session=db672e50b54e2ce15a6da94ac1eccb82; known_sign_in=1",
      secret: "db672e50b54e2ce15a6da94ac1eccb82",
    }],
    negatives: ["_gitlab_session=db672e50b54e", "_gitlab_session=" + "0".repeat(32)],
  },
};
