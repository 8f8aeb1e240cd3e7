package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a bootstrap pushed into the sandbox does with {@code pkg install -y NAME…}: nothing is downloaded (stderr says
 * so), but each package's program is put into the pot as a stand-in, so a build's check ({@code nginx -t}) and the
 * pot's command ({@code nginx -g 'daemon off;'}) have something to run: {@code -t} answers like a configuration test
 * that passed, anything else runs until the pot is stopped.
 */
final class SandboxPackages {
    private static final String STAND_IN = "#!sandbox pkg ";

    private SandboxPackages() {}

    /** The packages a bootstrap installs, as {@code /usr/local/sbin/NAME} stand-ins. */
    static Map<String, String> installs(String bootstrap) {
        Map<String, String> programs = new LinkedHashMap<>();
        packages(bootstrap).forEach(p -> programs.put("/usr/local/sbin/" + p, STAND_IN + p + "\n"));
        return programs;
    }

    /** What the simulated run prints on stderr in place of pkg's output. */
    static List<String> stderr(String bootstrap) {
        return packages(bootstrap).isEmpty()
                ? List.of()
                : List.of("pkg install -y " + String.join(" ", packages(bootstrap))
                        + ": not run — this is the sandbox, nothing is downloaded");
    }

    private static List<String> packages(String bootstrap) {
        List<String> names = new ArrayList<>();
        for (String line : bootstrap.split("\n")) {
            List<String> words = List.of(line.strip().split("\\s+"));
            int install = words.indexOf("install");
            if (install < 1 || !words.get(install - 1).equals("pkg")) {
                continue;
            }
            for (String w : words.subList(install + 1, words.size())) {
                if (w.startsWith("#") || w.equals("&&") || w.equals(";")) {
                    break;
                }
                if (!w.startsWith("-") && w.matches("[A-Za-z0-9_.+-]+")) {
                    names.add(w);
                }
            }
        }
        return names;
    }

    /** Runs a stand-in program when {@code prog} names one in the pot; empty when it does not. */
    static OptionalInt run(Ctx c, SandboxPot pot, String prog, List<String> args, Userland.Mode mode) {
        Optional<String> found = standIn(pot, prog);
        if (found.isEmpty()) {
            return OptionalInt.empty();
        }
        String name = found.get();
        if (args.contains("-t")) {
            c.out().err(name + ": the configuration file /usr/local/etc/" + name + "/" + name + ".conf syntax is ok");
            c.out().err(name + ": configuration file /usr/local/etc/" + name + "/" + name + ".conf test is successful");
            return OptionalInt.of(0);
        }
        if (args.contains("-v") || args.contains("-V") || mode == Userland.Mode.EXEC) {
            c.out().err(name + " version: " + name + " (sandbox stand-in)");
            return OptionalInt.of(0);
        }
        c.host().awaitStopOrCancel(c, pot.name);
        return OptionalInt.of(0);
    }

    private static Optional<String> standIn(SandboxPot pot, String prog) {
        for (String path : List.of(prog, "/usr/local/sbin/" + prog, "/usr/local/bin/" + prog)) {
            String content = pot.files.get(path);
            if (content != null && content.startsWith(STAND_IN)) {
                return Optional.of(content.substring(STAND_IN.length()).strip());
            }
        }
        return Optional.empty();
    }
}
