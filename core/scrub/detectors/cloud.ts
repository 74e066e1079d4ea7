/** Cloud-provider credentials: AWS, Google Cloud, Azure, IBM Cloud, Alibaba, Tencent, Yandex. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { assigned, caseless, token, UUID } from "./provider_shapes.ts";

const AWS_SECRET = "dquQOSP0W1xEDRBfMtpqQidx1tKBmesMzLlJ5Ff7";

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  token({
    id: "aws-access-key-id",
    description:
      "AWS access key id: a 4-character resource prefix (AKIA long-term, ASIA temporary, A3T…) and 16 upper-case base32 characters.",
    prefilter: {
      keywords: [
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
    },
    token: "(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA|A3T[A-Z0-9])[A-Z0-9]{16}",
    sample: "AKIAUOAHU7VIXMVZJSZJ",
    negatives: ["akiauoahu7vixmvzjszj", "AKIAUOAHU7VIX", "AKIAUOAHU7VIXMVZJSZJQ2"],
  }),
  assigned({
    id: "aws-secret-access-key",
    description:
      "AWS secret access key: 40 base64 characters, recognised only when assigned to an AWS secret-key name (aws_secret_access_key, SecretAccessKey).",
    prefilter: { keywords: ["aws", "secret"] },
    names:
      "aws[a-z_.-]{0,20}?(?:secret|key|pwd|pw|password|pass|token)|secret[_-]?access[_-]?key|secretaccesskey",
    value: "[A-Za-z0-9/+]{40}",
    tail: "A-Za-z0-9/+=",
    sampleName: "AWS_SECRET_ACCESS_KEY",
    sample: AWS_SECRET,
    minEntropy: 3.5,
    negatives: [
      `aws_secret_access_key=${AWS_SECRET}Q`,
      `aws_secret_access_key=${AWS_SECRET.slice(0, 38)}`,
      "aws_secret_access_key=${AWS_SECRET_ACCESS_KEY}",
      "aws_secret_access_key=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ],
  }),
  assigned({
    id: "aws-session-token",
    description:
      "AWS STS session token: a long base64 value assigned to aws_session_token, SessionToken or X-Amz-Security-Token.",
    // Every name ends in [_-]?token after session or security.
    prefilter: {
      keywords: [
        "sessiontoken",
        "session_token",
        "session-token",
        "securitytoken",
        "security_token",
        "security-token",
      ],
    },
    names: "aws[_-]?session[_-]?token|sessiontoken|x-amz-security-token|aws[_-]?security[_-]?token",
    value: "[A-Za-z0-9/+]{100,2000}={0,2}",
    tail: "A-Za-z0-9/+=",
    cutClass: "A-Za-z0-9/+",
    sampleName: "AWS_SESSION_TOKEN",
    sample:
      "ItKWM1GYnF1VJF735s8orSzzM2JCVVQ4PjyB5QuXIKV7MVpoHb9LotbYI9Fs0uliGEPCZLjdOhCMXMF0Jejl3Rir/KRZn3NSLc5QfO47qICrNEtq9fXIDdeOPGj",
    minEntropy: 4,
    negatives: ["aws_session_token=short0123456789", "SessionToken: ${AWS_SESSION_TOKEN}"],
  }),
  token({
    id: "aws-mws-key",
    description: "Amazon Marketplace Web Service auth token: amzn.mws. and a UUID.",
    prefilter: { keywords: ["amzn.mws."] },
    token: `amzn\\.mws\\.${UUID}`,
    tail: "A-Za-z0-9_-",
    sample: "amzn.mws.16e21150-3f2a-4c1d-9e8b-53f807eab0c3",
    negatives: ["amzn.mws.16e21150-3f2a-4c1d", "amzn.mws.notauuid"],
  }),
  token({
    id: "aws-bedrock-api-key",
    description:
      "Amazon Bedrock long-term API key: ABSK and the base64 of BedrockAPIKey-<id>-at-<account>:<secret>, about 100–400 characters.",
    prefilter: { keywords: ["absk"] },
    token: "ABSK[A-Za-z0-9+/]{100,400}={0,2}",
    tail: "A-Za-z0-9+/=",
    sample:
      "ABSKgvhOc+coLd12ByISdutW7keUF+OccUin6+WDtGGjZ8aXhAwL/AY1k1dXhoHDzYJw9+l6U9fXR+CDXXPlH6qgzuFrgMFLSmazilYKIT4tYG6Kld/g6dVsPwgj",
    minEntropy: 4,
    negatives: ["ABSKgvhOc+coLd12ByISdutW7", "ABSOLUTE_PATH=/usr/local/lib"],
  }),
  token({
    id: "aws-bedrock-short-term-api-key",
    description:
      "Amazon Bedrock short-term API key: bedrock-api-key- and the base64 of a presigned bedrock.amazonaws.com URL (it starts YmVkcm9jay5hbWF6b25hd3MuY29t), carrying a session token, so of no fixed length.",
    prefilter: { keywords: ["bedrock-api-key-"] },
    token: "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{40,4000}={0,2}",
    tail: "A-Za-z0-9+/=",
    cutClass: "A-Za-z0-9+/",
    sample:
      "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1DcmVkZW50aWFsPUFTSUFRM0VHVU9BSFU3VklYTVZa",
    minEntropy: 4,
    negatives: [
      "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t",
      "AWS_BEARER_TOKEN_BEDROCK=${BEDROCK_KEY} bedrock-api-key-generator started",
    ],
  }),
  token({
    id: "gcp-api-key",
    description: "Google Cloud / Firebase / Maps API key: AIza and 35 URL-safe base64 characters.",
    prefilter: { keywords: ["aiza"] },
    token: "AIza[0-9A-Za-z_-]{35}",
    tail: "A-Za-z0-9_-",
    sample: "AIzaenMDIQM-Cf-UuReN70oEkLwV03HzgHq4921",
    minEntropy: 3,
    negatives: ["AIzaenMDIQM-Cf-UuReN70oEkLw", "AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  }),
  assigned({
    id: "gcp-service-account-key-id",
    description:
      "Google Cloud service-account key id: the 40-hex private_key_id of a service-account JSON key file.",
    prefilter: { keywords: ["private_key_id", "private-key-id", "privatekeyid"] },
    names: "private[_-]?key[_-]?id",
    value: "[a-f0-9]{40}",
    sampleName: "private_key_id",
    sample: "893ffb82d704eb2ff14150c8b423574dc00c0816",
    minEntropy: 3,
    negatives: ['"private_key_id": "893ffb82d704"', '"private_key_id": "{{ key_id }}"'],
  }),
  token({
    id: "gcp-oauth-client-secret",
    description: "Google OAuth client secret: GOCSPX- and 28 URL-safe base64 characters.",
    prefilter: { keywords: ["gocspx-"] },
    token: "GOCSPX-[A-Za-z0-9_-]{28}",
    tail: "A-Za-z0-9_-",
    sample: "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",
    negatives: ["GOCSPX-ifXq2f1Kiyuip", "GOCSPX-<client-secret>"],
  }),
  token({
    id: "google-oauth-access-token",
    description: "Google OAuth 2.0 access token: ya29. and a URL-safe base64 body.",
    prefilter: { keywords: ["ya29."] },
    token: "ya29\\.[0-9A-Za-z_-]{30,2000}",
    tail: "A-Za-z0-9_-",
    sample: "ya29.JSQFnWHIZyhKHEbrUNura3suVIQaaF_4kG_n0mlxBK2daixCY7BnBnVyo38V",
    minEntropy: 3.5,
    negatives: ["ya29.short", "ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  }),
  token({
    id: "google-oauth-refresh-token",
    description: "Google OAuth 2.0 refresh token: 1//0 and a URL-safe base64 body.",
    prefilter: { keywords: ["1//0"] },
    token: "1//0[0-9A-Za-z_-]{40,500}",
    tail: "A-Za-z0-9_-",
    sample: "1//0mMXIpw9kq7A80tYPlzTruxDtex5ut6jyTFTL87XhAnq3-tx-Ogqh5BfG17AbB5yza5RoC",
    minEntropy: 3.5,
    negatives: ["http://10.0.0.1//0/status", "1//0abc"],
  }),
  token({
    id: "azure-storage-account-key",
    description:
      "Azure storage account key in a connection string: AccountKey= and 86 base64 characters with == padding.",
    prefilter: { keywords: ["accountkey"] },
    token: `${caseless("accountkey")}\\s{0,2}=\\s{0,2}(?<secret>[A-Za-z0-9+/]{86}==)`,
    tail: "A-Za-z0-9+/=",
    frame: (v) => `DefaultEndpointsProtocol=https;AccountName=billingprod;AccountKey=${v}`,
    sample:
      "UitWKqMn45s+IY+/th3dWmMTadtUtC5qCVpaUUD+7T0G/yDi7jjGWCDwirFWh80kXSs1IYiSKLCI7TUPQLNwp7==",
    minEntropy: 4,
    negatives: ["AccountKey=UitWKqMn45s+IY+/th3dWmMTadtUtC5==", "AccountKey=${STORAGE_KEY}"],
  }),
  token({
    id: "azure-shared-access-key",
    description:
      "Azure Service Bus / Event Hubs / IoT Hub shared access key: SharedAccessKey= and 44 base64 characters.",
    prefilter: { keywords: ["sharedaccesskey="] },
    token: `${caseless("sharedaccesskey")}=(?<secret>[A-Za-z0-9+/]{43}=)`,
    tail: "A-Za-z0-9+/=",
    frame: (v) =>
      `Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${v}`,
    sample: "b0P+ZaTRuvr/BULhpFqUolTcDQ6WoV927kzgaG9iieu=",
    minEntropy: 4,
    negatives: ["SharedAccessKeyName=RootManageSharedAccessKey", "SharedAccessKey=<key>"],
  }),
  token({
    id: "azure-sas-signature",
    description:
      "Azure shared access signature: the sig= parameter (URL-encoded base64 HMAC) of a SAS URL or token.",
    prefilter: { keywords: ["sig="] },
    token: "sig=(?<secret>[A-Za-z0-9%+/]{40,120}(?:=|%3D){0,2})",
    tail: "A-Za-z0-9%+/=",
    frame: (v) =>
      `https://acct.blob.core.windows.net/logs/app.log?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-04-01T00:00:00Z&sig=${v}`,
    sample: "OIaUtEo49gjtc%2B1fyGkQU0IKkCzqxGey%2Bl%2BwO9CWKOz%3D",
    minEntropy: 3.5,
    negatives: ["?sig=abc&sv=2022-11-02", "GET /search?sig=true&q=signature"],
  }),
  token({
    id: "azure-ad-client-secret",
    description:
      "Microsoft Entra ID (Azure AD) client secret: 3 characters, a digit, Q~ and 31–34 more characters.",
    prefilter: { keywords: ["q~"] },
    token: "[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}",
    tail: "A-Za-z0-9_~.-",
    sample: "Hrm8Q~Whjd86fJUQAA7vVQc0_K4GBYJWPAvXht3h",
    minEntropy: 3.5,
    negatives: ["abc8Q~short", "Hrm8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  }),
  assigned({
    id: "azure-devops-pat",
    description:
      "Azure DevOps personal access token: 52 lower-case base32 characters assigned to an Azure DevOps token name.",
    prefilter: { keywords: ["devops", "ado_", "ado-", "adopat", "adotoken", "azdo"] },
    names: "(?:azure[_-]?devops[a-z_-]{0,12}?|ado[_-]?|azdo[_-]?)(?:pat|token)",
    value: "[a-z2-7]{52}",
    sampleName: "AZURE_DEVOPS_EXT_PAT",
    sample: "eiuu7wb2t2c76deh7xmwtwwrnqlfv4scnb5vpewqedgjl3unuinh",
    minEntropy: 3.5,
    negatives: ["AZURE_DEVOPS_EXT_PAT=eiuu7wb2t2c76deh7", "ADO_TOKEN=$(System.AccessToken)"],
  }),
  assigned({
    id: "ibm-cloud-api-key",
    description:
      "IBM Cloud IAM API key: exactly 44 URL-safe characters assigned to a key, password or token name (optionally ibm / cloud / iam prefixed; IBM service credentials call it apikey).",
    prefilter: { keywords: ["key", "pw", "pass", "token"] },
    names: "(?:(?:ibm|cloud|iam)[a-z_-]{0,16}?)?(?:api[_-]?)?(?:key|pwd|pw|pass(?:word)?|token)",
    value: "[A-Za-z0-9_-]{44}",
    sampleName: "IBMCLOUD_API_KEY",
    sample: "ZPsay0HVp-X-iII0C-c9v-1Jn322FNamqVGm6JMNDkik",
    minEntropy: 3,
    negatives: [
      "ibm_cloud_api_key=ZPsay0HVp-X-iII0C-c9v-1Jn322FNamqVGm6JMNDkikextra",
      'iam_api_key="%s" % IBM_IAM_API_KEY_ENV',
      "cloud-iam-key:=afakekey",
    ],
  }),
  assigned({
    id: "ibm-cos-hmac-secret",
    description:
      "IBM Cloud Object Storage HMAC secret access key: 48 hex characters assigned to a (cos/hmac) secret access key name.",
    prefilter: { keywords: ["secret"] },
    names: "(?:(?:ibm|cos|hmac)[a-z_-]{0,14}?)?secret[_-]?(?:access[_-]?)?key",
    value: "[a-fA-F0-9]{48}",
    sampleName: "COS_HMAC_SECRET_ACCESS_KEY",
    sample: "4dcaa75f773dc9438a0a04f1da1bab77d45880f5be70e5f5",
    minEntropy: 3,
    negatives: ['someotherpassword = "doesnt start right"', "cos_secret_key=4dcaa75f773dc94"],
  }),
  assigned({
    id: "softlayer-api-key",
    description:
      "IBM SoftLayer API key: 64 alphanumerics assigned to a softlayer / sl key, password or token name.",
    prefilter: {
      keywords: ["softlayer", "sl_", "sl-", "slapi", "slkey", "slpass", "slpw", "sltoken"],
    },
    names: "(?:softlayer|sl)[_-]?(?:api[_-]?)?(?:key|pwd|pw|pass(?:word)?|token)",
    value: "[A-Za-z0-9]{64}",
    sampleName: "SOFTLAYER_API_KEY",
    sample: "ff6a0d822b2a103ff627019a80bb9d6efe81248983bef45fedb59102a174e998",
    minEntropy: 3,
    negatives: ['sl_api_key: "%s" % <softlayer_api_key>', "softlayer-key:=afakekey"],
  }),
  token({
    id: "softlayer-api-url-key",
    description:
      "IBM SoftLayer API key in a SOAP endpoint URL: api.softlayer.com/soap/v3[.1]/<64 hex>.",
    prefilter: { keywords: ["softlayer.com"] },
    token: "api\\.softlayer\\.com/soap/v3(?:\\.1)?/(?<secret>[a-fA-F0-9]{64})",
    frame: (v) => `https://api.softlayer.com/soap/v3.1/${v}`,
    sample: "bea4542d00c4fdfd6cff553f262f56f30e3361884aae594e7176fdab56d3f921",
    minEntropy: 3,
    negatives: [
      "https://api.softlayer.com/soap/v3.1/SoftLayer_Account",
      "api.softlayer.com/soap/v3/abcd",
    ],
  }),
  assigned({
    id: "cloudant-password",
    description:
      "IBM Cloudant password or API key: 64 hex or 24 lower-case characters assigned to a cloudant / clou / cl key, password or token name.",
    prefilter: {
      keywords: [
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
    },
    names: "(?:cloudant|clou|cl)[_-]?(?:api[_-]?)?(?:key|pwd|pw|pass(?:word)?|token|secret)",
    value: "[a-fA-F0-9]{64}|[a-z]{24}",
    sampleName: "CLOUDANT_PASSWORD",
    sample: "ff6a0d822b2a103ff627019a80bb9d6efe81248983bef45fedb59102a174e998",
    minEntropy: 3,
    negatives: ["cloudant_password=${CLOUDANT_PASSWORD}", "cloudant_pw='abc'"],
  }),
  token({
    id: "cloudant-url-credential",
    description:
      "IBM Cloudant credential in a URL: https://<user>:<password>@<account>.cloudant.com.",
    prefilter: { keywords: ["cloudant.com"] },
    token:
      "https?://[A-Za-z0-9_-]{1,64}:(?<secret>[A-Za-z0-9]{24,64})@[A-Za-z0-9_.-]{1,64}\\.cloudant\\.com",
    frame: (v) => `https://acme-prod:${v}@acme-prod.cloudant.com/_api/v2/`,
    sample: "Db4uMYPIbeghhpBCQzCkXxOG",
    negatives: [
      "https://acme-prod.cloudant.com/_api/v2/",
      "https://acme:short@acme.cloudant.com",
    ],
  }),
  token({
    id: "alibaba-access-key-id",
    description: "Alibaba Cloud AccessKey id: LTAI and 12–20 alphanumeric characters.",
    prefilter: { keywords: ["ltai"] },
    token: "LTAI[A-Za-z0-9]{12,20}",
    sample: "LTAIDb4uMYPIbeghhpBC",
    minEntropy: 3,
    negatives: ["LTAIshort", "LTAIxxxxxxxxxxxxxxxx"],
  }),
  assigned({
    id: "alibaba-access-key-secret",
    description:
      "Alibaba Cloud AccessKey secret: 30 alphanumeric characters assigned to an alibaba / aliyun secret name.",
    prefilter: { keywords: ["alibaba", "aliyun", "alicloud"] },
    names: "(?:alibaba|aliyun|alicloud)[a-z_-]{0,20}?secret(?:[_-]?key)?",
    value: "[A-Za-z0-9]{30}",
    sampleName: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    sample: "XxOGcFIamg7SlJrRymxfEr5LLWEwcj",
    minEntropy: 3.5,
    negatives: ["ALIBABA_CLOUD_ACCESS_KEY_SECRET=short", "aliyun_secret=${ALIYUN_SECRET}"],
  }),
  token({
    id: "tencent-secret-id",
    description: "Tencent Cloud SecretId: AKID and 32 alphanumeric characters.",
    prefilter: { keywords: ["akid"] },
    token: "AKID[A-Za-z0-9]{32}",
    sample: "AKIDDwP8jc4ePTuB0G5lqkGfhYhH65fJnThj",
    minEntropy: 3.5,
    negatives: ["AKIDDwP8jc4ePTuB0G5l", "AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  }),
  token({
    id: "yandex-cloud-api-key",
    description: "Yandex Cloud API key: AQVN and 35–38 URL-safe characters.",
    prefilter: { keywords: ["aqvn"] },
    token: "AQVN[A-Za-z0-9_-]{35,38}",
    tail: "A-Za-z0-9_-",
    sample: "AQVNd8CFEqS_wvLb19afLNiijidAgynv1Q3xWivDI",
    minEntropy: 3.5,
    negatives: ["AQVNshort", "AQVNxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  }),
  token({
    id: "yandex-cloud-iam-token",
    description:
      "Yandex Cloud IAM token: t1. , a base64 body, a dot and an 86-character signature.",
    prefilter: { keywords: ["t1."] },
    token: "t1\\.[A-Za-z0-9_-]{20,400}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}",
    tail: "A-Za-z0-9_=-",
    sample:
      "t1.9euelZqXjJ2WnpKQlJ7Nz8yVmc3Hie3rnpWaloqSlpTLz8rGx5SSx5qNjMbl8_dKGWhEe-9e.-iDHJPirMPq2TmqB0uku4n1x03MxlV2KqLZjLF_PkONrj3AYv3Od7MwBNlrcY82X1PZuPp3H-Ogy-zisExV0DT",
    minEntropy: 4,
    negatives: ["t1.micro instance started", "version t1.2.3 released"],
  }),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
