#!/usr/bin/env bash
# Serve a build (normally dist/) through the SHIPPED nginx site config, as a throwaway nginx
# owned by the current user, for end-to-end tests and for checking headers by hand.
#
#   deploy/nginx/test-server.sh PORT ROOT [PREVIOUS_ROOT]
#   deploy/nginx/test-server.sh --check PORT ROOT [PREVIOUS_ROOT]   # only `nginx -t` the generated config
#   deploy/nginx/test-server.sh --print PORT ROOT [PREVIOUS_ROOT]   # print the generated site config
#
# ROOT replaces /opt/culture-corridor/current; PREVIOUS_ROOT (default: ROOT) replaces
# /opt/culture-corridor/previous. The test config is culture-corridor.conf with only its
# `listen`, `root`, `access_log` and `error_log` lines rewritten, wrapped in a minimal
# `events {} http { include mime.types; ... }`, with its snippets copied beside it; every
# location rule is the shipped one.
#
# Prints `ready: http://127.0.0.1:PORT/` once nginx answers. SIGTERM or SIGINT (Ctrl-C) stops
# nginx and removes the temporary directory (KEEP_TMP=1 keeps it, with the logs).
# From Playwright's webServer, set `gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 }`:
# by default Playwright SIGKILLs the process group, which also ends nginx (same group) but leaves
# the temporary directory behind. (A shell's `cmd &` starts scripts with SIGINT ignored; stop
# such a background copy with SIGTERM.)
# Environment: NGINX (binary, default: nginx on PATH, then /usr/sbin/nginx),
# TEST_SERVER_HOST (listen address, default 127.0.0.1), TEST_BROKER_PORT (the broker's WebSocket
# port behind /mqtt, default the shipped 9001), KEEP_TMP.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# SITE_CONF: another ring's site (deploy/nginx/ring-site.sh output) instead of the ring `all`.
site_conf="${SITE_CONF:-$here/culture-corridor.conf}"
usage="usage: $0 [--check|--print] PORT ROOT [PREVIOUS_ROOT]"

mode=serve
case "${1:-}" in
  --check) mode=check; shift ;;
  --print) mode=print; shift ;;
  -h|--help) echo "$usage"; exit 0 ;;
esac
if [ $# -lt 2 ] || [ $# -gt 3 ]; then echo "$usage" >&2; exit 2; fi
port="$1"
if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
  echo "$0: bad port: $port" >&2; exit 2
fi
[ -d "$2" ] || { echo "$0: root directory not found: $2" >&2; exit 2; }
root="$(cd "$2" && pwd)"   # logical path: a `current` symlink stays a symlink
previous_root="$root"
if [ $# -eq 3 ]; then
  [ -d "$3" ] || { echo "$0: previous-release directory not found: $3" >&2; exit 2; }
  previous_root="$(cd "$3" && pwd)"
fi
[ -f "$root/index.html" ] || echo "$0: warning: $root has no index.html (build first: npx vite build)" >&2
host="${TEST_SERVER_HOST:-127.0.0.1}"
broker_port="${TEST_BROKER_PORT:-9001}"
[[ "$broker_port" =~ ^[0-9]+$ ]] || { echo "$0: bad TEST_BROKER_PORT: $broker_port" >&2; exit 2; }

nginx_bin="${NGINX:-}"
if [ -z "$nginx_bin" ]; then
  nginx_bin="$(command -v nginx || true)"
  [ -n "$nginx_bin" ] || { [ -x /usr/sbin/nginx ] && nginx_bin=/usr/sbin/nginx; }
fi
if [ -z "$nginx_bin" ] || [ ! -x "$nginx_bin" ]; then
  echo "$0: nginx not found (Debian: apt-get install nginx)" >&2; exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/culture-corridor-nginx.XXXXXX")"
nginx_pid=""
# shellcheck disable=SC2317  # called from the EXIT trap
cleanup() {
  if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then
    kill -TERM "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  if [ "${KEEP_TMP:-0}" = 1 ]; then
    echo "kept $tmp (logs: error.log, access.log)" >&2
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT
trap 'exit 0' TERM INT HUP   # the EXIT trap stops nginx and cleans up

# Escape a string for the replacement side of a sed s||| command.
sed_escape() { printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'; }

# --- The test copy of the shipped config ---------------------------------------------------------
listen_lines="$(grep -cE '^[[:space:]]*listen[[:space:]]' "$site_conf" || true)"
[ "$listen_lines" = 1 ] || { echo "$0: $site_conf must have exactly one listen line (has $listen_lines)" >&2; exit 1; }

mkdir -p "$tmp/snippets/culture-corridor" "$tmp/temp"
cp "$here/security-headers.conf" "$here/mime-types.conf" "$tmp/snippets/culture-corridor/"
if [ -f /etc/nginx/mime.types ]; then
  cp /etc/nginx/mime.types "$tmp/mime.types"
else
  printf 'types {\n    text/html html;\n}\n' >"$tmp/mime.types"
fi

sed -E \
  -e "s|^([[:space:]]*)listen[[:space:]].*;|\\1listen $(sed_escape "$host:$port");|" \
  -e "s|proxy_pass http://127.0.0.1:9001;|proxy_pass http://127.0.0.1:$broker_port;|" \
  -e "s|/opt/culture-corridor/current|$(sed_escape "$root")|g" \
  -e "s|/opt/culture-corridor/previous|$(sed_escape "$previous_root")|g" \
  -e "s|/opt/culture-corridor/rings/[a-z0-9-]+/current|$(sed_escape "$root")|g" \
  -e "s|/opt/culture-corridor/rings/[a-z0-9-]+/previous|$(sed_escape "$previous_root")|g" \
  -e "s|^([[:space:]]*)access_log[[:space:]].*;|\\1access_log $(sed_escape "$tmp/access.log");|" \
  -e "s|^([[:space:]]*)error_log[[:space:]].*;|\\1error_log $(sed_escape "$tmp/error.log");|" \
  "$site_conf" >"$tmp/culture-corridor.conf"

leftover="$(grep -nE '^[^#]*(/opt/culture-corridor|/var/log/nginx)' "$tmp/culture-corridor.conf" || true)"
if [ -n "$leftover" ]; then
  echo "$0: could not rewrite every production path in the test config:" >&2
  echo "$leftover" >&2
  exit 1
fi

user_line=""
# As root, nginx would run its workers as `nobody`, who may not be able to read ROOT.
[ "$(id -u)" = 0 ] && user_line="user root root;"

cat >"$tmp/nginx.conf" <<EOF
# Generated by deploy/nginx/test-server.sh; the server block is deploy/nginx/culture-corridor.conf.
$user_line
worker_processes 1;
error_log $tmp/error.log warn;
events { worker_connections 256; }
http {
    include mime.types;
    default_type application/octet-stream;
    access_log $tmp/access.log;
    client_body_temp_path $tmp/temp/body;
    proxy_temp_path $tmp/temp/proxy;
    fastcgi_temp_path $tmp/temp/fastcgi;
    uwsgi_temp_path $tmp/temp/uwsgi;
    scgi_temp_path $tmp/temp/scgi;
    include culture-corridor.conf;
}
EOF

nginx_args=(-p "$tmp" -c "$tmp/nginx.conf" -e "$tmp/error.log")

case "$mode" in
  print)
    cat "$tmp/culture-corridor.conf"
    exit 0
    ;;
  check)
    "$nginx_bin" "${nginx_args[@]}" -g "pid $tmp/nginx.pid;" -t
    exit $?
    ;;
esac

# Something already listening would answer the readiness probe below in nginx's place.
if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
  echo "$0: port $port on $host is already in use; pick another port" >&2
  exit 1
fi

"$nginx_bin" "${nginx_args[@]}" -g "daemon off; pid $tmp/nginx.pid;" &
nginx_pid=$!

# Wait until the port answers (up to 10 s), noticing if nginx dies (port in use, bad config).
for _ in $(seq 1 100); do
  if ! kill -0 "$nginx_pid" 2>/dev/null; then
    wait "$nginx_pid" 2>/dev/null || true
    nginx_pid=""
    echo "$0: nginx exited during start-up; its error log:" >&2
    cat "$tmp/error.log" >&2 2>/dev/null || true
    exit 1
  fi
  if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
    echo "ready: http://$host:$port/"
    echo "serving $root with deploy/nginx/culture-corridor.conf (nginx pid $nginx_pid, logs in $tmp)" >&2
    wait "$nginx_pid" || status=$?
    nginx_pid=""
    echo "$0: nginx stopped unexpectedly (exit ${status:-0}); see $tmp/error.log" >&2
    KEEP_TMP=1
    exit 1
  fi
  sleep 0.1
done
echo "$0: nginx did not answer on $host:$port within 10 s" >&2
exit 1
