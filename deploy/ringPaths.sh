# Sourced by publish.sh, rollback.sh and ring.sh: where a release ring's symlinks live.
#
#   ring `all` (the default): $home/current, $home/previous            served by culture-corridor.conf
#   any other ring R:         $home/rings/R/current, .../previous      served by its own nginx server
#                                                                      (deploy/nginx/ring-site.sh R PORT)
#
# Sets ring (the name), ring_dir (where its links live) and ring_link (the links' relative path
# to the releases folder). Needs $home and a refuse() function.
ring="${RING:-all}"
[[ "$ring" =~ ^[a-z][a-z0-9-]{0,23}$ ]] || refuse "RING must be lower-case letters, digits and - (got '$ring')"
if [ "$ring" = all ]; then
  ring_dir="$home"
  ring_link="releases"
else
  ring_dir="$home/rings/$ring"
  ring_link="../../releases"
fi

# Every release some ring serves or falls back to: never removed, whichever ring is published.
releases_in_use() {
  local link
  for link in "$home/current" "$home/previous" "$home"/rings/*/current "$home"/rings/*/previous; do
    [ -L "$link" ] && basename "$(readlink "$link")"
  done
  return 0
}

# A held ring takes no new release (publish, promote, roll forward) until it is resumed.
refuse_if_held() {
  local dir="$1" name="$2"
  if [ -f "$dir/HOLD" ]; then
    refuse "the ring '$name' is held ($(head -n1 "$dir/HOLD")); let releases through again with: deploy/ring.sh resume $name"
  fi
  return 0
}
