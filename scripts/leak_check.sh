#!/usr/bin/env bash
# Finds what a test run left behind: processes, listening TCP ports and temp entries (Linux /proc).
#
#   bash scripts/leak_check.sh snapshot DIR                  # before the tests
#   LEAK_CHECK_TAG=TAG TMPDIR=TMP <run the tests>            # the tests, marked and with their own TMPDIR
#   bash scripts/leak_check.sh compare DIR TAG TMP           # after: lists leftovers, exits 1 if any
#
# A process is the tests' when it was not running at the snapshot and its environment holds
# LEAK_CHECK_TAG=TAG (children inherit it), or it is in the caller's process group, or it works
# in TMP (the last two catch a child started with a cleared environment). Other programs on the
# machine, and processes started before the snapshot (such as a server the CI script started for
# the tests), are not; nor are the caller's own running children. A new listening port counts
# when its process is the tests' or cannot be seen. Everything left in TMP (empty at the
# snapshot) counts.
set -uo pipefail
export LC_ALL=C # one sort order for comm

listening_ports() { # "port inode" per listening TCP socket (IPv4 and IPv6)
  local file sl local_addr rem state rest
  for file in /proc/net/tcp /proc/net/tcp6; do
    [ -r "$file" ] || continue
    while read -r sl local_addr rem state _ _ _ _ _ inode rest; do
      [ "$state" = "0A" ] || continue
      echo "$((16#${local_addr##*:})) $inode"
    done < <(tail -n +2 "$file")
  done | sort -u
}

process_ids() { ls /proc | grep -E '^[0-9]+$' | sort; }

stat_field() { # PID N: field N of /proc/PID/stat after the command name (2 parent, 3 group)
  local field=$2 stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) } # the command name may hold spaces and parentheses
  # shellcheck disable=SC2086 # split into fields on purpose
  set -- $stat
  echo "${!field}"
}

parent_of() { stat_field "$1" 2; }

descends_from() { # PID ANCESTOR: true when ANCESTOR is PID or one of its ancestors
  local pid=$1
  for _ in $(seq 1 64); do
    [ "$pid" = "$2" ] && return 0
    case "$pid" in '' | 0 | 1) return 1 ;; esac
    pid=$(parent_of "$pid") || return 1
  done
  return 1
}

is_tests_process() { # PID TAG TMP: marked by TAG, in the caller's process group, or working in TMP
  local pid=$1 tag=$2 tmp=$3 cwd
  if tr '\0' '\n' 2>/dev/null <"/proc/$pid/environ" | grep -qxF "LEAK_CHECK_TAG=$tag"; then
    return 0
  fi
  [ -n "$caller_group" ] && [ "$(stat_field "$pid" 3)" = "$caller_group" ] && return 0
  cwd=$(readlink "/proc/$pid/cwd" 2>/dev/null) || return 1
  case "$cwd/" in "$tmp"/*) return 0 ;; esac
  return 1
}

leaked_processes() { # DIR TAG TMP: "pid command" per process the tests left running
  local dir=$1 tag=$2 tmp=$3 pid
  for pid in $(comm -13 "$dir/pids" <(process_ids)); do
    # Gone, or a zombie (it holds nothing; reaping it is its parent's or init's work).
    case "$(stat_field "$pid" 1)" in '' | Z) continue ;; esac
    descends_from "$pid" "$caller" && continue
    is_tests_process "$pid" "$tag" "$tmp" || continue
    echo "$pid $(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | cut -c1-200)"
  done
}

socket_owner() { # INODE: the pid holding the socket, if visible
  local fd
  fd=$(find /proc/[0-9]*/fd -maxdepth 1 -lname "socket:\[$1\]" 2>/dev/null | head -n 1)
  [ -n "$fd" ] || return 1
  fd=${fd#/proc/}
  echo "${fd%%/*}"
}

leaked_ports() { # DIR TAG TMP: "port N (pid P)" per new listening port of the tests
  local dir=$1 tag=$2 tmp=$3 port inode owner
  comm -13 "$dir/ports" <(listening_ports) | while read -r port inode; do
    if ! owner=$(socket_owner "$inode"); then
      echo "port $port (its process is not visible to this user)"
    elif ! descends_from "$owner" "$caller" && is_tests_process "$owner" "$tag" "$tmp"; then
      echo "port $port (pid $owner)"
    fi
  done
}

leftovers() { # DIR TAG TMP: every leftover, one per line
  leaked_processes "$@" | sed 's/^/process /'
  leaked_ports "$@"
  find "$3" -mindepth 1 -maxdepth 1 2>/dev/null | sed 's/^/temp entry /'
}

caller=$PPID
caller_group=$(stat_field "$caller" 3)
case "${1:-}" in
snapshot)
  dir=${2:?usage: leak_check.sh snapshot DIR}
  mkdir -p "$dir" && process_ids >"$dir/pids" && listening_ports >"$dir/ports"
  ;;
compare)
  [ $# -eq 4 ] || { echo "usage: leak_check.sh compare DIR TAG TMP" >&2; exit 2; }
  shift
  # What is still shutting down gets up to 3 s to go before it counts.
  found=$(leftovers "$@")
  for _ in 1 2 3; do
    [ -z "$found" ] && break
    sleep 1
    found=$(leftovers "$@")
  done
  if [ -n "$found" ]; then
    echo "The tests left these behind (a test must stop what it starts and remove what it creates):"
    echo "$found" | sed 's/^/  /'
    exit 1
  fi
  echo "nothing left behind: no new process, listening port or temp entry from the tests"
  ;;
*)
  echo "usage: leak_check.sh snapshot DIR | compare DIR TAG TMP" >&2
  exit 2
  ;;
esac
