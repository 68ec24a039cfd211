#!/usr/bin/env bash
# Publish a production build of the kiosk: copy it into a new release directory and make it
# the live one by flipping the `current` symlink atomically.
#
#   deploy/publish.sh [DIST_DIR]          (default: dist/ next to this deploy/ folder)
#   RING=canary deploy/publish.sh [DIST_DIR]   to the canary ring only (deploy/ring.sh promotes it)
#
#   $CORRIDOR_HOME/releases/<UTC timestamp>-<content version>/   one directory per release
#   $CORRIDOR_HOME/current  -> releases/<live release>            what nginx serves
#   $CORRIDOR_HOME/previous -> releases/<release live before>     nginx falls back to it for
#                                                                 hashed files (see the nginx site)
#   $CORRIDOR_HOME/rings/<ring>/current, previous                 the same for a ring other than
#                                                                 `all` (its own nginx server,
#                                                                 deploy/nginx/ring-site.sh)
#
# Environment: RING (default all: every kiosk not on another ring), CORRIDOR_HOME (default
# /opt/culture-corridor), CORRIDOR_KEEP_RELEASES (default 5),
# CONTENT_VERSION (overrides the version read from the build), FORCE=1 (publish even when the
# build is identical to the live release).
#
# The content version is the one `npm run media:check` prints (contentVersion), read from the
# built bundle; without it, a hash of the build's files is used. Exit status: 0 published (or
# nothing to do), 1 refused or failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="${CORRIDOR_HOME:-/opt/culture-corridor}"
keep="${CORRIDOR_KEEP_RELEASES:-5}"
dist="${1:-$here/../dist}"

refuse() { echo "publish: REFUSED: $*" >&2; exit 1; }
# shellcheck source=deploy/ringPaths.sh
. "$here/ringPaths.sh"

[[ "$keep" =~ ^[1-9][0-9]*$ ]] || refuse "CORRIDOR_KEEP_RELEASES must be a whole number >= 1 (got '$keep')"

# --- Is this a complete build? ------------------------------------------------------------------
[ -d "$dist" ] || refuse "no build at $dist. Build it first: npx vite build (in the project folder), or pass the build folder: $0 path/to/dist"
dist="$(cd "$dist" && pwd -P)"
[ -f "$dist/index.html" ] || refuse "$dist/index.html is missing: the build is incomplete. Rebuild: npx vite build"
[ -s "$dist/index.html" ] || refuse "$dist/index.html is empty: the build is incomplete. Rebuild: npx vite build"
missing=()
while IFS= read -r ref; do
  [ -f "$dist/$ref" ] || missing+=("$ref")
done < <(grep -oE '(src|href)="/[^"?#]+"' "$dist/index.html" | sed -E 's/^(src|href)="\///; s/"$//' | grep -v '^$' | sort -u)
[ ${#missing[@]} -eq 0 ] || refuse "$dist is incomplete: index.html refers to missing file(s): ${missing[*]}"
compgen -G "$dist/assets/*.js" >/dev/null || refuse "$dist/assets/ has no JavaScript: the build is incomplete. Rebuild: npx vite build"

# --- Content version and fingerprint -------------------------------------------------------------
fingerprint() { # a hash of every file's path and bytes, identical for identical builds
  # release.json names the release folder (written below), so it is not part of the build's bytes.
  (cd "$1" && find . -type f ! -name '.*' ! -name release.json -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) | sha256sum | cut -c1-12
}
build_hash="$(fingerprint "$dist")"
version="${CONTENT_VERSION:-}"
if [ -z "$version" ]; then
  version="$(cat "$dist"/assets/*.js | grep -oE 'version:["'\''`][0-9a-f]{12}["'\''`],settings:' | head -n1 | grep -oE '[0-9a-f]{12}' || true)"
fi
[ -n "$version" ] || version="build-$build_hash"
[[ "$version" =~ ^[A-Za-z0-9._-]+$ ]] || refuse "CONTENT_VERSION may only use letters, digits, '.', '_' and '-' (got '$version')"
check_minutes="$(cat "$dist"/assets/*.js | grep -oE 'updates:\{checkEveryMinutes:[0-9]+' | head -n1 | grep -oE '[0-9]+$' || true)"

# --- Release area ----------------------------------------------------------------------------------
releases="$home/releases"
refuse_if_held "$ring_dir" "$ring"
mkdir -p "$releases" "$ring_dir" || refuse "cannot create $releases (run with sudo, or set CORRIDOR_HOME)"
[ -w "$releases" ] || refuse "cannot write to $releases (run with sudo, or set CORRIDOR_HOME)"
if [ -e "$ring_dir/current" ] && [ ! -L "$ring_dir/current" ]; then
  refuse "$ring_dir/current exists but is not a symlink; move it away (it should point into $releases)"
fi

# One publish or rollback at a time.
if command -v flock >/dev/null; then
  exec 9>"$home/.deploy.lock"
  flock -n 9 || refuse "another publish or rollback is running (lock $home/.deploy.lock)"
fi

live=""
if [ -L "$ring_dir/current" ]; then
  live="$(basename "$(readlink "$ring_dir/current")")"
  if [ "${FORCE:-0}" != 1 ] && [ -d "$releases/$live" ] && [ "$(fingerprint "$releases/$live")" = "$build_hash" ]; then
    echo "publish: this build is already live as $releases/$live; nothing to do (FORCE=1 publishes it again)."
    exit 0
  fi
fi

# --- Copy into a staging directory, then rename (a half-copied release is never visible) -----------
# Release names sort by publish time: never reuse a second that already has a release.
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
while compgen -G "$releases/$stamp-*" >/dev/null; do sleep 1; stamp="$(date -u +%Y%m%dT%H%M%SZ)"; done
name="$stamp-$version"
staging="$releases/.incoming-$name-$$"
trap 'rm -rf "$staging" "$ring_dir/.current.tmp.$$" "$ring_dir/.previous.tmp.$$"' EXIT
mkdir "$staging"
cp -R --preserve=timestamps "$dist/." "$staging/"
chmod -R u=rwX,go=rX "$staging"
[ "$(fingerprint "$staging")" = "$build_hash" ] || refuse "the copy in $staging differs from $dist (disk full?); nothing was changed"
# The kiosk reads this to tell staff which release it runs (diagnostics and the fleet page).
printf '{"release":"%s"}\n' "$name" >"$staging/release.json"
chmod go=r "$staging/release.json"
mv -T "$staging" "$releases/$name"

# --- Flip: previous first, then current; each is one rename(2), atomic for readers ------------------
if [ -n "$live" ] && [ -d "$releases/$live" ]; then
  ln -sfn "$ring_link/$live" "$ring_dir/.previous.tmp.$$"
  mv -T "$ring_dir/.previous.tmp.$$" "$ring_dir/previous"
fi
ln -sfn "$ring_link/$name" "$ring_dir/.current.tmp.$$"
mv -T "$ring_dir/.current.tmp.$$" "$ring_dir/current"
sync 2>/dev/null || true

# --- Keep the newest $keep releases (never the live or the previous one) ----------------------------
mapfile -t in_use < <(releases_in_use)
removed=()
mapfile -t all < <(find "$releases" -mindepth 1 -maxdepth 1 -type d ! -name '.*' -printf '%f\n' | LC_ALL=C sort -r)
for ((i = keep; i < ${#all[@]}; i++)); do
  old="${all[$i]}"
  if [ "$old" = "$name" ] || printf '%s\n' "${in_use[@]}" | grep -qxF -- "$old"; then continue; fi
  rm -rf "${releases:?}/$old"
  removed+=("$old")
done
# Forget removed releases in the list of rolled-back ones (see rollback.sh).
if [ -f "$ring_dir/rolled-back" ]; then
  for old in "${removed[@]}"; do sed -i "/^$old\$/d" "$ring_dir/rolled-back"; done
fi

# --- Report ----------------------------------------------------------------------------------------------
echo "Published content version $version (build $build_hash)."
echo "  new release:  $releases/$name"
echo "  live now:     $ring_dir/current -> releases/$name (ring $ring)"
[ -n "$live" ] && echo "  before it:    releases/$live (undo with: $here/rollback.sh)"
[ ${#removed[@]} -gt 0 ] && echo "  removed old:  ${removed[*]}"
if [ -n "$check_minutes" ]; then
  echo "Kiosks pick up the new version at their next idle moment: each checks for updates every $check_minutes minute(s) (kiosk.yaml: updates.checkEveryMinutes) and switches when nobody is using it."
else
  echo "Kiosks pick up the new version at their next idle moment (their service worker checks for updates and switches when nobody is using the screen)."
fi
