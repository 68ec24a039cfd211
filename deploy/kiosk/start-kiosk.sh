#!/usr/bin/env bash
# Culture Corridor kiosk launcher: full-screen Chromium on the local kiosk server, restarted
# whenever it exits. Run it inside the graphical session of the kiosk user (see
# culture-corridor-kiosk.service), never as root.
#
# Environment (all optional):
#   KIOSK_URL           page to show                       (default http://127.0.0.1:8080/)
#   KIOSK_PROFILE_DIR   Chromium profile, PERSISTENT: the service worker's offline copy of the
#                       kiosk lives here; never point it at a temporary directory
#                       (default ${XDG_DATA_HOME:-~/.local/share}/culture-corridor/chromium-profile)
#   KIOSK_LOG           log file        (default ${XDG_STATE_HOME:-~/.local/state}/culture-corridor/kiosk.log)
#   KIOSK_WAIT_SECONDS  how long to wait for the server before starting anyway (default 120;
#                       0 = wait forever). Starting anyway is right: once the kiosk has been
#                       online once, its service worker serves the app with no server at all.
#   CHROMIUM            browser binary  (default: chromium, then chromium-browser)
#   KIOSK_EXTRA_FLAGS   more Chromium flags, space-separated (e.g. --ozone-platform=wayland)
#   KIOSK_DISABLE_FEATURES  more features for --disable-features, comma-separated
#   KIOSK_KEEP_SCREEN_ON    1 (default): under X11, turn off screen blanking/DPMS with xset
#   KIOSK_WINDOW_SIZE   auto (default: the X screen size from xdpyinfo, for bare X without a
#                       window manager), WIDTHxHEIGHT, or none
#   KIOSK_ALLOW_ROOT    1: allow running as root (adds --no-sandbox; for test machines only)
#
# "Restore pages?" bubble: before every start the launcher marks the profile as cleanly exited
# in <profile>/Default/Preferences (profile.exited_cleanly=true, profile.exit_type="Normal"),
# with jq when it is installed and with sed otherwise. jq also turns off the translate offer
# (translate.enabled=false); without jq, use the policy file chromium-policy.json for that. --hide-crash-restore-bubble (current
# Chromium) and --disable-session-crashed-bubble (older Chromium) are passed as well; Chromium
# ignores flags it does not know.
set -uo pipefail

url="${KIOSK_URL:-http://127.0.0.1:8080/}"
profile="${KIOSK_PROFILE_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/culture-corridor/chromium-profile}"
log="${KIOSK_LOG:-${XDG_STATE_HOME:-$HOME/.local/state}/culture-corridor/kiosk.log}"
wait_seconds="${KIOSK_WAIT_SECONDS:-120}"

exec 9>&2   # the caller's stderr: fatal errors go there as well as to the log
log_open=0
say() {
  printf '%s start-kiosk[%d]: %s\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$$" "$*"
}
die() {
  [ "$log_open" = 1 ] && say "$*"
  echo "start-kiosk: $*" >&9
  exit 1
}

if [ "$(id -u)" = 0 ] && [ "${KIOSK_ALLOW_ROOT:-0}" != 1 ]; then
  die "refusing to run Chromium as root; run this as the kiosk user (KIOSK_ALLOW_ROOT=1 overrides, for tests)"
fi
mkdir -p "$profile" "$(dirname "$log")" || die "cannot create $profile or $(dirname "$log")"

# Keep the log bounded: one previous generation, rotated at 10 MB (also checked at each restart).
rotate_log() {
  if [ -f "$log" ] && [ "$(stat -c %s "$log" 2>/dev/null || echo 0)" -gt 10485760 ]; then
    mv -f "$log" "$log.1"
  fi
  exec >>"$log" 2>&1
  log_open=1
}
rotate_log

browser="${CHROMIUM:-}"
if [ -z "$browser" ]; then
  for candidate in chromium chromium-browser; do
    if command -v "$candidate" >/dev/null; then browser="$(command -v "$candidate")"; break; fi
  done
fi
[ -n "$browser" ] || die "Chromium not found. Install it: sudo apt-get install chromium"
if [ ! -x "$browser" ]; then
  browser="$(command -v "$browser")" || die "CHROMIUM=${CHROMIUM:-} is not an executable program"
fi

sandbox_flags=()
[ "$(id -u)" = 0 ] && sandbox_flags=(--no-sandbox)   # only reached with KIOSK_ALLOW_ROOT=1

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  say "warning: neither DISPLAY nor WAYLAND_DISPLAY is set; Chromium needs the graphical session"
fi

# --- Stop cleanly when systemd (or anyone) asks ---------------------------------------------------
child=""
stopping=0
# shellcheck disable=SC2317  # called from the trap
on_stop() {
  stopping=1
  say "stop requested"
  if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then kill -TERM "$child" 2>/dev/null; fi
}
trap on_stop TERM INT HUP

# --- Wait for the local server ----------------------------------------------------------------------
server_answers() {
  if command -v curl >/dev/null; then
    curl -s -o /dev/null --max-time 3 "$url"
  else
    # Fallback without curl: is the TCP port open? (http://host:port/... only.)
    local hostport="${url#*://}"; hostport="${hostport%%/*}"
    local host="${hostport%:*}" port="${hostport##*:}"
    [ "$host" = "$hostport" ] && port=80
    (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
  fi
}

say "waiting for $url (up to ${wait_seconds}s; 0 = forever)"
waited=0
until server_answers; do
  [ "$stopping" = 1 ] && exit 0
  if [ "$wait_seconds" != 0 ] && [ "$waited" -ge "$wait_seconds" ]; then
    say "the server still does not answer after ${waited}s; starting Chromium anyway (the service worker serves the cached kiosk offline)"
    break
  fi
  sleep 2
  waited=$((waited + 2))
done

# --- Screen blanking (X11 only) ---------------------------------------------------------------------
if [ "${KIOSK_KEEP_SCREEN_ON:-1}" = 1 ] && [ -n "${DISPLAY:-}" ] && command -v xset >/dev/null; then
  xset s off s noblank -dpms 2>/dev/null && say "screen blanking and DPMS turned off (xset)"
fi

# --- Profile housekeeping before each start --------------------------------------------------------
mark_clean_exit() {
  local prefs="$profile/Default/Preferences"
  [ -f "$prefs" ] || return 0
  if command -v jq >/dev/null; then
    local tmp="$prefs.kiosk-tmp"
    # translate.enabled=false: --disable-features=TranslateUI no longer stops the "Translate
    # this page?" bubble on a zh-Hans page in current Chromium (seen with Chromium 156).
    if jq -c '.profile.exited_cleanly = true | .profile.exit_type = "Normal" | .translate.enabled = false' "$prefs" >"$tmp" 2>/dev/null; then
      mv -f "$tmp" "$prefs"
      return 0
    fi
    rm -f "$tmp"
    say "warning: jq could not read $prefs; falling back to sed"
  fi
  # sed can only change keys that exist: the translate setting is left to the policy file.
  sed -i -e 's/"exited_cleanly":[[:space:]]*false/"exited_cleanly":true/g' \
         -e 's/"exit_type":[[:space:]]*"[^"]*"/"exit_type":"Normal"/g' "$prefs"
}

# Before the first start there is no Preferences file: seed one so that even the very first
# run shows no translate bubble (Chromium fills in everything else).
seed_preferences() {
  local prefs="$profile/Default/Preferences"
  [ -e "$prefs" ] && return 0
  mkdir -p "$profile/Default" &&
    printf '%s\n' '{"translate":{"enabled":false},"profile":{"exit_type":"Normal","exited_cleanly":true}}' >"$prefs"
}

# Window geometry. Under a desktop or window manager --kiosk fills the screen by itself; on a
# bare X server (xinit, no window manager) Chromium opens a smaller window, so pass the screen
# size explicitly. KIOSK_WINDOW_SIZE=WIDTHxHEIGHT forces a size, "none" passes nothing.
window_flags() {
  local size="${KIOSK_WINDOW_SIZE:-auto}"
  if [ "$size" = auto ]; then
    size=""
    if [ -n "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && command -v xdpyinfo >/dev/null; then
      size="$(xdpyinfo 2>/dev/null | awk '/dimensions:/ { print $2; exit }')"
    fi
  fi
  if [[ "$size" =~ ^([0-9]+)x([0-9]+)$ ]]; then
    printf '%s\n' --window-position=0,0 "--window-size=${BASH_REMATCH[1]},${BASH_REMATCH[2]}"
  fi
}

# A Chromium that crashed or was killed leaves SingletonLock (a symlink to "host-pid"); if that
# pid is now some other process, Chromium refuses the profile ("in use by another process").
clear_stale_lock() {
  local lock="$profile/SingletonLock" target pid
  target="$(readlink "$lock" 2>/dev/null)" || return 0
  pid="${target##*-}"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
     && grep -qi chrom "/proc/$pid/comm" 2>/dev/null; then
    say "warning: Chromium (pid $pid) already runs with this profile; it will be reused"
    return 0
  fi
  rm -f "$profile/SingletonLock" "$profile/SingletonSocket" "$profile/SingletonCookie"
}

disable_features="TranslateUI,OverscrollHistoryNavigation${KIOSK_DISABLE_FEATURES:+,$KIOSK_DISABLE_FEATURES}"
read -r -a extra_flags <<<"${KIOSK_EXTRA_FLAGS:-}"
mapfile -t geometry_flags < <(window_flags)

flags=(
  --kiosk
  --noerrdialogs
  --disable-infobars
  --hide-crash-restore-bubble
  --disable-session-crashed-bubble
  --disable-pinch
  --overscroll-history-navigation=0
  "--disable-features=$disable_features"
  --autoplay-policy=no-user-gesture-required
  --check-for-update-interval=31536000
  --touch-events=enabled
  "--user-data-dir=$profile"
  --disable-background-networking
  --disable-component-update
  --no-first-run
  --no-default-browser-check
  --password-store=basic
  "${geometry_flags[@]}"
  "${sandbox_flags[@]}"
  "${extra_flags[@]}"
)

# --- Run, and restart whenever Chromium exits ------------------------------------------------------
say "flags: ${flags[*]}"
backoff=2
while [ "$stopping" = 0 ]; do
  rotate_log
  seed_preferences
  mark_clean_exit
  clear_stale_lock
  say "starting $browser on $url (profile $profile)"
  started=$(date +%s)
  "$browser" "${flags[@]}" "$url" &
  child=$!
  wait "$child"
  status=$?
  # `wait` returns early when a trapped signal arrives; wait for Chromium itself to finish.
  while kill -0 "$child" 2>/dev/null; do wait "$child"; status=$?; done
  child=""
  [ "$stopping" = 1 ] && break
  ran=$(( $(date +%s) - started ))
  # A Chromium that ran for a while gets restarted quickly; one that keeps dying at once backs off.
  if [ "$ran" -ge 60 ]; then backoff=2; fi
  say "Chromium exited with status $status after ${ran}s; restarting in ${backoff}s"
  sleep "$backoff" &
  wait $! 2>/dev/null
  kill $! 2>/dev/null   # if a stop signal cut the wait short
  backoff=$(( backoff * 2 > 60 ? 60 : backoff * 2 ))
done
say "stopped"
exit 0
