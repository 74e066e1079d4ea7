/**
 * The fixed ClickHouse query for one source, and the two ways its values travel: as typed query
 * parameters (`{name:Type}` + `param_name=`) or as strictly quoted literals for servers without
 * them (Debian's 18.16). Identifiers come only from the validated config.
 */

export type SqlValue = { type: "String"; value: string } | { type: "UInt64"; value: string };

export interface ClickHouseColumns {
  timeNs: string;
  message: string;
  service: string;
  level?: string;
  environment?: string;
  attributes: string[];
}

export interface SelectShape {
  table: string;
  columns: ClickHouseColumns;
  withCursor: boolean;
  skip: number;
  limit: number;
}

export const TIME_ALIAS = "sd_time_ns";
export const MESSAGE_ALIAS = "sd_message";
export const LEVEL_ALIAS = "sd_level";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const UINT64_MAX = 18446744073709551615n;

export function quoteIdentifier(name: string): string {
  const parts = name.split(".");
  if (parts.length > 2 || !parts.every((part) => IDENTIFIER.test(part))) {
    throw new Error(`"${name.slice(0, 70)}" is not an SQL identifier`);
  }
  return parts.map((part) => `\`${part}\``).join(".");
}

function checkCount(value: number, name: string): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return String(value);
}

/** The SELECT with `{name:Type}` placeholders for every value that is not a validated count. */
export function buildSelect(shape: SelectShape): string {
  const { columns } = shape;
  const time = quoteIdentifier(columns.timeNs);
  const message = quoteIdentifier(columns.message);
  const selected = [`toString(${time}) AS ${TIME_ALIAS}`, `${message} AS ${MESSAGE_ALIAS}`];
  if (columns.level) selected.push(`${quoteIdentifier(columns.level)} AS ${LEVEL_ALIAS}`);
  for (const attribute of columns.attributes) selected.push(quoteIdentifier(attribute));
  const where = [`${quoteIdentifier(columns.service)} = {service:String}`];
  if (columns.environment) {
    where.push(`${quoteIdentifier(columns.environment)} = {environment:String}`);
  }
  where.push(`${time} >= {start:UInt64}`, `${time} < {end:UInt64}`);
  if (shape.withCursor) where.push(`${time} <= {cursor:UInt64}`);
  return [
    `SELECT ${selected.join(", ")}`,
    `FROM ${quoteIdentifier(shape.table)}`,
    `WHERE ${where.join(" AND ")}`,
    `ORDER BY ${time} DESC, ${message} DESC`,
    `LIMIT ${checkCount(shape.skip, "skip")}, ${checkCount(shape.limit, "limit")}`,
    "FORMAT JSON",
  ].join("\n");
}

/** A ClickHouse string literal: backslash-escaped quotes, backslashes and control characters. */
export function quoteString(value: string): string {
  // deno-lint-ignore no-control-regex -- control characters are what this escapes
  const escaped = value.replace(/[\\'\u0000-\u001f\u007f]/g, (char) => {
    if (char === "\\") return "\\\\";
    if (char === "'") return "\\'";
    return `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
  return `'${escaped}'`;
}

export function checkUInt64(value: string): string {
  if (!/^\d{1,20}$/.test(value) || BigInt(value) > UINT64_MAX) {
    throw new Error("a UInt64 value must be a decimal number below 2^64");
  }
  return BigInt(value).toString();
}

function literal(value: SqlValue): string {
  return value.type === "String" ? quoteString(value.value) : checkUInt64(value.value);
}

/** Literal mode: replaces each placeholder in one pass, so inserted text is never re-scanned. */
export function bindLiterals(sql: string, values: Record<string, SqlValue>): string {
  return sql.replace(/\{([a-z]+):(String|UInt64)\}/g, (_, name: string, type: string) => {
    const value = values[name];
    if (!value || value.type !== type) throw new Error(`no ${type} value for {${name}}`);
    return literal(value);
  });
}

/** Params mode: `param_<name>` URL parameters, checked the same way as literals. */
export function bindParams(url: URL, values: Record<string, SqlValue>): void {
  for (const [name, value] of Object.entries(values)) {
    url.searchParams.set(
      `param_${name}`,
      value.type === "UInt64" ? checkUInt64(value.value) : value.value,
    );
  }
}
