/** A fake CloudWatch Logs FilterLogEvents (awsJson1.1): window, ascending, nextToken. */
import {
  decodeToken,
  encodeToken,
  type FakeReply,
  type FakeRoute,
  type RecordedRequest,
} from "./server.ts";

export interface CloudWatchEvent {
  logGroupName: string;
  logStreamName: string;
  timestamp: number;
  message: string;
}

export interface CloudWatchFakeOptions {
  /** Answer the first request with an empty page that still carries a nextToken. */
  emptyFirstPage?: boolean;
}

/** The awsJson1.1 error body; `namespaced` prefixes the type the way some services do. */
export function cloudwatchError(
  status: number,
  type: string,
  message: string,
  namespaced = false,
): FakeReply {
  const code = namespaced ? `com.amazonaws.logs#${type}` : type;
  return {
    status,
    headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "fake-request" },
    body: { __type: code, message },
  };
}

interface FilterBody {
  logGroupName: string;
  startTime: number;
  endTime: number;
  filterPattern?: string;
  limit: number;
  nextToken?: string;
}

export function cloudwatchRoute(
  events: CloudWatchEvent[],
  options: CloudWatchFakeOptions = {},
): FakeRoute {
  let servedEmpty = false;
  return (request: RecordedRequest): FakeReply => {
    if (request.headers["x-amz-target"] !== "Logs_20140328.FilterLogEvents") {
      return cloudwatchError(400, "UnknownOperationException", "unknown operation");
    }
    if (!request.headers.authorization?.startsWith("AWS4-HMAC-SHA256 Credential=")) {
      return cloudwatchError(400, "MissingAuthenticationTokenException", "missing signature");
    }
    const body = JSON.parse(request.body) as FilterBody;
    if (!events.some((event) => event.logGroupName === body.logGroupName)) {
      return cloudwatchError(
        400,
        "ResourceNotFoundException",
        "The specified log group does not exist.",
      );
    }
    if (options.emptyFirstPage && !servedEmpty) {
      servedEmpty = true;
      return { body: { events: [], searchedLogStreams: [], nextToken: encodeToken(0) } };
    }
    if (body.filterPattern !== undefined) {
      return cloudwatchError(400, "InvalidParameterException", "the fake takes no filterPattern");
    }
    const found = events
      .filter((event) => event.logGroupName === body.logGroupName)
      .filter((event) => event.timestamp >= body.startTime && event.timestamp <= body.endTime)
      .sort((a, b) => a.timestamp - b.timestamp);
    const offset = decodeToken(body.nextToken);
    const page = found.slice(offset, offset + body.limit);
    const next = offset + page.length < found.length
      ? encodeToken(offset + page.length)
      : undefined;
    return {
      headers: { "content-type": "application/x-amz-json-1.1" },
      body: {
        events: page.map((event, index) => ({
          logStreamName: event.logStreamName,
          timestamp: event.timestamp,
          message: event.message,
          ingestionTime: event.timestamp + 5,
          eventId: `${offset + index}`,
        })),
        searchedLogStreams: [],
        ...(next ? { nextToken: next } : {}),
      },
    };
  };
}
