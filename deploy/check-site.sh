#!/usr/bin/env bash
# Check that a running kiosk web server sends what the kiosk needs: caching, MIME types,
# security headers, Range requests for audio, gzip for text, SPA fallback and 404s.
#
#   deploy/check-site.sh [URL] [ROOT]
#
# URL defaults to http://127.0.0.1:8080/. ROOT (default /opt/culture-corridor/current, if it
# exists) is the directory being served: with it the script also finds a media file, a caption
# (.vtt), sw.js and the manifest to check. Prints one line per check and exits non-zero if any
# check failed. Needs curl.
set -uo pipefail

url="${1:-http://127.0.0.1:8080/}"
url="${url%/}"
root="${2:-/opt/culture-corridor/current}"
[ -d "$root" ] || root=""
command -v curl >/dev/null || { echo "check-site: curl is needed (apt-get install curl)" >&2; exit 2; }

expected_csp="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
failures=0
pass() { printf 'ok    %s\n' "$1"; }
fail() { printf 'FAIL  %s\n' "$1"; failures=$((failures + 1)); }

# header NAME < headers   (value of the last NAME header, CR stripped)
header() { tr -d '\r' | awk -v name="$1" 'tolower($0) ~ "^" tolower(name) ":" { sub(/^[^:]*:[[:space:]]*/, ""); value = $0 } END { print value }'; }
status() { head -n1 | tr -d '\r' | awk '{ print $2 }'; }
# fetch PATH [curl args...]  -> response headers of a GET (body discarded)
fetch() { local path="$1"; shift; curl -s -o /dev/null -D - "$@" "$url$path"; }

expect() { # expect DESCRIPTION ACTUAL EXPECTED
  if [ "$2" = "$3" ]; then pass "$1"; else fail "$1: got '${2}', expected '${3}'"; fi
}
expect_match() { # expect_match DESCRIPTION ACTUAL EXTENDED-REGEX
  if [[ "$2" =~ $3 ]]; then pass "$1"; else fail "$1: got '${2}'"; fi
}

check_security() { # check_security PATH HEADERS
  expect "$1 Content-Security-Policy" "$(header Content-Security-Policy <<<"$2")" "$expected_csp"
  expect "$1 X-Content-Type-Options" "$(header X-Content-Type-Options <<<"$2")" "nosniff"
  expect "$1 Referrer-Policy" "$(header Referrer-Policy <<<"$2")" "no-referrer"
  expect_match "$1 Permissions-Policy" "$(header Permissions-Policy <<<"$2")" 'camera=\(\).*microphone=\(\).*geolocation=\(\)'
}

echo "Checking $url${root:+ (files in $root)}"

# --- Entry point ---------------------------------------------------------------------------------
h="$(fetch /)"
expect "/ status" "$(status <<<"$h")" 200
expect_match "/ Content-Type" "$(header Content-Type <<<"$h")" '^text/html'
expect "/ Cache-Control" "$(header Cache-Control <<<"$h")" "no-cache"
check_security / "$h"
h="$(fetch /index.html)"
expect "/index.html Cache-Control" "$(header Cache-Control <<<"$h")" "no-cache"

# --- SPA fallback and 404s -----------------------------------------------------------------------
h="$(fetch /some/unknown/page)"
expect "/some/unknown/page serves the app (status)" "$(status <<<"$h")" 200
expect_match "/some/unknown/page Content-Type" "$(header Content-Type <<<"$h")" '^text/html'
expect "/some/unknown/page Cache-Control" "$(header Cache-Control <<<"$h")" "no-cache"
expect "missing /media/x.mp3 is 404" "$(fetch /media/x.mp3 | status)" 404
expect "missing /media/a/b.0123456789.mp3 is 404" "$(fetch /media/a/b.0123456789.mp3 | status)" 404
expect "missing /assets/missing-abc123.js is 404" "$(fetch /assets/missing-abc123.js | status)" 404

# --- Hashed build output ---------------------------------------------------------------------------
index="$(curl -s "$url/index.html")"
js="$(grep -oE '/assets/[^"]+\.js' <<<"$index" | head -n1)"
css="$(grep -oE '/assets/[^"]+\.css' <<<"$index" | head -n1)"
if [ -n "$js" ]; then
  h="$(fetch "$js")"
  expect "$js status" "$(status <<<"$h")" 200
  expect_match "$js Content-Type" "$(header Content-Type <<<"$h")" '^(text|application)/javascript'
  expect "$js Cache-Control" "$(header Cache-Control <<<"$h")" "public, max-age=31536000, immutable"
  check_security "$js" "$h"
  expect "$js gzip" "$(fetch "$js" -H 'Accept-Encoding: gzip' | header Content-Encoding)" gzip
else
  fail "index.html references no /assets/*.js"
fi
if [ -n "$css" ]; then
  h="$(fetch "$css")"
  expect_match "$css Content-Type" "$(header Content-Type <<<"$h")" '^text/css'
  expect "$css Cache-Control" "$(header Cache-Control <<<"$h")" "public, max-age=31536000, immutable"
fi

# --- Files found in ROOT ---------------------------------------------------------------------------
first_file() { [ -n "$root" ] && find -L "$root" "$@" -type f -print 2>/dev/null | head -n1; }
if [ -n "$root" ]; then
  audio="$(first_file -path "$root/media/*" \( -name '*.mp3' -o -name '*.ogg' -o -name '*.opus' -o -name '*.m4a' -o -name '*.webm' \))"
  if [ -n "$audio" ]; then
    path="${audio#"$root"}"
    h="$(fetch "$path")"
    expect_match "$path Content-Type" "$(header Content-Type <<<"$h")" '^audio/'
    case "$path" in
      *.[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f].*)
        expect "$path Cache-Control" "$(header Cache-Control <<<"$h")" "public, max-age=31536000, immutable" ;;
    esac
    h="$(fetch "$path" -H 'Range: bytes=0-99' -H 'Accept-Encoding: gzip')"
    expect "$path Range request" "$(status <<<"$h")" 206
    expect "$path not gzipped" "$(header Content-Encoding <<<"$h")" ""
  else
    echo "skip  no audio under $root/media (Range checked on JS instead)"
    [ -n "$js" ] && expect "$js Range request" "$(fetch "$js" -H 'Range: bytes=0-99' | status)" 206
  fi
  vtt="$(first_file -path "$root/media/*" -name '*.vtt')"
  if [ -n "$vtt" ]; then
    expect "${vtt#"$root"} Content-Type" "$(fetch "${vtt#"$root"}" | header Content-Type)" "text/vtt; charset=utf-8"
  else
    echo "skip  no .vtt under $root/media"
  fi
  sw=""
  for name in serviceWorker.js service-worker.js sw.js; do
    [ -f "$root/$name" ] && { sw="/$name"; break; }
  done
  if [ -n "$sw" ]; then
    h="$(fetch "$sw")"
    expect "$sw Cache-Control" "$(header Cache-Control <<<"$h")" "no-cache"
    expect_match "$sw Content-Type" "$(header Content-Type <<<"$h")" '^(text|application)/javascript'
    check_security "$sw" "$h"
  else
    echo "skip  no service worker (serviceWorker.js, service-worker.js, sw.js) in $root"
  fi
  for f in "$root"/workbox-*.js; do
    [ -f "$f" ] || continue
    expect "/${f##*/} Cache-Control" "$(fetch "/${f##*/}" | header Cache-Control)" "no-cache"
  done
  manifest="$(first_file -maxdepth 1 -name '*.webmanifest')"
  if [ -n "$manifest" ]; then
    h="$(fetch "/${manifest##*/}")"
    expect_match "/${manifest##*/} Content-Type" "$(header Content-Type <<<"$h")" '^application/manifest\+json'
    expect "/${manifest##*/} Cache-Control" "$(header Cache-Control <<<"$h")" "no-cache"
  else
    echo "skip  no .webmanifest in $root"
  fi
  font="$(first_file -path "$root/fonts/*" -name '*.woff2')"
  if [ -n "$font" ]; then
    h="$(fetch "${font#"$root"}")"
    expect "${font#"$root"} Content-Type" "$(header Content-Type <<<"$h")" "font/woff2"
    case "$font" in
      *.[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]*.woff2)
        expect "${font#"$root"} Cache-Control" "$(header Cache-Control <<<"$h")" "public, max-age=31536000, immutable" ;;
    esac
  fi
fi

if [ "$failures" -eq 0 ]; then
  echo "all checks passed"
else
  echo "$failures check(s) FAILED"
  exit 1
fi
