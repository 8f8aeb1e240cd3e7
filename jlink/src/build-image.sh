#!/bin/sh
# Builds the Pot Console runtime image: one jlink'ed runtime holding the JDK, JavaFX, the console's modules and every
# library it uses, launchers for the GUI and the CLI, and application class-data archives.
#   build-image.sh APP_TARGET OUTPUT "JVM OPTIONS"
#
# Why everything is linked, not put on a module path: a module path is scanned at every start (31 jars, BouncyCastle's
# 6,000 signed entries alone cost 330 ms), while linked modules are resolved once, here.  jlink takes only explicit
# modules, so the few libraries that ship as automatic modules get the descriptor jdeps derives for them (open, so
# their reflection keeps working), and a descriptor naming packages that only exist for a later Java release (JSch's
# Windows API, Java 23+) is rewritten to the packages it has for 17.
set -eu
app=$1
out=$2
opts=$3
release=17
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
if [ ! -d "$java_home/jmods" ]; then
    echo "build-image: $java_home/jmods is missing (Debian: apt-get install openjdk-17-jmods)" >&2
    exit 1
fi
bin=$java_home/bin
fx=$(ls "$app"/lib/javafx-base-*-linux.jar "$app"/lib/javafx-graphics-*-linux.jar "$app"/lib/javafx-controls-*-linux.jar \
    | tr '\n' ':')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mods=$work/mods
mkdir -p "$mods"
cp "$app/pot-console.jar" "$mods/"
for jar in "$app"/lib/*.jar; do
    case $(basename "$jar") in
        javafx-*) ;; # the platform jars above
        *) cp "$jar" "$mods/" ;;
    esac
done

# picocli ships Java 5 class files, which class-data sharing skips (179 classes loaded from the jar on every potctl
# start): rewritten as Java 8 ones (src/Retarget.java, ASM fetched by jlink/pom.xml), they go into the archive.
asm=$(ls "$(dirname "$out")"/asm/asm-*.jar 2>/dev/null | head -1 || true)
if [ -n "$asm" ]; then
    for jar in "$mods"/picocli-*.jar; do
        "$bin/java" -cp "$asm" "$(dirname "$0")/Retarget.java" "$jar"
    done
fi

drop_entries() { # JAR REGEX
    "$bin/java" "$(dirname "$0")/DropEntries.java" "$1" "$2" >/dev/null
}

module_name() { # JAR → the module name, explicit or derived
    "$bin/jar" --describe-module --file "$1" --release $release 2>/dev/null \
        | sed -n 's/^\([A-Za-z0-9_.]*\)@.*/\1/p; s/^\([A-Za-z0-9_.]*\) jar:file.*/\1/p' | head -1
}

add_descriptor() { # JAR MODULE MODULE-INFO.java: compile the descriptor against the module path, put it in the jar
    rm -rf "$work/classes"
    mkdir -p "$work/classes"
    "$bin/javac" -nowarn -Xlint:none --release $release --module-path "$mods:$fx" --patch-module "$2=$1" \
        -d "$work/classes" "$3"
    (cd "$work/classes" && "$bin/jar" --update --file "$1" module-info.class)
}

# Classes for later Java releases (multi-release jars) are dead weight in a Java 17 runtime, and jlink 17 cannot read them.
for jar in "$mods"/*.jar; do
    later=$("$bin/jar" --list --file "$jar" | sed -n 's|^META-INF/versions/\([0-9]*\)/.*|\1|p' | sort -un \
        | awk -v r=$release '$1 > r' | tr '\n' '|')
    [ -n "$later" ] && drop_entries "$jar" "META-INF/versions/(${later%|})/.*"
done

for jar in "$mods"/*.jar; do
    if "$bin/jar" --describe-module --file "$jar" --release $release | grep -q 'No module descriptor found'; then
        rm -rf "$work/info"
        "$bin/jdeps" --ignore-missing-deps --multi-release $release --module-path "$mods:$fx" \
            --generate-open-module "$work/info" "$jar" >/dev/null
        add_descriptor "$jar" "$(module_name "$jar")" "$(find "$work/info" -name module-info.java)"
    fi
done

for jar in "$mods"/*.jar; do
    described=$("$bin/jar" --describe-module --file "$jar" --release $release | sed -n 's/^contains //p' | sort)
    present=$("$bin/jar" --list --file "$jar" | grep -v '^META-INF/\|/$' | grep / | sed 's|/[^/]*$||; s|/|.|g' | sort -u)
    missing=$(printf '%s\n' "$described" | while read -r p; do
        [ -n "$p" ] && ! printf '%s\n' "$present" | grep -qxF "$p" && echo "$p"; done || true)
    [ -z "$missing" ] && continue
    # Rewrite the descriptor for this release: same requires/exports/opens/uses/provides, packages it really has.
    name=$(module_name "$jar")
    {
        echo "module $name {"
        "$bin/jar" --describe-module --file "$jar" --release $release | awk -v path="$mods:$fx" '
            $1 == "requires" && $2 == "java.base" { next }
            $1 == "requires" { mods = ""; for (i = 3; i <= NF; i++) if ($i != "mandated") mods = mods " " $i
                               printf "    requires%s %s;\n", mods, $2; next }
            $1 == "exports" || $1 == "opens" { printf "    %s %s;\n", $1, $2; next }
            $1 == "qualified" { printf "    %s %s to %s;\n", $2, $3, $5; next }
            $1 == "uses" { printf "    uses %s;\n", $2; next }
            $1 == "provides" { printf "    provides %s with %s;\n", $2, $4; next }
            $1 == "contains" || NF == 0 || /jar:file/ || /^releases:/ { next }
            { print "build-image: cannot rewrite descriptor line: " $0 > "/dev/stderr"; exit 1 }'
        echo "}"
    } > "$work/module-info.java"
    # Static requirements that are not here (optional integrations) cannot be compiled against; they were optional.
    for m in $(sed -n 's/^ *requires static \([A-Za-z0-9_.]*\);/\1/p' "$work/module-info.java"); do
        "$bin/java" --module-path "$mods:$fx" --describe-module "$m" >/dev/null 2>&1 \
            || "$bin/java" --describe-module "$m" >/dev/null 2>&1 \
            || sed -i "/requires static $m;/d" "$work/module-info.java"
    done
    echo "build-image: $(basename "$jar"): descriptor rewritten for Java $release (no $(echo $missing | tr ' ' ','))"
    drop_entries "$jar" '(META-INF/versions/[0-9]+/)?module-info[.]class'
    add_descriptor "$jar" "$name" "$work/module-info.java"
done

rm -rf "$out"
# JDK modules beyond what the console's modules require: jdk.crypto.ec (JSch's ECDH/ECDSA through the JCE), java.naming
# and java.sql (BouncyCastle), jdk.charsets (remote hosts' encodings), jdk.jfr (profiling a running console).
# --ignore-signing-information: BouncyCastle's jar is signed; a linked module keeps its classes, not the jar signature.
"$bin/jlink" \
    --module-path "$java_home/jmods:$fx:$mods" \
    --add-modules potconsole.app,java.naming,java.sql,jdk.jfr,jdk.crypto.ec,jdk.charsets \
    --ignore-signing-information \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive \
    --output "$out" 2>&1 | grep -v 'signed modular JAR' || true
[ -x "$out/bin/java" ] || { echo "build-image: jlink failed" >&2; exit 1; }
# potctl's man pages and completion script, made from its picocli model by the build (jlink/pom.xml, CliDocs.java).
share=$(dirname "$out")/share
[ -d "$share" ] && cp -R "$share" "$out/"

launcher() { # NAME MAIN-CLASS EXTRA-OPTIONS ENV-OPTIONS
    cat > "$out/bin/$1" <<LAUNCHER
#!/bin/sh
# $1 from the Pot Console runtime image.
here=\$(cd "\$(dirname "\$0")/.." && pwd)
cds=
[ -f "\$here/lib/$1.jsa" ] && cds="-XX:SharedArchiveFile=\$here/lib/$1.jsa -Xshare:auto"
exec "\$here/bin/java" $opts $3 \$cds \${$4:-} --module potconsole.app/$2 "\$@"
LAUNCHER
    chmod 755 "$out/bin/$1"
}
launcher pot-console potconsole.app.main.Main "" POT_CONSOLE_JAVA_OPTS
launcher potctl potconsole.app.cli.PotCtlMain "-XX:TieredStopAtLevel=1" POTCTL_JAVA_OPTS

# Application class-data sharing for the CLI: the classes a run of potctl ls loads, over SSH included.
sh "$(dirname "$0")/train-potctl.sh" "$out" "$opts"
# The same for the GUI when a display is at hand (under xvfb-run in CI): start, render one frame, quit.
if [ -n "${DISPLAY:-}" ]; then
    scratch=$(mktemp -d)
    XDG_CONFIG_HOME=$scratch XDG_STATE_HOME=$scratch "$out/bin/java" $opts -Dpotconsole.exitAfterFirstFrame=true \
        -XX:ArchiveClassesAtExit="$out/lib/pot-console.jsa" \
        --module potconsole.app/potconsole.app.main.Main >/dev/null 2>&1 \
        || rm -f "$out/lib/pot-console.jsa"
    rm -rf "$scratch"
fi
echo "build-image: $(du -sh "$out" | cut -f1) in $out"
