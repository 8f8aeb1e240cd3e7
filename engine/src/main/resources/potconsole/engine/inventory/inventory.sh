# pot-console inventory v1
# The whole state of one pot host in one round trip. POSIX sh only (FreeBSD /bin/sh, dash, busybox sh).
# Read-only: works for root and for a user in group pot. Every section is framed by marker lines that carry a
# per-run nonce, so no file content can forge a frame.
M='@@POTINV-__NONCE__'
LC_ALL=C
export LC_ALL
PATH="$PATH:/usr/local/bin:/usr/local/sbin:/sbin:/usr/sbin"
begin() { printf '%s BEGIN %s\n' "$M" "$1"; }
end() { printf '\n%s END\n' "$M"; }
file() {
    if [ -r "$2" ]; then
        begin "$1"
        cat "$2"
        end
    fi
}
cmd() {
    section=$1
    shift
    begin "$section"
    "$@" 2>/dev/null
    end
}
fail() {
    printf '%s ERROR %s\n' "$M" "$*"
    exit 0
}

printf '%s START 1\n' "$M"
potbin=$(command -v pot 2>/dev/null) || fail "pot-not-installed"
[ -n "$potbin" ] || fail "pot-not-installed"
real=$(realpath "$potbin" 2>/dev/null) || real=$potbin
bindir=${real%/*}
prefix=${bindir%/*}
[ -r "$prefix/etc/pot/pot.default.conf" ] || fail "no-default-conf $prefix/etc/pot/pot.default.conf"
. "$prefix/etc/pot/pot.default.conf" >/dev/null 2>&1
if [ -r "$prefix/etc/pot/pot.conf" ]; then
    . "$prefix/etc/pot/pot.conf" >/dev/null 2>&1
fi
flavourdir="$prefix/etc/pot/flavours"

begin settings
for v in POT_ZFS_ROOT POT_FS_ROOT POT_CACHE POT_TMP POT_GROUP POT_NETWORK POT_NETMASK POT_GATEWAY POT_EXTIF \
    POT_EXTRA_EXTIF POT_EXTIF_ADDR POT_NETWORK_STACK POT_DNS_NAME POT_DNS_IP POT_ISOLATE_VNET_POTS \
    POT_DEFAULT_SIGNATURE_PUBKEY POT_HOSTNAME_MAX_LENGTH; do
    eval "val=\${$v-}"
    printf '%s=%s\n' "$v" "$val"
done
printf 'prefix=%s\n' "$prefix"
printf 'flavourdir=%s\n' "$flavourdir"
printf 'user=%s\n' "$(id -un 2>/dev/null)"
printf 'groups=%s\n' "$(id -Gn 2>/dev/null)"
end
cmd version "$potbin" version -q

fsroot=${POT_FS_ROOT:-/opt/pot}
zroot=${POT_ZFS_ROOT:-zroot/pot}
tmp=${POT_TMP:-/tmp}
[ -d "$fsroot" ] || fail "fs-root-missing $fsroot"
[ -r "$fsroot" ] && [ -x "$fsroot" ] || fail "fs-root-unreadable $fsroot"

for d in "$fsroot"/jails/*/; do
    [ -d "$d" ] || continue
    p=${d%/}
    p=${p##*/}
    printf '%s POT %s\n' "$M" "$p"
    file conf "${d}conf/pot.conf"
    file fscomp "${d}conf/fscomp.conf"
    file lastrun "${d}conf/.last_run_stats"
    file status "$tmp/pot_status_$p"
    begin hooks
    for h in prestart poststart prestop poststop; do
        [ -f "${d}conf/$h.sh" ] && printf '%s\n' "$h"
    done
    end
done

cmd jails jls name
cmd snapshots zfs list -H -t snapshot -o name -r "$zroot/jails"
cmd props zfs get -H -t filesystem -o name,property,value -r origin,:pot.tag,:pot.snap "$zroot/jails"
cmd fscomps zfs list -H -o name -d 1 "$zroot/fscomp"
cmd bases ls "$fsroot/bases"
for b in "$fsroot"/bridges/*; do
    [ -f "$b" ] || continue
    file "bridge ${b##*/}" "$b"
done
if [ -d "$flavourdir" ]; then
    begin flavours
    for f in "$flavourdir"/*; do
        [ -f "$f" ] || continue
        printf '%s\n' "${f##*/}"
    done
    end
fi
printf '%s DONE\n' "$M"
