/** Loopback fakes of each log backend's documented wire format, for tests and the demo. */
export {
  decodeToken,
  encodeToken,
  type FakeReply,
  type FakeRoute,
  type FakeServer,
  type RecordedRequest,
  scripted,
  startFakeServer,
  withFaults,
} from "./server.ts";
export { lokiError, lokiRoute, type LokiStream } from "./loki.ts";
export { elasticError, type ElasticFakeOptions, elasticsearchRoute } from "./elasticsearch.ts";
export { datadogError, type DatadogFakeOptions, type DatadogLog, datadogRoute } from "./datadog.ts";
export {
  cloudwatchError,
  type CloudWatchEvent,
  type CloudWatchFakeOptions,
  cloudwatchRoute,
} from "./cloudwatch.ts";
export { clickhouseError, clickhouseParamRoute, type ClickHouseRow } from "./clickhouse.ts";
