#!/usr/bin/env bash
# Release rings: a release reaches a few kiosks first (a ring such as `canary`), then all.
#
#   deploy/ring.sh status                 each ring, the release it serves, and whether it is held
#   deploy/ring.sh promote FROM [TO]      make ring TO (default all) serve the release FROM serves
#   deploy/ring.sh hold RING [WHY]        RING takes no new release until resumed (publish,
#                                         promote and roll forward refuse; rolling back still works)
#   deploy/ring.sh resume RING
#
# Publish to a ring with `RING=canary deploy/publish.sh dist`, roll one back with
# `RING=canary deploy/rollback.sh`. A kiosk follows the ring whose nginx server it opens
# (ring all: culture-corridor.conf, port 8080; another: deploy/nginx/ring-site.sh RING PORT).
# Environment: CORRIDOR_HOME (default /opt/culture-corridor). Exit status 0 done, 1 refused.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="${CORRIDOR_HOME:-/opt/culture-corridor}"
releases="$home/releases"
refuse() { echo "ring: REFUSED: $*" >&2; exit 1; }

# The folder and relative link of a ring (ringPaths.sh reads RING).
ring_paths() {
  RING="$1"
  # shellcheck source=deploy/ringPaths.sh
  . "$here/ringPaths.sh"
}

serving() { [ -L "$1/current" ] && basename "$(readlink "$1/current")" || echo "(nothing published)"; }

case "${1:-}" in
  status)
    rings=(all)
    for dir in "$home"/rings/*/; do [ -d "$dir" ] && rings+=("$(basename "$dir")"); done
    for name in "${rings[@]}"; do
      ring_paths "$name"
      held=""
      [ -f "$ring_dir/HOLD" ] && held="  HELD: $(head -n1 "$ring_dir/HOLD")"
      printf '%-12s %s%s\n' "$name" "$(serving "$ring_dir")" "$held"
    done
    ;;
  hold)
    [ -n "${2:-}" ] || refuse "which ring? e.g. $0 hold all"
    ring_paths "$2"
    mkdir -p "$ring_dir"
    echo "since $(date -u +%Y-%m-%dT%H:%M:%SZ)${3:+: $3}" >"$ring_dir/HOLD"
    echo "Ring $ring held at $(serving "$ring_dir"): publish, promote and roll forward refuse it until: $0 resume $ring"
    ;;
  resume)
    [ -n "${2:-}" ] || refuse "which ring? e.g. $0 resume all"
    ring_paths "$2"
    rm -f "$ring_dir/HOLD"
    echo "Ring $ring takes new releases again (serving $(serving "$ring_dir"))."
    ;;
  promote)
    [ -n "${2:-}" ] || refuse "promote which ring? e.g. $0 promote canary"
    ring_paths "$2"
    [ -L "$ring_dir/current" ] || refuse "ring $ring serves nothing yet: publish to it first (RING=$ring deploy/publish.sh dist)"
    target="$(serving "$ring_dir")"
    [ -d "$releases/$target" ] || refuse "ring $ring points at $target, which is not in $releases"
    from="$ring"
    ring_paths "${3:-all}"
    refuse_if_held "$ring_dir" "$ring"
    live=""
    [ -L "$ring_dir/current" ] && live="$(serving "$ring_dir")"
    [ "$live" != "$target" ] || { echo "Ring $ring already serves $target."; exit 0; }
    if command -v flock >/dev/null; then
      exec 9>"$home/.deploy.lock"
      flock -n 9 || refuse "a publish or rollback is running (lock $home/.deploy.lock)"
    fi
    mkdir -p "$ring_dir"
    trap 'rm -f "$ring_dir/.current.tmp.$$" "$ring_dir/.previous.tmp.$$"' EXIT
    if [ -n "$live" ] && [ -d "$releases/$live" ]; then
      ln -sfn "$ring_link/$live" "$ring_dir/.previous.tmp.$$"
      mv -T "$ring_dir/.previous.tmp.$$" "$ring_dir/previous"
    fi
    ln -sfn "$ring_link/$target" "$ring_dir/.current.tmp.$$"
    mv -T "$ring_dir/.current.tmp.$$" "$ring_dir/current"
    sync 2>/dev/null || true
    echo "Promoted $target from ring $from to ring $ring${live:+ (was $live; undo with: RING=$ring $here/rollback.sh $live)}."
    echo "Kiosks on ring $ring pick it up at their next idle moment."
    ;;
  *)
    echo "usage: $0 status | promote FROM [TO] | hold RING [WHY] | resume RING" >&2
    exit 2
    ;;
esac
