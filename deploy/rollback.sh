#!/usr/bin/env bash
# Roll the kiosk back: make an earlier release live again by flipping the `current` symlink.
#
#   deploy/rollback.sh              go back to the release published before the live one
#   deploy/rollback.sh RELEASE      make that release live (a name from --list; also goes forward)
#   deploy/rollback.sh --list       list the releases, marking the live one
#
# "Before the live one" means the newest release older than the live release, skipping releases
# that were rolled back from (listed in $CORRIDOR_HOME/rolled-back), so rolling back twice goes
# two steps back, and a release you left is never chosen again by accident. Naming a release
# explicitly always works and clears its rolled-back mark.
#
# Environment: RING (default all; another ring's links are in $CORRIDOR_HOME/rings/<ring>/),
# CORRIDOR_HOME (default /opt/culture-corridor). Exit status 0 done, 1 refused.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="${CORRIDOR_HOME:-/opt/culture-corridor}"
releases="$home/releases"
refuse() { echo "rollback: REFUSED: $*" >&2; exit 1; }
# shellcheck source=deploy/ringPaths.sh
. "$here/ringPaths.sh"

[ -d "$releases" ] || refuse "no releases in $releases (nothing was ever published there; is CORRIDOR_HOME right?)"
[ -L "$ring_dir/current" ] || refuse "$ring_dir/current is not a symlink to a release; publish first (deploy/publish.sh)"
live="$(basename "$(readlink "$ring_dir/current")")"
mapfile -t all < <(find "$releases" -mindepth 1 -maxdepth 1 -type d ! -name '.*' -printf '%f\n' | LC_ALL=C sort)
touch "$ring_dir/rolled-back" 2>/dev/null || true
is_rolled_back() { grep -qxF -- "$1" "$ring_dir/rolled-back" 2>/dev/null; }
is_complete() { [ -s "$releases/$1/index.html" ] && compgen -G "$releases/$1/assets/*.js" >/dev/null; }

if [ "${1:-}" = --list ]; then
  for r in "${all[@]}"; do
    mark="   "
    [ "$r" = "$live" ] && mark="-> "
    note=""
    is_rolled_back "$r" && note="  (rolled back from)"
    is_complete "$r" || note="$note  (INCOMPLETE: no index.html or assets)"
    echo "$mark$r$note"
  done
  exit 0
fi

if [ $# -ge 1 ]; then
  target="$1"
  [[ "$target" != */* ]] || target="$(basename "$target")"
  [ -d "$releases/$target" ] || refuse "no release named '$target' in $releases (see: $0 --list)"
  [ "$target" != "$live" ] || refuse "$target is already live"
  # Going forward is a new release for the ring: a held ring refuses it. Going back always works.
  [[ "$target" < "$live" ]] || refuse_if_held "$ring_dir" "$ring"
else
  target=""
  for ((i = ${#all[@]} - 1; i >= 0; i--)); do
    r="${all[$i]}"
    [[ "$r" < "$live" ]] || continue
    is_rolled_back "$r" && continue
    target="$r"
    break
  done
  [ -n "$target" ] || refuse "there is no earlier release than the live one ($live) to go back to (see: $0 --list)"
fi
is_complete "$target" || refuse "release $target is incomplete (no index.html or no assets/*.js); choose another (see: $0 --list)"

if command -v flock >/dev/null; then
  exec 9>"$home/.deploy.lock"
  flock -n 9 || refuse "a publish or rollback is running (lock $home/.deploy.lock)"
fi
trap 'rm -f "$ring_dir/.current.tmp.$$" "$ring_dir/.previous.tmp.$$"' EXIT

# The release we leave becomes `previous` (nginx still serves its hashed files to a kiosk that
# has not switched yet), then `current` flips; each step is one atomic rename.
if [ -d "$releases/$live" ]; then
  ln -sfn "$ring_link/$live" "$ring_dir/.previous.tmp.$$"
  mv -T "$ring_dir/.previous.tmp.$$" "$ring_dir/previous"
fi
ln -sfn "$ring_link/$target" "$ring_dir/.current.tmp.$$"
mv -T "$ring_dir/.current.tmp.$$" "$ring_dir/current"
sync 2>/dev/null || true

# Remember which release was rolled back from (only when going back, not when going forward).
if [ -w "$ring_dir/rolled-back" ] || [ ! -e "$ring_dir/rolled-back" ]; then
  sed -i "/^$target\$/d" "$ring_dir/rolled-back" 2>/dev/null || true
  if [[ "$live" > "$target" ]] && ! is_rolled_back "$live"; then echo "$live" >>"$ring_dir/rolled-back"; fi
fi

if [[ "$target" < "$live" ]]; then word="Rolled back"; else word="Rolled forward"; fi
echo "$word: live now on ring $ring: $ring_dir/current -> releases/$target"
echo "  was:        releases/$live"
echo "Kiosks pick up this version at their next idle moment (their service worker checks for updates and switches when nobody is using the screen)."
echo "To return to $live: $0 $live"
