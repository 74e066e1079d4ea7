/**
 * The examples of ../registries.ts's detectors, by detector id: each one's fake sample value and
 * negatives (./provider_examples.ts writes the sample into log lines). Test data only (./mod.ts),
 * kept out of function bundles.
 */
import type { ProviderSample } from "./provider_examples.ts";

export const samples: Record<string, ProviderSample> = {
  "npm-access-token": {
    sample: "npm_0KfAHQ8g00sFAmjLImrIBfNa5WftAfbv8uhj",
    negatives: ["npm_0KfAHQ8g00sFAmjL", "npm_config_registry_https_registry_npmjs_org"],
  },
  "npm-auth-token": {
    sample: "0c796f15-c15b-4bbf-9010-9a1280db297d",
    positives: [{
      text: "//registry.npmjs.org/:_authToken=0c796f15-c15b-4bbf-9010-9a1280db297d",
      secret: "0c796f15-c15b-4bbf-9010-9a1280db297d",
    }],
    negatives: [
      "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
      "//registry.npmjs.org/:_authToken=short",
    ],
  },
  "npmrc-auth": {
    frame: (v) => `//npm.pkg.example.com/:_auth=${v}`,
    sample: "Y2lib3Q6czNjcjN0LXBhc3N3b3Jk",
    negatives: ["_auth=${NPM_AUTH}", "always_auth=true"],
  },
  "pypi-upload-token": {
    sample:
      "pypi-AgEIcHlwaS5vcmcwc7MXrdWfPgxjxkhboxqr2SQ1hGKJOAR8IZM-VYpU0ZWNxHmuq1uZC2IhncNv33b0fHJE9JLE9sH7GB2Kxj1rKBzsRAgvSzV9hLXQKG034j2pL_Sq8ONU4DN",
    negatives: ["pypi-AgEIcHlwaS5vcmc", "pypi-AgEIcHlwaS5vcmcshort"],
  },
  "anaconda-channel-token": {
    frame: (v) => `  - https://conda.anaconda.org/t/${v}/acme-internal`,
    sample: "Kq4Zr7Lm2Xv9Tn3Bw8Ys5Pd1Hj6Fc0Ga",
    negatives: [
      "  - https://conda.anaconda.org/conda-forge/linux-64",
      "https://repo.anaconda.cloud/t/short-token/repo/main",
      "https://community.example.org/t/conda-install-hangs-forever/1234",
    ],
  },
  "rubygems-api-key": {
    sample: "rubygems_fe6d6be3d92833e4b4ac2b3cb2794b8fc63b0e9cd4ee116d",
    negatives: ["rubygems_fe6d6be3d928", "rubygems_version_3_5_0_installed"],
  },
  "dockerhub-access-token": {
    sample: "dckr_pat_4SpG27O7VbOLFZ-zn2UByt_cljE",
    negatives: ["dckr_pat_4SpG27O7Vb", "dckr_pat_" + "x".repeat(27)],
  },
  "docker-config-auth": {
    frame: (v) => `{"auths":{"registry.example.com":{"auth":"${v}"}}}`,
    sample: "ZGVwbG95OnM0bmQtYjB4LXA0c3M=",
    negatives: ['{"auth":"bm90LWEtcGFpcg=="}', '{"auth":"disabled"}'],
  },
  "docker-config-secret-value": {
    frame: (v) => `  .dockerconfigjson: ${v}`,
    sample:
      "eyJhdXRocyI6eyJnaGNyLmlvIjp7ImF1dGgiOiJZMmt0WW05ME9tZG9jRjlyVUhjMGJGaDJUVzVSTWxSNVlsRT0ifX19",
    positives: [{
      text:
        '{"name":"regcred","data":{".dockercfg":"eyJxdWF5LmlvIjp7InBhc3N3b3JkIjoicFJ2OHhRMm1MNCJ9fQ=="}}',
      secret: "eyJxdWF5LmlvIjp7InBhc3N3b3JkIjoicFJ2OHhRMm1MNCJ9fQ==",
    }],
    negatives: [
      ".dockerconfigjson: eyJhdXRocyI6e319",
      "type: kubernetes.io/dockerconfigjson",
      ".dockercfg: ${DOCKER_CFG}",
    ],
  },
  "nuget-api-key": {
    sample: "oy24byqbioazucqlneamtia6jnl6shohn7zxye7i60ndfm",
    negatives: ["oy24byqbioazucql", "oy2" + "a".repeat(43)],
  },
  "artifactory-api-key": {
    sample: "AKCpOn2rk0HWxGqZlyGqBufOIlLR2C7kL5jmlBoFhAlcg0WObPsEpUdfxBr1rqEjoxisHh9PM",
    positives: [{ text: "artif-key:AKCd4CYdQXWH3", secret: "AKCd4CYdQXWH3" }],
    negatives: ["cacheAKCgluedintoalongerword", "AKCpOn2rk", "AKCENTRALIZEDLOGGING"],
  },
  "artifactory-password": {
    sample: "AP6W3y2Aj8trQA3Xk4FOTLYipnkOSxidHJxSkJbKkKsebGFKX87paADy4oARmWt",
    positives: [
      { text: "X-JFrog-Art-Api: AP6TBqQEXGZNZ", secret: "AP6TBqQEXGZNZ" },
      { text: "X-JFrog-Art-Api: APBiTiowAvfac", secret: "APBiTiowAvfac" },
    ],
    negatives: [
      "cacheAP6gluedintoalongerword",
      "X-JFrog-Art-Api: $JFROG_TOKEN",
      "order AP1234567890 shipped",
      'params=[12751, "APEgSxkCr5zAOPq7jMmUwv7H9SYu7umS"]',
      'params=[2056, "APBFYndGdgTf+4siu2YfQUEkLxl0iWRA"]',
    ],
  },
  "artifactory-reference-token": {
    sample: "cmVmdGtuOjAxOjW3y2Aj8trQA3Xk4FOTLYipnkOSxidHJxSkJbKkKsebGF",
    negatives: ["cmVmdGtuOjAxOjshort", "cmVmdGtuOjAxOj"],
  },
  "clojars-deploy-token": {
    sample: "CLOJARS_sqz1x2jn9w2h9psptx05upymiuk3bv490c460n2el9gy5law5qshgx0gwudh",
    negatives: ["CLOJARS_sqz1x2jn9w2h", "CLOJARS_USERNAME=deploy-bot"],
  },
  "crates-io-token": {
    sample: "ciolcXqqGxFEy4i1xSfNIXPU9jtFwkYCSM1",
    negatives: ["ciolcXqqGxFEy4i1", "cio" + "x".repeat(32)],
  },
  "octopus-deploy-api-key": {
    sample: "API-0C8P7XW2GHBX4S0B9S40I79HBH",
    negatives: ["API-GATEWAY-PRODUCTION", "API-" + "X".repeat(26)],
  },
  "gradle-plugin-portal-key": {
    sample: "9sGQaUN0aHWdH9qR07prhLMDKNrJzFZE",
    negatives: ["gradle.publish.secret=${GRADLE_SECRET}", "gradle.publish.key=9sGQaUN0"],
  },
  "docker-swarm-join-token": {
    sample: "SWMTKN-1-ypq5628tphqz1nm9vjrahfo6pja5p338oa5wgs2d1ghisho3vn-fqai96yewyde0hvll3k7h5vdo",
    negatives: ["SWMTKN-1-<manager-token>", "SWMTKN-1-ypq5628tphqz1nm9vjrahfo6pja5p338oa5wgs2d1"],
  },
  "docker-swarm-unlock-key": {
    sample: "SWMKEY-1-duXKEdJX+PxvffGcAdrbiPa9dYorsVrs07lavpNlNcs",
    negatives: ["SWMKEY-1-<unlock-key>", "SWMKEY-1-duXKEdJX+PxvffGcAdrbiPa9dYo"],
  },
};
