/** Cloud-provider credentials: AWS, Google Cloud, Azure, IBM Cloud, Alibaba, Tencent, Yandex. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { caseless, UUID } from "./provider_shapes.ts";
import { assignedValue } from "./assigned_values.ts";
import { compactToken, prefixedToken } from "./prefixed_tokens.ts";
import { gated, gatedByRun, hasRunWhere } from "./value_runs.ts";
import { AT_KEYWORD, within } from "../windowed_match.ts";

/** `first` and `second` joined by nothing, `_` or `-`: keywords of names written so. */
const joined = (first: string, second: string) =>
  ["", "_", "-"].map((join) => first + join + second);

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * AWS access key id: a 4-character resource prefix (AKIA long-term, ASIA temporary, A3T…) and 16
   * upper-case base32 characters.
   */
  compactToken(
    "aws-access-key-id",
    "(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA|A3T[A-Z0-9])[A-Z0-9]{16}",
    undefined,
    undefined,
    [
      "akia",
      "asia",
      "abia",
      "acca",
      "agpa",
      "aida",
      "aroa",
      "aipa",
      "anpa",
      "anva",
      "apka",
      "a3t",
    ],
    // Every match starts with its keyword (the lead only looks behind).
    { reach: AT_KEYWORD },
  ),
  /**
   * AWS secret access key: 40 base64 characters, recognised only when assigned to an AWS secret-key
   * name (aws_secret_access_key, SecretAccessKey).
   */
  // Its key words are on most lines of key/value logs: read only lines with a base64 run that
  // is 40 characters long or ends in 40 after a `/` or `+`. The value is 40 base64 characters
  // with none (nor `=`) after them; before them is the assignment (a quote, space, `:`, `=`,
  // `>`) or, for a value read back to its key, no letter, digit or `_`.
  gated(
    assignedValue(
      "aws-secret-access-key",
      "aws[a-z_.-]{0,20}?(?:secret|key|pwd|pw|password|pass|token)|secret[_-]?access[_-]?key|secretaccesskey",
      "[A-Za-z0-9/+]{40}",
      3.5,
      // Every name holds `aws` or `secret access` (`secret` alone is on most lines of key/value
      // logs: `secret_name`, `secret_version`).
      ["aws", ...joined("secret", "access")],
      { tail: "A-Za-z0-9/+=" },
    ),
    (line) =>
      hasRunWhere(
        line,
        "base64",
        40,
        (start, end) => end - start === 40 || line[end - 41] === "/" || line[end - 41] === "+",
      ),
  ),
  /**
   * AWS STS session token: a long base64 value assigned to aws_session_token, SessionToken or
   * X-Amz-Security-Token.
   */
  // Its key words are on many key/value lines (`session_token_ttl`): read only lines with a
  // 100-character run.
  gatedByRun(
    assignedValue(
      "aws-session-token",
      "aws[_-]?session[_-]?token|sessiontoken|x-amz-security-token|aws[_-]?security[_-]?token",
      "[A-Za-z0-9/+]{100,2000}={0,2}",
      4,
      // Every name holds `aws`, or is SessionToken or X-Amz-Security-Token (`session_token`
      // alone is on many key/value lines: `session_token_ttl`).
      ["aws", "sessiontoken", "amz-security"],
      {
        tail: "A-Za-z0-9/+=",
        cutClass: "A-Za-z0-9/+",
      },
    ),
    "base64",
    100,
  ),
  /**
   * AWS STS session token with no name before it: the base64 of the token's own header, which
   * starts `FwoGZXIvYXdzE` or `IQoJb3JpZ2luX2Vj` in every token STS issues, and 100 or more base64
   * characters (no cap: a longer run is masked whole); under a name, aws-session-token's.
   */
  compactToken(
    "aws-session-token-unnamed",
    "(?:FwoGZXIvYXdzE|IQoJb3JpZ2luX2Vj)[A-Za-z0-9+/]{100,}={0,2}",
    4,
    "A-Za-z0-9+/=",
  ),
  /** Amazon Marketplace Web Service auth token: amzn.mws. and a UUID. */
  compactToken("aws-mws-key", `amzn\\.mws\\.${UUID}`, undefined, "A-Za-z0-9_-"),
  /**
   * Amazon Bedrock long-term API key: ABSK and the base64 of
   * BedrockAPIKey-<id>-at-<account>:<secret>, about 100–400 characters.
   */
  compactToken("aws-bedrock-api-key", "ABSK[A-Za-z0-9+/]{100,400}={0,2}", 4, "A-Za-z0-9+/="),
  /**
   * Amazon Bedrock short-term API key: bedrock-api-key- and the base64 of a presigned
   * bedrock.amazonaws.com URL (it starts YmVkcm9jay5hbWF6b25hd3MuY29t), carrying a session token,
   * so of no fixed length.
   */
  compactToken(
    "aws-bedrock-short-term-api-key",
    "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{40,4000}={0,2}",
    4,
    "A-Za-z0-9+/=",
    ["bedrock-api-key-"],
    { cutClass: "A-Za-z0-9+/" },
  ),
  /**
   * AWS AppSync API key, sent as `x-api-key`: da2- and 26 lower-case letters and digits (da1-
   * keys stopped working in 2018).
   */
  compactToken("aws-appsync-api-key", "da2-[a-z0-9]{26}", 3, "A-Za-z0-9_-"),
  /** Google Cloud / Firebase / Maps API key: AIza and 35 URL-safe base64 characters. */
  compactToken("gcp-api-key", "AIza[0-9A-Za-z_-]{35}", 3, "A-Za-z0-9_-"),
  /** Google Cloud express-mode (Vertex AI, Gemini) API key: AQ.Ab8R and 46 URL-safe characters. */
  compactToken("gcp-express-mode-api-key", "AQ\\.Ab8R[0-9A-Za-z_-]{46}", 3.5, "A-Za-z0-9_-"),
  /**
   * Google Cloud service-account key id: the 40-hex private_key_id of a service-account JSON key
   * file.
   */
  // Each pair of separators the names allow (private_key-id, privatekey_id).
  assignedValue(
    "gcp-service-account-key-id",
    "private[_-]?key[_-]?id",
    "[a-f0-9]{40}",
    3,
    ["_", "-", ""].flatMap((a) => ["_", "-", ""].map((b) => `private${a}key${b}id`)),
  ),
  /** Google OAuth client secret: GOCSPX- and 28 URL-safe base64 characters. */
  compactToken("gcp-oauth-client-secret", "GOCSPX-[A-Za-z0-9_-]{28}", undefined, "A-Za-z0-9_-"),
  /** Google OAuth 2.0 access token: ya29. and a URL-safe base64 body. */
  compactToken("google-oauth-access-token", "ya29\\.[0-9A-Za-z_-]{30,2000}", 3.5, "A-Za-z0-9_-"),
  /** Google OAuth 2.0 refresh token: 1//0 and a URL-safe base64 body. */
  compactToken("google-oauth-refresh-token", "1//0[0-9A-Za-z_-]{40,500}", 3.5, "A-Za-z0-9_-"),
  /**
   * Azure storage account key in a connection string: AccountKey= and 86 base64 characters with ==
   * padding.
   */
  compactToken(
    "azure-storage-account-key",
    `${caseless("accountkey")}\\s{0,2}=\\s{0,2}(?<secret>[A-Za-z0-9+/]{86}==)`,
    4,
    "A-Za-z0-9+/=",
    ["accountkey"],
  ),
  /**
   * Azure Service Bus / Event Hubs / IoT Hub shared access key: SharedAccessKey= and 44 base64
   * characters.
   */
  compactToken(
    "azure-shared-access-key",
    `${caseless("sharedaccesskey")}=(?<secret>[A-Za-z0-9+/]{43}=)`,
    4,
    "A-Za-z0-9+/=",
    ["sharedaccesskey="],
  ),
  /**
   * Azure shared access signature: the sig= parameter (URL-encoded base64 HMAC) of a SAS URL or
   * token.
   */
  compactToken(
    "azure-sas-signature",
    "sig=(?<secret>[A-Za-z0-9%+/]{40,120}(?:=|%3D){0,2})",
    3.5,
    "A-Za-z0-9%+/=",
  ),
  /**
   * Microsoft Entra ID (Azure AD) client secret: 3 characters, a digit, Q~ and 31–34 more
   * characters.
   */
  compactToken(
    "azure-ad-client-secret",
    "[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}",
    3.5,
    "A-Za-z0-9_~.-",
    ["q~"],
  ),
  /**
   * Azure DevOps personal access token: 52 lower-case base32 characters assigned to an Azure DevOps
   * token name.
   */
  assignedValue(
    "azure-devops-pat",
    "(?:azure[_-]?devops[a-z_-]{0,12}?|ado[_-]?|azdo[_-]?)(?:pat|token)",
    "[a-z2-7]{52}",
    3.5,
    ["devops", "ado_", "ado-", "adopat", "adotoken", "azdo"],
  ),
  /**
   * IBM Cloud IAM API key: exactly 44 URL-safe characters assigned to a key, password or token name
   * (optionally ibm / cloud / iam prefixed; IBM service credentials call it apikey).
   */
  // Any key, password or token name wakes it: read only lines with a 44-character run.
  gatedByRun(
    assignedValue(
      "ibm-cloud-api-key",
      "(?:(?:ibm|cloud|iam)[a-z_-]{0,16}?)?(?:api[_-]?)?(?:key|pwd|pw|pass(?:word)?|token)",
      "[A-Za-z0-9_-]{44}",
      3,
      ["key", "pw", "pass", "token"],
    ),
    "url-safe",
    44,
  ),
  /**
   * IBM Cloud Object Storage HMAC secret access key: 48 hex characters assigned to a (cos/hmac)
   * secret access key name.
   */
  // "secret" is on most lines of key/value logs: read only lines with 48 hex digits in a row.
  gatedByRun(
    assignedValue(
      "ibm-cos-hmac-secret",
      "(?:(?:ibm|cos|hmac)[a-z_-]{0,14}?)?secret[_-]?(?:access[_-]?)?key",
      "[a-fA-F0-9]{48}",
      3,
      // Every name holds `secret` joined to `access` or `key`.
      [...joined("secret", "access"), ...joined("secret", "key")],
    ),
    "hex",
    48,
  ),
  /**
   * IBM SoftLayer API key: 64 alphanumerics assigned to a softlayer / sl key, password or token
   * name.
   */
  assignedValue(
    "softlayer-api-key",
    "(?:softlayer|sl)[_-]?(?:api[_-]?)?(?:key|pwd|pw|pass(?:word)?|token)",
    "[A-Za-z0-9]{64}",
    3,
    ["softlayer", "sl_", "sl-", "slapi", "slkey", "slpass", "slpw", "sltoken"],
  ),
  /** IBM SoftLayer API key in a SOAP endpoint URL: api.softlayer.com/soap/v3[.1]/<64 hex>. */
  compactToken(
    "softlayer-api-url-key",
    "api\\.softlayer\\.com/soap/v3(?:\\.1)?/(?<secret>[a-fA-F0-9]{64})",
    3,
    undefined,
    ["softlayer.com"],
  ),
  /**
   * IBM Cloudant password or API key: 64 hex or 24 lower-case characters assigned to a cloudant /
   * clou / cl key, password or token name.
   */
  assignedValue(
    "cloudant-password",
    "(?:cloudant|clou|cl)[_-]?(?:api[_-]?)?(?:key|pwd|pw|pass(?:word)?|token|secret)",
    "[a-fA-F0-9]{64}|[a-z]{24}",
    3,
    [
      "cloudant",
      "clou",
      "cl_",
      "cl-",
      "clapi",
      "clkey",
      "clpw",
      "clpass",
      "cltoken",
      "clsecret",
    ],
  ),
  /** IBM Cloudant credential in a URL: https://<user>:<password>@<account>.cloudant.com. */
  compactToken(
    "cloudant-url-credential",
    "https?://[A-Za-z0-9_-]{1,64}:(?<secret>[A-Za-z0-9]{24,64})@[A-Za-z0-9_.-]{1,64}\\.cloudant\\.com",
    undefined,
    undefined,
    ["cloudant.com"],
  ),
  /** Alibaba Cloud AccessKey id: LTAI and 12–20 alphanumeric characters. */
  compactToken("alibaba-access-key-id", "LTAI[A-Za-z0-9]{12,20}", 3),
  /**
   * Alibaba Cloud AccessKey secret: 30 alphanumeric characters assigned to an alibaba / aliyun
   * secret name.
   */
  assignedValue(
    "alibaba-access-key-secret",
    "(?:alibaba|aliyun|alicloud)[a-z_-]{0,20}?secret(?:[_-]?key)?",
    "[A-Za-z0-9]{30}",
    3.5,
  ),
  /** Tencent Cloud SecretId: AKID and 32 alphanumeric characters. */
  compactToken("tencent-secret-id", "AKID[A-Za-z0-9]{32}", 3.5),
  /** Confluent Cloud API secret in its prefixed format: cflt and 60 base64 characters. */
  compactToken("confluent-api-secret", "cflt[A-Za-z0-9+/]{60}", 4, "A-Za-z0-9+/="),
  /** Yandex Cloud API key: AQVN and 35–38 URL-safe characters. */
  compactToken("yandex-cloud-api-key", "AQVN[A-Za-z0-9_-]{35,38}", 3.5, "A-Za-z0-9_-"),
  /** Yandex Cloud IAM token: t1. , a base64 body, a dot and an 86-character signature. */
  compactToken(
    "yandex-cloud-iam-token",
    "t1\\.[A-Za-z0-9_-]{20,400}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}",
    4,
    "A-Za-z0-9_=-",
  ),
  /** ClickHouse Cloud API key secret (ClickHouse Cloud's console and docs): 4b1d and 38 base62. */
  prefixedToken("clickhouse-cloud-key-secret", "4b1d", "[A-Za-z0-9]{38}"),
  /**
   * Azure DevOps PAT in the 84-character format of 2024 (Microsoft Purview's definition): 76
   * alphanumerics, the signature AZDO, then 4 more.
   */
  compactToken("azure-devops-pat-84", "[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}", 3, undefined, ["azdo"]),
  /**
   * Azure's identifiable keys (Microsoft's security-utilities, the key definitions its scanners
   * use): base64 keys with the service's signature at a fixed place. 44 characters with it after
   * 33: Relay +ARm, Event Hubs +AEh, Service Bus +ASb, IoT Hub, DPS and devices AIoT, Cache for
   * Redis AzCa; 88 with it after 76: Storage +ASt, Cosmos DB ACDb, Batch +ABa, Machine Learning
   * /AM7, API Management APIM; 52 with it after 42: AI Search AzSe, Container Registry +ACR; 56
   * (URL-safe) with it after 44: Functions AzFu. Also Event Grid's (AZEG, as Relay's), classic
   * Machine Learning's +AMC (as Storage's) and the common annotated keys of newer services (84 or
   * 88 alphanumerics, JQQJ9 and a version after 52, the provider and date fields fixed in place).
   * Found bare, gated by the signatures.
   */
  compactToken(
    "azure-identifiable-key",
    "[A-Za-z0-9+/]{33}(?:\\+A(?:Rm|Eh|Sb)|AIoT|AzCa|AZEG)[A-P][A-Za-z0-9+/]{5}=|[A-Za-z0-9+/]{76}(?:\\+A(?:St|Ba|MC)|ACDb|/AM7|APIM)[A-Za-z0-9+/]{5}[AQgw]==|[A-Za-z0-9+/]{42}(?:AzSe|\\+ACR)[A-D][A-Za-z0-9+/]{5}|[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==|[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?",
    3.5,
    "A-Za-z0-9+/=_-",
    [
      "+arm",
      "+aeh",
      "+asb",
      "aiot",
      "azca",
      "+ast",
      "acdb",
      "+aba",
      "/am7",
      "apim",
      "azse",
      "+acr",
      "azfu",
      "azeg",
      "+amc",
      "jqqj9",
    ],
    {
      lead: "(?<![A-Za-z0-9+/_-])",
      // Each layout's signature (a keyword) starts 33, 42, 44, 52 or 76 characters after the key:
      // a long line is searched only there.
      reach: within(76, 0),
    },
  ),
  /**
   * Amazon ECR's login token as `aws ecr get-login-password` prints it: base64 of a JSON object
   * whose first member is its encrypted `payload` (`{"payload":"` is `eyJwYXlsb2FkIjoi`); 4 bits
   * of entropy at least (base64 of ciphertext has near 6; its start alone has more than 3).
   */
  prefixedToken("aws-ecr-login-token", "eyJwYXlsb2FkIjoi", "[A-Za-z0-9+/]{200,6000}={0,2}", {
    minEntropy: 4,
  }),
  /** Databricks OAuth secret of a service principal (Databricks' and AWS's docs): dose + 32 hex. */
  prefixedToken("databricks-oauth-secret", "dose", "[a-f0-9]{32}"),
  /**
   * Aiven service password (Aiven's prefixed credentials): AVNS_ and a random base62 body, with a
   * lower-case letter (not an upper-case name such as AVNS_DEFAULT_POOL).
   */
  prefixedToken("aiven-service-password", "AVNS_", "[A-Za-z0-9_]{8,64}", {
    validate: (secret) => /[a-z]/.test(secret.slice(5)),
  }),
  /**
   * Yandex Cloud static access key secret (Yandex Cloud's docs): YC and 38 URL-safe characters
   * with a lower-case letter and a digit.
   */
  prefixedToken("yandex-cloud-static-key-secret", "YC", "[A-Za-z0-9_-]{38}", {
    tail: "A-Za-z0-9_-",
    validate: (secret) => /[a-z]/.test(secret) && /\d/.test(secret),
  }),
  /** Scaleway access key (Scaleway's IAM docs): SCW and 17 upper-case alphanumerics. */
  prefixedToken("scaleway-access-key", "SCW", "[A-Z0-9]{17}"),
  /** Deno Deploy personal or organization access token (Deno's docs): ddp_/ddo_ and 36 base62. */
  prefixedToken("deno-deploy-token", ["ddp_", "ddo_"], "[A-Za-z0-9]{36}"),
  /**
   * Akamai EdgeGrid client or access token (Akamai's .edgerc docs): akab-, 16 and 16 lower-case
   * alphanumerics; not the API host, which has the same shape before .luna.akamaiapis.net.
   */
  prefixedToken("akamai-edgegrid-token", "akab-", "[a-z0-9]{16}-[a-z0-9]{16}", {
    validate: (secret, line, index) => !line.startsWith(".luna.", index + secret.length),
  }),
  /** Infura project key or Alchemy API key in an RPC URL (their docs): the path's last segment. */
  prefixedToken(
    "web3-rpc-url-key",
    ["infura.io/v3/", "alchemy.com/v2/"],
    "(?<secret>[A-Za-z0-9_-]{32})",
    { tail: "A-Za-z0-9_-" },
  ),
  /**
   * MongoDB Atlas service account secret (Atlas's and AWS Secrets Manager's service-account docs;
   * its client id, mdb_sa_id_ and 24 hex, is not secret): mdb_sa_sk_ and a random body of base62,
   * _ and -, with a digit and a capital (not a snake-case placeholder).
   */
  prefixedToken("mongodb-atlas-service-account-secret", "mdb_sa_sk_", "[A-Za-z0-9_-]{36,48}", {
    tail: "A-Za-z0-9_-",
    validate: (secret) => /\d/.test(secret) && /[A-Z]/.test(secret),
  }),
  /**
   * CockroachDB Cloud API key secret (its Terraform provider's format): CCDB1_, the key's
   * 22-character id, _ and 40 random alphanumerics; the id alone is not secret.
   */
  prefixedToken("cockroachdb-cloud-api-key", "CCDB1_", "[A-Za-z0-9]{22}_[A-Za-z0-9]{40}"),
  /**
   * Azure Data Factory / Synapse self-hosted integration runtime authentication key (the
   * Az.DataFactory cmdlets' AuthKey1/AuthKey2): IR@, the runtime's GUID, its factory's name (3–63
   * letters, digits and hyphens), its region, each after @, then @ and the 44-character base64 key.
   */
  prefixedToken(
    "azure-data-factory-ir-key",
    "IR@",
    "[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}@[A-Za-z0-9-]{3,63}@[A-Za-z0-9-]{2,40}@[A-Za-z0-9+/]{43}=",
    { tail: "A-Za-z0-9+=" },
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
