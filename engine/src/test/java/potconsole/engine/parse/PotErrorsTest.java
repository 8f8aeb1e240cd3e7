package potconsole.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import potconsole.engine.error.NeedsRootException;
import potconsole.engine.error.PotException;
import potconsole.engine.testkit.Transcript;

/** Every recorded failure becomes the right typed exception with pot's own words as its message. */
class PotErrorsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "21-set-attr-bad.txt|PotException|nosuchattr is not a valid attribute",
                "39-get-rss.txt|PotException|To get resource usage, rctl has to be enabled",
                "40-snapshot-running.txt|InvalidStateException|The pot nginx is still running. Snapshot is possible only for stopped pots",
                "41-destroy-running.txt|InvalidStateException|pot nginx is running",
                "43-start-nonpersistent-appfail.txt|ApplicationFailedException|web reported application error",
                "53-export-too-many-snaps.txt|PotException|Pot web has more than 1 snapshot - use -A to auto-purge old snapshots or -F to force exporting",
                "59-import-again.txt|AlreadyExistsException|pot web_1_0 is already present",
                "64-info-unknown.txt|PotNotFoundException|nosuchpot is not a pot",
                "65-start-unknown.txt|PotNotFoundException|Pot nosuchpot not found",
                "66-create-duplicate.txt|AlreadyExistsException|pot web already exists",
                "107-destroy-with-clone.txt|PotException|zfs failed to destroy the dataset zroot/pot/jails/x-web — x-web destruction failed",
                "110-create-dot-name.txt|PotException|bad.name is not a valid name for a pot ('.' is the only character not allowed)",
                "111-set-rss-bad.txt|PotException|lots is not a valid memory constraint",
                "112-export-multi-refused.txt|PotException|pot base-13_2 not supported - only single type pot can be exported",
            })
    void recordedFailures(String file, String type, String message) {
        Transcript t = Transcript.load(file);
        Optional<PotException> failure = PotErrors.failure(t.subcommand(), t.command(), t.exitCode(), t.output());
        assertThat(failure).isPresent();
        assertThat(failure.get().getClass().getSimpleName()).isEqualTo(type);
        assertThat(failure.get().getMessage()).isEqualTo(message);
        assertThat(failure.get().exitCode()).isEqualTo(t.exitCode());
    }

    @ParameterizedTest
    @CsvSource({
        "05-create-single-inherit.txt",
        "06-create-public-bridge.txt",
        "07-create-flavour.txt",
        "08-create-multi-default.txt",
        "19-set-attr.txt",
        "22-set-rss-cpu.txt",
        "23-set-rss-mem.txt",
        "24-set-cmd.txt",
        "25-set-env.txt",
        "26-export-ports-inherit.txt",
        "27-export-ports-bridge.txt",
        "30-start-bridge.txt",
        "38-exec.txt",
        "42-stop-bridge.txt",
        "45-start-flavoured.txt",
        "46-stop-flavoured.txt",
        "47-start-multi.txt",
        "48-stop-multi.txt",
        "49-snapshot.txt",
        "50-snapshot-2.txt",
        "54-revert.txt",
        "55-purge-snapshots.txt",
        "56-export.txt",
        "57-export-files.txt",
        "58-import.txt",
        "60-clone.txt",
        "61-rename.txt",
        "62-destroy.txt",
        "63-destroy-imported.txt",
        "72-help.txt",
        "73-create-help.txt",
        "75-create-private-bridge.txt",
        "78-create-private.txt",
        "80-create-fscomp.txt",
        "82-mount-in-fscomp.txt",
        "83-mount-in-dir.txt",
        "85-set-hosts.txt",
        "86-add-dep.txt",
        "87-copy-in.txt",
        "88-set-attr-boot.txt",
        "89-set-hook.txt",
        "92-start-persistent.txt",
        "97-exec-ls.txt",
        "98-stop-persistent.txt",
        "100-stop-dependency.txt",
        "101-snapshot-web.txt",
        "102-export-v.txt",
        "103-export-same-tag-c.txt",
        "104-clone-from-web.txt",
        "108-import-v.txt",
        "109-prune-dry.txt",
        "113-purge-snapshots-a.txt",
    })
    void recordedSuccessesAreNotFailuresEvenWithStderrOrInfoLines(String file) {
        Transcript t = Transcript.load(file);
        assertThat(t.exitCode()).isZero();
        assertThat(PotErrors.failure(t.subcommand(), t.command(), t.exitCode(), t.output()))
                .isEmpty();
        assertThat(t.output().errors()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"stop web,0", "export -p web -t 1.0,0"})
    void quirksWithExitZeroAreStillFailures(String args, int exit) {
        String errorLine = args.startsWith("stop") ? "###>  The pot web is not a valid pot" : "###>  Export failed";
        PotOutput out = PotOutput.of(java.util.List.of(errorLine), java.util.List.of());
        assertThat(PotErrors.failure(args.split(" ")[0], "pot " + args, exit, out))
                .isPresent();
    }

    @org.junit.jupiter.api.Test
    void theStopQuirkIsDecidedByTheCommandNotByTheWordStopInItsArguments() {
        PotOutput out = PotOutput.of(java.util.List.of("###>  The pot web is not a valid pot"), java.util.List.of());
        assertThat(PotErrors.failure(new potconsole.engine.command.StopCommand("web"), 0, out))
                .isPresent();
        assertThat(PotErrors.failure("exec", "pot exec -p web service stop nginx", 0, out))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "###>  pot web is not in a state where it can be stopped|ERROR|pot web is not in a state where it can be stopped",
                "###>   Pot nosuch not found|ERROR|Pot nosuch not found",
                "===>  Creating a new pot|INFO|Creating a new pot",
                "=====>  Hash confirmed|DEBUG|Hash confirmed",
            })
    void messageClassifier(String line, Message.Level level, String text) {
        assertThat(PotOutput.classify(line)).contains(new Message(level, text));
    }

    @org.junit.jupiter.api.Test
    void dataLinesAreNotMessages() {
        assertThat(PotOutput.classify("pot name : web")).isEmpty();
        assertThat(PotOutput.classify("\tnetwork : inherit")).isEmpty();
        assertThat(PotOutput.classify("==> not a pot marker")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void rootCheckBecomesNeedsRoot() {
        PotOutput out =
                PotOutput.of(java.util.List.of("###>   This operation needs 'root' privilegies"), java.util.List.of());
        assertThat(PotErrors.failure("start", "pot start web", 1, out)).containsInstanceOf(NeedsRootException.class);
        assertThat(PotErrors.failure("start", "pot start web", 1, out).get().getMessage())
                .contains("root' privileges");
    }
}
