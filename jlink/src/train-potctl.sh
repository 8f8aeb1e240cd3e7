#!/bin/sh
# The application class-data archive of potctl (IMAGE/lib/potctl.jsa): the classes one run loads, dumped at its exit.
#   train-potctl.sh IMAGE "JVM OPTIONS"      (build-image.sh runs it; run it alone to retrain an image)
# The run reads the sandbox and, when this machine has sshd, a throwaway loopback sshd too, so the archive also holds
# the SSH path (JSch, key exchange, the inventory script's round trip) that potctl ls takes on a real host; the
# loopback host needs no pot (the read fails there after the classes are loaded).
set -eu
out=$1
opts=$2
work=$(mktemp -d)
trap '[ -f "$work/sshd.pid" ] && kill "$(cat "$work/sshd.pid")" 2>/dev/null; rm -rf "$work"' EXIT
rm -f "$out/lib/potctl.jsa"
hosts=sandbox
ssh_opts=""
if [ -x /usr/sbin/sshd ] && command -v ssh-keygen >/dev/null; then
    mkdir -p /run/sshd 2>/dev/null || true
    ssh-keygen -q -t ed25519 -N "" -f "$work/host"
    ssh-keygen -q -t ed25519 -N "" -f "$work/user"
    port=$(( 20000 + $$ % 20000 ))
    printf '%s\n' "Port $port" "ListenAddress 127.0.0.1" "HostKey $work/host" "PidFile $work/sshd.pid" \
        "AuthorizedKeysFile $work/user.pub" "StrictModes no" "UsePAM no" "PermitRootLogin yes" \
        "PasswordAuthentication no" > "$work/sshd_config"
    if /usr/sbin/sshd -f "$work/sshd_config" 2>/dev/null; then
        echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$work/host.pub")" > "$work/known_hosts"
        hosts="sandbox,ssh://$(id -un)@127.0.0.1:$port"
        ssh_opts="--identity $work/user --known-hosts $work/known_hosts"
    fi
fi
# The launcher's entry first looks for potctl's agent: a private socket directory without a socket makes it try,
# so the archive holds the client's classes too (cli/agent), then it runs ls in its own process.
mkdir -m 700 "$work/pot-console"
# shellcheck disable=SC2086 # the options are words
XDG_STATE_HOME=$work XDG_CONFIG_HOME=$work XDG_RUNTIME_DIR=$work "$out/bin/java" $opts -XX:TieredStopAtLevel=1 \
    -XX:ArchiveClassesAtExit="$out/lib/potctl.jsa" --module potconsole.app/potconsole.app.cli.PotCtlMain \
    --host "$hosts" $ssh_opts ls >/dev/null 2>&1 || true
# An archive the launcher cannot use is worse than none.
"$out/bin/potctl" --version >/dev/null 2>&1 || rm -f "$out/lib/potctl.jsa"
echo "train-potctl: $(ls -sh "$out/lib/potctl.jsa" 2>/dev/null | cut -d' ' -f1 || echo no) class-data archive (hosts: $hosts)"
