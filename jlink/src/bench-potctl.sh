#!/bin/sh
# potctl's start-up over SSH (not a test): medians of RUNS interleaved rounds (default 7) of
#   ssh HOST true   ·   ssh HOST pot ls -v   ·   potctl --host ssh://HOST ls   (the runtime image's launcher), cold (no
#   agent: a fresh JVM and SSH session) and warm (potctl agent running: a fresh JVM forwarding to the kept session)
# against a loopback sshd whose host has a generated tree of POTS pots (default 50) and a stand-in pot.
# Needs the image (mvn -q -o -Pjlink -DskipTests package), the engine's test classes (mvn -q -o test-compile -pl
# engine) and /usr/sbin/sshd.   Run: sh jlink/src/bench-potctl.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
image=$root/jlink/target/pot-console
runs=${RUNS:-7}
pots=${POTS:-50}
[ -x "$image/bin/potctl" ] || { echo "no image: mvn -q -o -Pjlink -DskipTests package" >&2; exit 1; }
[ -d "$root/engine/target/test-classes/potconsole/engine/testkit" ] \
    || { echo "no engine test classes: mvn -q -o test-compile -pl engine" >&2; exit 1; }
[ -x /usr/sbin/sshd ] || { echo "no /usr/sbin/sshd (apt-get install openssh-server)" >&2; exit 1; }
scratch=$(mktemp -d)
chmod 755 "$scratch"
trap 'stop_agent; [ -f "$scratch/sshd.pid" ] && kill "$(cat "$scratch/sshd.pid")" 2>/dev/null; rm -rf "$scratch"' EXIT
stop_agent() { [ -d "$scratch/run" ] && XDG_RUNTIME_DIR=$scratch/run "$image/bin/potctl" agent stop >/dev/null 2>&1 || true; }

# A login with /bin/sh and no start-up files, as a FreeBSD pot host has (root's shell here may source a slow .bashrc,
# which would be measured instead of SSH and the JVM).
user=$(id -un)
if [ "$user" = root ]; then
    id potbench >/dev/null 2>&1 || useradd -M -s /bin/sh -d /nonexistent potbench
    usermod -p '*' potbench
    user=potbench
fi

extra=$(java -cp "$root/engine/target/test-classes:$root/engine/target/classes" "$root/jlink/src/BenchHost.java" \
    "$scratch/host" "$pots")
chmod -R a+rX "$scratch/host"
mkdir -p "$scratch/ssh" "$scratch/xdg" /run/sshd 2>/dev/null || true
ssh-keygen -q -t ed25519 -N "" -f "$scratch/ssh/host" >/dev/null
ssh-keygen -q -t ed25519 -N "" -f "$scratch/ssh/user" >/dev/null
cp "$scratch/ssh/user.pub" "$scratch/ssh/authorized_keys"
chmod 644 "$scratch/ssh/authorized_keys"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$scratch/ssh/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $scratch/ssh/host
PidFile $scratch/sshd.pid
AuthorizedKeysFile $scratch/ssh/authorized_keys
StrictModes no
UsePAM no
PermitRootLogin yes
PasswordAuthentication no
SetEnv PATH=$extra:/usr/bin:/bin
CONF
/usr/sbin/sshd -f "$scratch/ssh/sshd_config"
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -f "$scratch/sshd.pid" ] && break; sleep 0.2; done
echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$scratch/ssh/host.pub")" > "$scratch/ssh/known_hosts"

ssh_to() {
    ssh -F /dev/null -i "$scratch/ssh/user" -p "$port" -o BatchMode=yes -o IdentitiesOnly=yes \
        -o UserKnownHostsFile="$scratch/ssh/known_hosts" -o StrictHostKeyChecking=yes "$user@127.0.0.1" "$@"
}
potctl_in() { # RUNTIME-DIR ARGS…: potctl with the agent socket directory under RUNTIME-DIR
    dir=$1
    shift
    XDG_STATE_HOME=$scratch/xdg XDG_CONFIG_HOME=$scratch/xdg XDG_RUNTIME_DIR=$dir "$image/bin/potctl" "$@"
}
potctl_ls() { # RUNTIME-DIR: $scratch/cold has no agent, $scratch/run has one
    potctl_in "$1" --host "ssh://$user@127.0.0.1:$port" --identity "$scratch/ssh/user" \
        --known-hosts "$scratch/ssh/known_hosts" ls
}
ms() { # COMMAND… → wall milliseconds; a failure stops the benchmark
    start=$(date +%s%N)
    "$@" > "$scratch/out" 2>&1 || { echo "failed: $*" >&2; cat "$scratch/out" >&2; exit 1; }
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}
median() { echo "$@" | tr ' ' '\n' | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

mkdir -p "$scratch/cold" "$scratch/run"
potctl_in "$scratch/run" agent start --idle 30m >/dev/null

# One warm-up of each (page cache, sshd's first fork, the agent's session), then interleaved rounds.
ms ssh_to true >/dev/null
ms ssh_to pot ls -v >/dev/null
ms potctl_ls "$scratch/cold" >/dev/null
[ "$(grep -c '^pot[0-9]' "$scratch/out")" -eq "$pots" ] || { echo "potctl ls did not list $pots pots" >&2; exit 1; }
ms potctl_ls "$scratch/run" >/dev/null
[ "$(grep -c '^pot[0-9]' "$scratch/out")" -eq "$pots" ] || { echo "potctl ls (agent) did not list $pots pots" >&2; exit 1; }
potctl_in "$scratch/run" agent status | grep -q "ssh://" || { echo "the agent did not serve potctl ls" >&2; exit 1; }
t=""; v=""; c=""; w=""
i=0
while [ $i -lt "$runs" ]; do
    t="$t $(ms ssh_to true)"
    v="$v $(ms ssh_to pot ls -v)"
    c="$c $(ms potctl_ls "$scratch/cold")"
    w="$w $(ms potctl_ls "$scratch/run")"
    i=$((i + 1))
done
mt=$(median $t); mv=$(median $v); mc=$(median $c); mw=$(median $w)
ratio() { awk -v a="$1" -v b="$mt" 'BEGIN {printf "%.2fx", a / b}'; }
echo "potctl start-up over SSH, loopback sshd, $pots pots, median of $runs interleaved rounds (ms), load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime):"
printf '  %-16s %-20s %-22s %-22s\n' "ssh host true" "ssh host pot ls -v" "potctl ls cold (image)" "potctl ls warm (agent)"
printf '  %-16s %-20s %-22s %-22s\n' "$mt" "$mv" "$mc" "$mw"
printf '  %-16s %-20s %-22s %-22s\n' "1.00x" "$(ratio "$mv")" "$(ratio "$mc")" "$(ratio "$mw")"
echo "  rounds: ssh true:$t | pot ls -v:$v | potctl cold:$c | potctl warm:$w"
