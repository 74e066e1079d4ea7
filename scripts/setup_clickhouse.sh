#!/usr/bin/env bash
# Unpacks Debian's clickhouse-server into ROOT (no system install) and starts it on 127.0.0.1.
#
#   ROOT=<dir> [CLICKHOUSE_PORT=18123] [OWNER_PID=<pid>] bash scripts/setup_clickhouse.sh
#
# Idempotent: a server already answering /ping from ROOT is left running; downloaded and
# unpacked packages are reused. On success ROOT/pid holds the server's process id
# (stop it with: kill "$(cat "$ROOT/pid")"). Exits non-zero with the reason on stderr.
# With OWNER_PID (a test that starts its own server), a watcher kills the server and removes
# ROOT if that process ends while the server still runs (killed, crashed): nothing is orphaned.
set -euo pipefail

ROOT=${ROOT:?set ROOT to a writable directory for the ClickHouse files}
PORT=${CLICKHOUSE_PORT:-18123}
case "$PORT" in '' | *[!0-9]*)
  echo "CLICKHOUSE_PORT must be a number, got '$PORT'" >&2
  exit 2
  ;;
esac
OWNER_PID=${OWNER_PID:-}
case "$OWNER_PID" in *[!0-9]*)
  echo "OWNER_PID must be a process id, got '$OWNER_PID'" >&2
  exit 2
  ;;
esac
TCP_PORT=$((PORT + 877))
INTERSERVER_PORT=$((PORT + 878))
PING_URL="http://127.0.0.1:$PORT/ping"

ping_ok() { curl -sf --max-time 1 "$PING_URL" >/dev/null 2>&1; }

if [ -f "$ROOT/pid" ] && kill -0 "$(cat "$ROOT/pid")" 2>/dev/null && ping_ok; then
  echo "ClickHouse already running on 127.0.0.1:$PORT (pid $(cat "$ROOT/pid"))"
  exit 0
fi
if ping_ok; then
  echo "port $PORT already answers /ping but not from $ROOT: choose another CLICKHOUSE_PORT" >&2
  exit 1
fi

mkdir -p "$ROOT/debs" "$ROOT/root" "$ROOT/etc" "$ROOT/data" "$ROOT/log"
SERVER_BIN="$ROOT/root/usr/sbin/clickhouse-server"

if [ ! -x "$SERVER_BIN" ]; then
  command -v apt-get >/dev/null || { echo "apt-get not found: ClickHouse needs Debian packages" >&2; exit 1; }
  cd "$ROOT/debs"
  # _apt must be able to write here, or apt warns about an unsandboxed download.
  chown _apt "$ROOT/debs" 2>/dev/null || true
  PKGS=$(apt-get install -s --no-install-recommends clickhouse-server 2>/dev/null | awk '/^Inst /{print $2}')
  if [ -z "$PKGS" ]; then
    # Already installed system-wide, or the package lists are stale: download the server alone.
    PKGS=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
      --no-breaks --no-replaces --no-enhances clickhouse-server 2>/dev/null | grep -v '^ ' | grep -v '<' | sort -u)
  fi
  [ -n "$PKGS" ] || { echo "apt cannot resolve clickhouse-server: run apt-get update first" >&2; exit 1; }
  # shellcheck disable=SC2086 # word splitting of the package list is intended
  apt-get download $PKGS >/dev/null 2>"$ROOT/log/apt.err" ||
    { echo "apt-get download failed:" >&2; tail -5 "$ROOT/log/apt.err" >&2; exit 1; }
  for deb in *.deb; do dpkg -x "$deb" "$ROOT/root"; done
  [ -x "$SERVER_BIN" ] || { echo "clickhouse-server binary missing after unpacking" >&2; exit 1; }
  cd - >/dev/null
fi

cp "$ROOT/root/etc/clickhouse-server/"*.xml "$ROOT/etc/"
sed -i \
  -e "s#/var/log/clickhouse-server/#$ROOT/log/#g" \
  -e "s#/var/lib/clickhouse/#$ROOT/data/#g" \
  -e 's#<listen_host>::1</listen_host>##' \
  -e "s#<http_port>[0-9]*</http_port>#<http_port>$PORT</http_port>#" \
  -e "s#<tcp_port>[0-9]*</tcp_port>#<tcp_port>$TCP_PORT</tcp_port>#" \
  -e "s#<interserver_http_port>[0-9]*</interserver_http_port>#<interserver_http_port>$INTERSERVER_PORT</interserver_http_port>#" \
  "$ROOT/etc/config.xml"

LIB="$ROOT/root/usr/lib/x86_64-linux-gnu:$ROOT/root/lib/x86_64-linux-gnu"
LIB="$LIB:$ROOT/root/usr/lib/x86_64-linux-gnu/libmariadb3"
LD_LIBRARY_PATH="$LIB" nohup "$SERVER_BIN" --config-file="$ROOT/etc/config.xml" \
  >"$ROOT/log/stdout.log" 2>&1 </dev/null &
echo $! >"$ROOT/pid"

# Ends by itself once the server is gone; acts only if the owner went first.
watch_owner() {
  [ -n "$OWNER_PID" ] || return 0
  # A zombie counts as gone: where nothing reaps orphans, kill -0 still succeeds on one.
  nohup bash -c '
    alive() { local s; s=$(ps -o stat= -p "$1" 2>/dev/null) && [ -n "$s" ] && [ "${s#Z}" = "$s" ]; }
    while alive "$1" && alive "$2"; do sleep 0.5; done
    if alive "$2"; then kill -9 "$2"; rm -rf "$3"; fi
  ' watch_owner "$OWNER_PID" "$(cat "$ROOT/pid")" "$ROOT" >/dev/null 2>&1 </dev/null &
}

for _ in $(seq 1 300); do
  if ping_ok; then
    watch_owner
    echo "ClickHouse ready on http://127.0.0.1:$PORT/ (pid $(cat "$ROOT/pid"))"
    exit 0
  fi
  kill -0 "$(cat "$ROOT/pid")" 2>/dev/null || break
  sleep 0.1
done
echo "ClickHouse did not answer $PING_URL; last server output:" >&2
tail -20 "$ROOT/log/stdout.log" >&2 || true
kill "$(cat "$ROOT/pid")" 2>/dev/null || true
rm -f "$ROOT/pid"
exit 1
