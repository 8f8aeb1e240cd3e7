# pot-console setup probe v1
# What a host has for pot, read-only, in one round trip: the account, the kernel features pot needs, pf, pot itself,
# its pot.conf, whether pot init ran, the public bridge, the bases. Works for any account (answers what it can).
M='@@POTSETUP-__NONCE__'
LC_ALL=C
export LC_ALL
PATH="$PATH:/usr/local/bin:/usr/local/sbin:/sbin:/usr/sbin"
say() { printf '%s %s %s\n' "$M" "$1" "$2"; }

say user "$(id -un 2>/dev/null)"
say uid "$(id -u 2>/dev/null)"
say groups "$(id -Gn 2>/dev/null)"
say os "$(uname -sr 2>/dev/null)"
say vimage "$(sysctl -n kern.features.vimage 2>/dev/null)"
say racct "$(sysctl -n kern.racct.enable 2>/dev/null)"
say racctboot "$(sysrc -f /boot/loader.conf -n kern.racct.enable 2>/dev/null)"
if kldstat -q -m pf 2>/dev/null; then say pf loaded; else say pf absent; fi
say interfaces "$(ifconfig -l 2>/dev/null)"
say manifests "$(ls /usr/local/share/freebsd/MANIFESTS 2>/dev/null | tr '\n' ' ')"
potbin=$(command -v pot 2>/dev/null) || potbin=
if [ -z "$potbin" ]; then
    say pot absent
    exit 0
fi
real=$(realpath "$potbin" 2>/dev/null) || real=$potbin
bindir=${real%/*}
prefix=${bindir%/*}
say pot "$potbin"
say prefix "$prefix"
say version "$("$potbin" version -q 2>/dev/null)"
if [ -r "$prefix/etc/pot/pot.conf" ]; then
    printf '%s BEGIN conf\n' "$M"
    cat "$prefix/etc/pot/pot.conf"
    printf '\n%s END\n' "$M"
fi
[ -r "$prefix/etc/pot/pot.default.conf" ] && . "$prefix/etc/pot/pot.default.conf" >/dev/null 2>&1
[ -r "$prefix/etc/pot/pot.conf" ] && . "$prefix/etc/pot/pot.conf" >/dev/null 2>&1
for v in POT_ZFS_ROOT POT_FS_ROOT POT_EXTIF POT_NETWORK POT_NETMASK POT_GATEWAY POT_CACHE POT_GROUP; do
    eval "val=\${$v-}"
    say set "$v=$val"
done
mp=$(zfs get -H -o value mountpoint "${POT_ZFS_ROOT:-zroot/pot}" 2>/dev/null) && say dataset "$mp"
[ -d "${POT_FS_ROOT:-/opt/pot}" ] && [ -r "${POT_FS_ROOT:-/opt/pot}" ] && say fsroot readable
for b in $(ifconfig -g bridge 2>/dev/null); do
    ifconfig "$b" 2>/dev/null | grep -q "inet ${POT_GATEWAY:-10.192.0.1} " && say bridge "$b"
done
say group "$(getent group "${POT_GROUP:-pot}" 2>/dev/null)"
say bases "$(ls "${POT_FS_ROOT:-/opt/pot}/bases" 2>/dev/null | tr '\n' ' ')"
say jails "$(ls "${POT_FS_ROOT:-/opt/pot}/jails" 2>/dev/null | tr '\n' ' ')"
