#!/bin/sh
# Start-up and footprint figures of the runtime image (not a test): image size, cold start to the first frame of the
# main window under Xvfb, and idle CPU with 20 saved hosts of which 5 are unreachable (15 reach a loopback sshd).
# Needs the image (mvn -q -Pjlink -DskipTests package), Xvfb and /usr/sbin/sshd.  Run: sh jlink/src/bench-startup.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
image=$root/jlink/target/pot-console
runs=${RUNS:-7}
idle=${IDLE_SECONDS:-60}
settle=${SETTLE_SECONDS:-120}
[ -x "$image/bin/pot-console" ] || { echo "no image: mvn -q -Pjlink -DskipTests package" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'kill $(cat "$scratch"/*.pid 2>/dev/null) 2>/dev/null || true; rm -rf "$scratch"' EXIT

if [ -z "${DISPLAY:-}" ]; then
    Xvfb :91 -screen 0 1400x900x24 >/dev/null 2>&1 &
    echo $! > "$scratch/xvfb.pid"
    export DISPLAY=:91
    sleep 1
fi

echo "image: $(du -sh "$image" | cut -f1) on disk (linked modules $(du -sh "$image/lib/modules" | cut -f1), class-data archives $(du -ch "$image"/lib/*.jsa "$image"/lib/server/*.jsa 2>/dev/null | tail -1 | cut -f1))"
[ -f "$image/lib/pot-console.jsa" ] && echo "GUI class-data archive: present" || echo "GUI class-data archive: absent (build under a display)"

# Cold start: process start to the first frame the main window renders.
times=""
i=0
while [ $i -lt "$runs" ]; do
    start=$(date +%s%3N)
    frame=$(XDG_CONFIG_HOME=$scratch/cold XDG_STATE_HOME=$scratch/cold \
        POT_CONSOLE_JAVA_OPTS="-Dpotconsole.exitAfterFirstFrame=true" "$image/bin/pot-console" 2>/dev/null \
        | sed -n 's/^first-frame-at=//p')
    times="$times $((frame - start))"
    i=$((i + 1))
done
echo "cold start to first frame (ms):$times; median $(echo $times | tr ' ' '\n' | sort -n | sed -n "$(( (runs + 1) / 2 ))p")"

# Idle: 15 hosts on a loopback sshd, 5 on closed ports; CPU of the console over $idle s after $settle s.
mkdir -p "$scratch/ssh" "$scratch/home/.ssh" "$scratch/cfg/pot-console" /run/sshd 2>/dev/null || true
ssh-keygen -q -t ed25519 -N "" -f "$scratch/ssh/host" >/dev/null
ssh-keygen -q -t ed25519 -N "" -f "$scratch/ssh/user" >/dev/null
cp "$scratch/ssh/user.pub" "$scratch/ssh/authorized_keys"
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
MaxStartups 100
MaxSessions 50
Subsystem sftp internal-sftp
CONF
/usr/sbin/sshd -f "$scratch/ssh/sshd_config"
sleep 1
echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$scratch/ssh/host.pub")" > "$scratch/home/.ssh/known_hosts"
hosts=$scratch/cfg/pot-console/hosts.json
n=1
while [ $n -le 15 ]; do
    "$image/bin/potctl" --hosts-file "$hosts" hosts add "up$n" 127.0.0.1 --port "$port" --user "$(id -un)" \
        --key "$scratch/ssh/user" >/dev/null
    n=$((n + 1))
done
n=1
while [ $n -le 5 ]; do
    closed=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    "$image/bin/potctl" --hosts-file "$hosts" hosts add "down$n" 127.0.0.1 --port "$closed" --user nobody >/dev/null
    n=$((n + 1))
done
XDG_CONFIG_HOME=$scratch/cfg XDG_STATE_HOME=$scratch/state POT_CONSOLE_JAVA_OPTS="-Duser.home=$scratch/home" \
    "$image/bin/pot-console" >/dev/null 2>&1 &
console=$!
echo $console > "$scratch/console.pid"
# Let the first refreshes, the back-off of the unreachable hosts and the JIT warm-up settle.
sleep "$settle"
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
t0=$(ticks $console)
sleep "$idle"
t1=$(ticks $console)
hz=$(getconf CLK_TCK)
rss=$(awk '/VmRSS/ {print $2}' "/proc/$console/status")
kill $console
echo "idle with 20 hosts (5 unreachable): $(awk -v d=$((t1 - t0)) -v hz="$hz" -v s="$idle" \
    'BEGIN {printf "%.2f", 100 * d / hz / s}') % of one core over ${idle} s; resident $((rss / 1024)) MiB"
