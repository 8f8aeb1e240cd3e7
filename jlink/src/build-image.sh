#!/bin/sh
# Builds the Pot Console runtime image: a jlink'ed JDK + JavaFX runtime, the console's jars on its module path,
# launchers for the GUI and the CLI, and an application class-data archive for the CLI.
#   build-image.sh APP_TARGET OUTPUT "JVM OPTIONS"
set -eu
app=$1
out=$2
opts=$3
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
if [ ! -d "$java_home/jmods" ]; then
    echo "build-image: $java_home/jmods is missing (Debian: apt-get install openjdk-17-jmods)" >&2
    exit 1
fi
fx=$(ls "$app"/lib/javafx-base-*-linux.jar "$app"/lib/javafx-graphics-*-linux.jar "$app"/lib/javafx-controls-*-linux.jar \
    | tr '\n' ':')
rm -rf "$out"
# JDK modules: what the console's modules require, plus jdk.crypto.ec (JSch's ECDH/ECDSA through the JCE), java.naming
# and java.sql (BouncyCastle), jdk.charsets (remote hosts' encodings).
"$java_home/bin/jlink" \
    --module-path "$java_home/jmods:$fx" \
    --add-modules java.base,java.desktop,java.logging,java.naming,java.net.http,java.prefs,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.crypto.ec,jdk.charsets,javafx.base,javafx.graphics,javafx.controls \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive \
    --output "$out"
mkdir -p "$out/app"
cp "$app/pot-console.jar" "$out/app/"
for jar in "$app"/lib/*.jar; do
    case $(basename "$jar") in
        javafx-*) ;; # linked into the runtime
        *) cp "$jar" "$out/app/" ;;
    esac
done

launcher() { # NAME MAIN-CLASS EXTRA-OPTIONS ENV-OPTIONS
    cat > "$out/bin/$1" <<LAUNCHER
#!/bin/sh
# $1 from the Pot Console runtime image.
here=\$(cd "\$(dirname "\$0")/.." && pwd)
cds=
[ -f "\$here/lib/$1.jsa" ] && cds="-XX:SharedArchiveFile=\$here/lib/$1.jsa -Xshare:auto"
exec "\$here/bin/java" $opts $3 \$cds \${$4:-} --module-path "\$here/app" --module potconsole.app/$2 "\$@"
LAUNCHER
    chmod 755 "$out/bin/$1"
}
launcher pot-console potconsole.app.main.PotConsoleApp "" POT_CONSOLE_JAVA_OPTS
launcher potctl potconsole.app.cli.PotCtl "-XX:TieredStopAtLevel=1" POTCTL_JAVA_OPTS

# Application class-data sharing for the CLI: the classes one run loads, dumped at its exit.
"$out/bin/java" $opts -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$out/lib/potctl.jsa" \
    --module-path "$out/app" --module potconsole.app/potconsole.app.cli.PotCtl ls >/dev/null 2>&1 || rm -f "$out/lib/potctl.jsa"
# The same for the GUI when a display is at hand (under xvfb-run in CI): start, render one frame, quit.
if [ -n "${DISPLAY:-}" ]; then
    scratch=$(mktemp -d)
    XDG_CONFIG_HOME=$scratch XDG_STATE_HOME=$scratch "$out/bin/java" $opts -Dpotconsole.exitAfterFirstFrame=true -XX:ArchiveClassesAtExit="$out/lib/pot-console.jsa" \
        --module-path "$out/app" --module potconsole.app/potconsole.app.main.PotConsoleApp >/dev/null 2>&1 \
        || rm -f "$out/lib/pot-console.jsa"
    rm -rf "$scratch"
fi
echo "build-image: $(du -sh "$out" | cut -f1) in $out"
