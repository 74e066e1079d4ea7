/**
 * The examples of ../cloud.ts's detectors, by detector id: each one's fake sample value and
 * negatives (./provider_examples.ts writes the sample into log lines). Test data only (./mod.ts),
 * kept out of function bundles.
 */
import type { ProviderSample } from "./provider_examples.ts";

const AWS_SECRET = "dquQOSP0W1xEDRBfMtpqQidx1tKBmesMzLlJ5Ff7";

export const samples: Record<string, ProviderSample> = {
  "aws-access-key-id": {
    sample: "AKIAUOAHU7VIXMVZJSZJ",
    negatives: ["akiauoahu7vixmvzjszj", "AKIAUOAHU7VIX", "AKIAUOAHU7VIXMVZJSZJQ2"],
  },
  "aws-secret-access-key": {
    sample: AWS_SECRET,
    negatives: [
      `aws_secret_access_key=${AWS_SECRET}Q`,
      `aws_secret_access_key=${AWS_SECRET.slice(0, 38)}`,
      "aws_secret_access_key=${AWS_SECRET_ACCESS_KEY}",
      "aws_secret_access_key=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ],
  },
  "aws-session-token": {
    sample:
      "ItKWM1GYnF1VJF735s8orSzzM2JCVVQ4PjyB5QuXIKV7MVpoHb9LotbYI9Fs0uliGEPCZLjdOhCMXMF0Jejl3Rir/KRZn3NSLc5QfO47qICrNEtq9fXIDdeOPGj",
    negatives: ["aws_session_token=short0123456789", "SessionToken: ${AWS_SESSION_TOKEN}"],
  },
  "aws-session-token-unnamed": {
    sample:
      "FwoGZXIvYXdzETNSSqnmKDKoSdBZz3Qaaew8+hzQjlgGMNVMDcuPBwyIUK/XAp+pwTLHgfqKTnJykQQwP9F7WpTEWSGyQVbjqtDjv1Tx5HEqWEPflg8z/zUxG8eCKaRD0ufspWMqFtigorhpJnxHGJToM",
    negatives: [
      "FwoGZXIvYXdzE and IQoJb3JpZ2luX2Vj start a session token",
      "IQoJb3JpZ2luX2VjQm9yZWQ",
    ],
  },
  "aws-mws-key": {
    sample: "amzn.mws.16e21150-3f2a-4c1d-9e8b-53f807eab0c3",
    negatives: ["amzn.mws.16e21150-3f2a-4c1d", "amzn.mws.notauuid"],
  },
  "aws-bedrock-api-key": {
    sample:
      "ABSKgvhOc+coLd12ByISdutW7keUF+OccUin6+WDtGGjZ8aXhAwL/AY1k1dXhoHDzYJw9+l6U9fXR+CDXXPlH6qgzuFrgMFLSmazilYKIT4tYG6Kld/g6dVsPwgj",
    negatives: ["ABSKgvhOc+coLd12ByISdutW7", "ABSOLUTE_PATH=/usr/local/lib"],
  },
  "aws-bedrock-short-term-api-key": {
    sample:
      "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1DcmVkZW50aWFsPUFTSUFRM0VHVU9BSFU3VklYTVZa",
    negatives: [
      "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t",
      "AWS_BEARER_TOKEN_BEDROCK=${BEDROCK_KEY} bedrock-api-key-generator started",
    ],
  },
  "gcp-api-key": {
    sample: "AIzaenMDIQM-Cf-UuReN70oEkLwV03HzgHq4921",
    negatives: ["AIzaenMDIQM-Cf-UuReN70oEkLw", "AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  },
  "gcp-express-mode-api-key": {
    sample: "AQ.Ab8RwoIhe_J9yIX851LFnKHq4SVy6rzDEyEhJ2teXUhDWP4yQR",
    negatives: ["AQ.Ab8RwoIhe_J9yIX851LFnKHq4SVy6", "AQ.Ab8R" + "A".repeat(46)],
  },
  "gcp-service-account-key-id": {
    sample: "893ffb82d704eb2ff14150c8b423574dc00c0816",
    negatives: ['"private_key_id": "893ffb82d704"', '"private_key_id": "{{ key_id }}"'],
  },
  "gcp-oauth-client-secret": {
    sample: "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",
    negatives: ["GOCSPX-ifXq2f1Kiyuip", "GOCSPX-<client-secret>"],
  },
  "google-oauth-access-token": {
    sample: "ya29.JSQFnWHIZyhKHEbrUNura3suVIQaaF_4kG_n0mlxBK2daixCY7BnBnVyo38V",
    negatives: ["ya29.short", "ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  },
  "google-oauth-refresh-token": {
    sample: "1//0mMXIpw9kq7A80tYPlzTruxDtex5ut6jyTFTL87XhAnq3-tx-Ogqh5BfG17AbB5yza5RoC",
    negatives: ["http://10.0.0.1//0/status", "1//0abc"],
  },
  "azure-storage-account-key": {
    frame: (v) => `DefaultEndpointsProtocol=https;AccountName=billingprod;AccountKey=${v}`,
    sample:
      "UitWKqMn45s+IY+/th3dWmMTadtUtC5qCVpaUUD+7T0G/yDi7jjGWCDwirFWh80kXSs1IYiSKLCI7TUPQLNwp7==",
    negatives: ["AccountKey=UitWKqMn45s+IY+/th3dWmMTadtUtC5==", "AccountKey=${STORAGE_KEY}"],
  },
  "azure-shared-access-key": {
    frame: (v) =>
      `Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${v}`,
    sample: "b0P+ZaTRuvr/BULhpFqUolTcDQ6WoV927kzgaG9iieu=",
    negatives: ["SharedAccessKeyName=RootManageSharedAccessKey", "SharedAccessKey=<key>"],
  },
  "azure-sas-signature": {
    frame: (v) =>
      `https://acct.blob.core.windows.net/logs/app.log?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-04-01T00:00:00Z&sig=${v}`,
    sample: "OIaUtEo49gjtc%2B1fyGkQU0IKkCzqxGey%2Bl%2BwO9CWKOz%3D",
    negatives: ["?sig=abc&sv=2022-11-02", "GET /search?sig=true&q=signature"],
  },
  "azure-ad-client-secret": {
    sample: "Hrm8Q~Whjd86fJUQAA7vVQc0_K4GBYJWPAvXht3h",
    negatives: ["abc8Q~short", "Hrm8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  },
  "azure-devops-pat": {
    sample: "eiuu7wb2t2c76deh7xmwtwwrnqlfv4scnb5vpewqedgjl3unuinh",
    negatives: ["AZURE_DEVOPS_EXT_PAT=eiuu7wb2t2c76deh7", "ADO_TOKEN=$(System.AccessToken)"],
  },
  "ibm-cloud-api-key": {
    sample: "ZPsay0HVp-X-iII0C-c9v-1Jn322FNamqVGm6JMNDkik",
    negatives: [
      "ibm_cloud_api_key=ZPsay0HVp-X-iII0C-c9v-1Jn322FNamqVGm6JMNDkikextra",
      'iam_api_key="%s" % IAM_KEY_FROM_VAULT',
      "cloud-iam-key:=tooshort",
    ],
  },
  "ibm-cos-hmac-secret": {
    sample: "4dcaa75f773dc9438a0a04f1da1bab77d45880f5be70e5f5",
    negatives: ['unrelated_password = "not a cos hmac key"', "cos_secret_key=4dcaa75f773dc94"],
  },
  "softlayer-api-key": {
    sample: "ff6a0d822b2a103ff627019a80bb9d6efe81248983bef45fedb59102a174e998",
    negatives: ['sl_api_key: "%s" % <key_from_config>', "softlayer-key:=tooshort"],
  },
  "softlayer-api-url-key": {
    frame: (v) => `https://api.softlayer.com/soap/v3.1/${v}`,
    sample: "bea4542d00c4fdfd6cff553f262f56f30e3361884aae594e7176fdab56d3f921",
    negatives: [
      "https://api.softlayer.com/soap/v3.1/SoftLayer_Account",
      "api.softlayer.com/soap/v3/abcd",
    ],
  },
  "cloudant-password": {
    sample: "ff6a0d822b2a103ff627019a80bb9d6efe81248983bef45fedb59102a174e998",
    negatives: ["cloudant_password=${CLOUDANT_PASSWORD}", "cloudant_pw='abc'"],
  },
  "cloudant-url-credential": {
    frame: (v) => `https://acme-prod:${v}@acme-prod.cloudant.com/_api/v2/`,
    sample: "Db4uMYPIbeghhpBCQzCkXxOG",
    negatives: [
      "https://acme-prod.cloudant.com/_api/v2/",
      "https://acme:short@acme.cloudant.com",
    ],
  },
  "aws-appsync-api-key": {
    sample: "da2-e6qrpv7ffp7ze6ilm7lya59g2q",
    negatives: [
      "da2-short0123",
      "da2-E6QRPV7FFP7ZE6ILM7LYA59G2Q",
      "media2-e6qrpv7ffp7ze6ilm7lya59g2qx",
    ],
  },
  "alibaba-access-key-id": {
    sample: "LTAIDb4uMYPIbeghhpBC",
    negatives: ["LTAIshort", "LTAIxxxxxxxxxxxxxxxx"],
  },
  "alibaba-access-key-secret": {
    sample: "XxOGcFIamg7SlJrRymxfEr5LLWEwcj",
    negatives: ["ALIBABA_CLOUD_ACCESS_KEY_SECRET=short", "aliyun_secret=${ALIYUN_SECRET}"],
  },
  "tencent-secret-id": {
    sample: "AKIDDwP8jc4ePTuB0G5lqkGfhYhH65fJnThj",
    negatives: ["AKIDDwP8jc4ePTuB0G5l", "AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  },
  "confluent-api-secret": {
    sample: "cfltgb4Er3EA/72k/5o8IeNGtIIHD4vDK411z4ABmwBw67oNZ35GHn0fzt5OA+yc",
    negatives: [
      "cfltgb4Er3EA/72k/5o8IeNGtIIHD4vDK411z4ABmwBw",
      "cfltgb4Er3EA/72k/5o8IeNGtIIHD4vDK411z4ABmwBw67oNZ35GHn0fzt5OA+ycQ",
      "cfltxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ],
  },
  "yandex-cloud-api-key": {
    sample: "AQVNd8CFEqS_wvLb19afLNiijidAgynv1Q3xWivDI",
    negatives: ["AQVNshort", "AQVNxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  },
  "yandex-cloud-iam-token": {
    sample:
      "t1.9euelZqXjJ2WnpKQlJ7Nz8yVmc3Hie3rnpWaloqSlpTLz8rGx5SSx5qNjMbl8_dKGWhEe-9e.-iDHJPirMPq2TmqB0uku4n1x03MxlV2KqLZjLF_PkONrj3AYv3Od7MwBNlrcY82X1PZuPp3H-Ogy-zisExV0DT",
    negatives: ["t1.micro instance started", "version t1.2.3 released"],
  },
  "clickhouse-cloud-key-secret": {
    sample: "4b1dKovcB4k4P3uVOxMK64SoMVkX53AgTsZtCu6UiP",
    negatives: ["4b1dKovcB4k4P3uVOx", "4b1d" + "x".repeat(38), "partition 4b1d of 16 moved"],
  },
  "azure-devops-pat-84": {
    sample: "0d3t7JxzxDZJ1PCstpnoOUuZkcqntwykAd6ZA8p4ynfC1jPh4zK1IsQA9P2pgSxr6qqeD9fotPrWAZDOr693",
    negatives: [
      "0d3t7JxzxDZJ1PCstpnoOUuZkcqntwykAd6ZA8p4ynfC1jPh4zK1IsQA9P2pgSxr6qqeD9fotPrWAZDO",
      "x".repeat(76) + "AZDOxxxx",
      "AZDO pipeline 1432 finished: succeeded",
    ],
  },
  "databricks-oauth-secret": {
    sample: "dosee5baa7cfc1d222f6314a55b48ab09fbc",
    negatives: ["dosee5baa7cfc1d2", "dose" + "0".repeat(32), "dosed 3 replicas of worker"],
  },
  "aws-ecr-login-token": {
    sample:
      "eyJwYXlsb2FkIjoiR1RkN0ZndW9WOEZXbkZiQjBKeFh1anI0cXFhYUFCdnZMT3pBeHpYTWNVMXZzSGlRTWFSaU5UTjlPeDk4d2hHY1RaYzFVV2I1Znh6cEY3U1RHN25WTGUzbEFSVXNSSmxOT053a3ROOXVna1plRVNHNjFzaGUvUUFxcTBudjNWdGgxTHM2djYrTzlKTDhac29Xdy9SeGwrSVVpVGVOVUorSExSd2I4R1BKN0tUU0pTMFN3NVVRc3Z6VTlLazF2MU1JZHp1NHhDeGY4Q3Zncm9PeDl5ZTE3U1dqQUVWYVNaSjBvVmVNbUxSTFRxMTBWN3N1IiwiZGF0YWtleSI6Ilc5enJsU2FXblBzUFcyM0MvTDlXWHVITS9HMWNPTitLczlkcDRGTGZyWWI5SkY4ZUYrSXRLTC84cGNxTUtSTGQ3U1VxZWFHNm55YjIyOVg4WXpMN2lNYTNLOE5zdjkvUXQyZ2lESWtpZFEyaVorZ3BwQ29yTDR0eHgwdWlCZm5XakpocFpyYjNsTysrVFZockx0TENIaUVHS3JFVjZYd3EiLCJ2ZXJzaW9uIjoiMiIsInR5cGUiOiJEQVRBX0tFWSIsImV4cGlyYXRpb24iOjE3NjcyMjU2MDB9",
    negatives: [
      "eyJwYXlsb2FkIjoiR1RkN0ZndW9WOEZXbkZiQjBKeFh1anI0cXFhYUFC",
      "eyJwYXlsb2FkIjoi" + "A".repeat(300),
    ],
  },
  "aiven-service-password": {
    sample: "AVNS_7LUbqdbOrLCpJ5TAgLk",
    negatives: ["AVNS_7LU", "AVNS_" + "x".repeat(19), "AVNS_DEFAULT_POOL not configured"],
  },
  "yandex-cloud-static-key-secret": {
    sample: "YCrOfPggK7pzPrGdqoCLyXxa-4hC5-WjrUSN0dvf",
    negatives: ["YCrOfPggK7pzPrGdqoCL", "YC" + "x".repeat(38), "YCbCr color space conversion"],
  },
  "scaleway-access-key": {
    sample: "SCWSOYNXW1YDQWPQIVTH",
    negatives: ["SCWSOYNXW1", "SCW" + "X".repeat(17), "SCWLOG rotation started"],
  },
  "deno-deploy-token": {
    sample: "ddp_nA74F6SU5tbqXdJ5pl3lKdm855In48kMoNK2",
    negatives: ["ddp_nA74F6SU5tbqXd", "ddp_" + "x".repeat(36), "ddp_protocol=websocket version=1"],
  },
  "akamai-edgegrid-token": {
    sample: "akab-ju8qhxxiukyft6ww-oetclad5xea8erh5",
    negatives: [
      "host = akab-ju8qhxxiukyft6ww-oetclad5xea8erh5.luna.akamaiapis.net",
      "akab-host.luna.akamaiapis.net resolved",
    ],
  },
  "web3-rpc-url-key": {
    frame: (v) => `https://mainnet.infura.io/v3/${v}`,
    sample: "de45d5e64db70a80661451e325e73c62",
    positives: [{
      text: "RPC_URL=https://eth-mainnet.g.alchemy.com/v2/bKnOzNMSnBGcgsdu8TCbXgtVTiLn3USA",
      secret: "bKnOzNMSnBGcgsdu8TCbXgtVTiLn3USA",
    }],
    negatives: [
      "https://mainnet.infura.io/v3/YOUR-PROJECT-ID",
      "https://eth-mainnet.g.alchemy.com/v2/demo",
    ],
  },
  "azure-identifiable-key": {
    sample:
      "N7KBpzXzXsWjkJrmIgg2dUrscy6wU7voPYHp8hMj1xLWiJK1I+dbEOmLDPQr5BQDAqvkx97aw7X9+AStieD9hQ==",
    positives: [
      {
        text: "primary: budMLn/2Rg4Rg2ite0DZ7RlVTymagtYxg+ASbJiYNNc= (rotated)",
        secret: "budMLn/2Rg4Rg2ite0DZ7RlVTymagtYxg+ASbJiYNNc=",
      },
      {
        text: '{"queryKey":"g0LB7FRBzbnizPK1gIZxoYSKVq1wRGXB4qZWkMa7YeAzSeAqYMX8"}',
        secret: "g0LB7FRBzbnizPK1gIZxoYSKVq1wRGXB4qZWkMa7YeAzSeAqYMX8",
      },
      {
        text: "GET /api/orders?code=SQ_JxfH6SV69YLblIca7CVxl5GYxUYhKgF3Sii08lRUSAzFuCHEVMQ== 401",
        secret: "SQ_JxfH6SV69YLblIca7CVxl5GYxUYhKgF3Sii08lRUSAzFuCHEVMQ==",
      },
      {
        text:
          "AZURE_OPENAI_KEY: VDoRr3hBIn3EyF7lLqk67fTMSfD4sjyU6N22x633dPx5lYuqoNC3JQQJ99RGoQeYSbNJBAPohKeZgZEceWAv",
        secret:
          "VDoRr3hBIn3EyF7lLqk67fTMSfD4sjyU6N22x633dPx5lYuqoNC3JQQJ99RGoQeYSbNJBAPohKeZgZEceWAv",
      },
    ],
    negatives: [
      "N7KBpzXzXsWjkJrmIgg2dUrscy6wU7voPYHp8hMj1xLW+AStieD9hQ==",
      "A".repeat(76) + "+ASt" + "AAAAAA==",
      "apim-gateway-7f9c8d6b5 AIoT hub +ASb namespace AzSe index",
    ],
  },
  "mongodb-atlas-service-account-secret": {
    sample: "mdb_sa_sk_7X8s51fbLtByHwiUmrCaoND5bgf_TFAbGOUBwXdn",
    negatives: [
      "mdb_sa_sk_7X8s51fbLtByHwiU",
      "mdb_sa_sk_" + "x".repeat(40),
      "ATLAS_CLIENT_ID=mdb_sa_id_6a5d80e8575ac46d09f118d9",
      "mdb_sa_sk_your_service_account_secret_goes_here",
    ],
  },
  "azure-data-factory-ir-key": {
    sample:
      "IR@5c0f3e2a-9b7d-4e61-a8f2-3d94b7c15e08@adf-orders-weu@westeurope@uiq4xgxJd66QQU1pLAb+bWHZTGS5KoWxf6SNFLyvrn+=",
    negatives: [
      "IR@5c0f3e2a-9b7d-4e61-a8f2-3d94b7c15e08******",
      "IR@5c0f3e2a-9b7d-4e61-a8f2-3d94b7c15e08@***",
      "IR@" + "x".repeat(40),
    ],
  },
  "cockroachdb-cloud-api-key": {
    sample: "CCDB1_YcLxQlNnVxKW3x9KsQuKf0_ElTELYCRPklZlIuR0HmLhfgBcKr8Kr0Lvgx5sIt5",
    negatives: [
      "api key id CCDB1_YcLxQlNnVxKW3x9KsQuKf0 created",
      "CCDB1_" + "x".repeat(22) + "_" + "x".repeat(40),
      "CCDB1_mRNA/HCCDB1_GSE22058_symbol_tpm.txt",
    ],
  },
};
