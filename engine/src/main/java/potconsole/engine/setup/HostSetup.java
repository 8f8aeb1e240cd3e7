package potconsole.engine.setup;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecFailedException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.Job;
import potconsole.engine.job.JobContext;
import potconsole.engine.service.PotService;

/**
 * Runs the setup probe and the steps on one host. Each step runs only what is missing, then probes the host again
 * and fails unless the step shows as done there. The pot.conf step restores the kept copy when anything after the
 * write fails, so a failed step leaves the host as it was.
 */
public final class HostSetup {
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})%");

    private final CommandRunner runner;
    private final Privilege privilege;
    private final PotService service;
    private final Clock clock;

    public HostSetup(CommandRunner runner, Privilege privilege, Clock clock) {
        this.runner = runner;
        this.privilege = privilege;
        this.service = new PotService(runner, privilege, clock);
        this.clock = clock;
    }

    /** Setup on the host behind {@code service}, through the same transport and privilege mode. */
    public static HostSetup of(PotService service, Clock clock) {
        return new HostSetup(service.runner(), service.privilege(), clock);
    }

    public SetupReport probe(Cancellation cancellation) {
        SetupProbe probe = SetupProbe.create();
        CapturingListener out = new CapturingListener(ExecListener.NONE, 100_000);
        ExecResult result = runner.run(ExecRequest.script(probe.script()).withCancellation(cancellation), out);
        if (result.exitCode() != 0) {
            throw new SetupFailedException(
                    "The setup probe failed (exit " + result.exitCode() + "): " + String.join(" ", out.stderr()));
        }
        return probe.parse(out.stdout());
    }

    /** The step as a job: its actions, then a fresh probe that must show the step done. */
    public Job<SetupReport> job(SetupStep step, SetupReport before, SetupInputs inputs) {
        List<SetupAction> actions = step.actions(before, inputs);
        return ctx -> {
            WrittenConf written = null;
            try {
                for (int i = 0; i < actions.size(); i++) {
                    ctx.units(i, actions.size());
                    ctx.phase(actions.get(i).display().lines().findFirst().orElse(""));
                    WrittenConf w = run(actions.get(i), ctx);
                    written = w != null ? w : written;
                }
                ctx.units(actions.size(), actions.size());
                SetupReport after = probe(ctx.cancellation());
                check(step, after, inputs);
                return after;
            } catch (RuntimeException e) {
                if (written != null) {
                    restore(written, ctx);
                }
                throw interrupted(step, e);
            }
        };
    }

    /** The pot.conf this job wrote, and where the old one was kept (absent when there was none). */
    private record WrittenConf(String path, Optional<String> backup) {}

    private WrittenConf run(SetupAction action, JobContext ctx) {
        if (action instanceof SetupAction.Pot p) {
            service.execute(p.command(), progress(ctx), ctx.cancellation());
            return null;
        }
        if (action instanceof SetupAction.Host h) {
            runRoot(
                    new ExecRequest(h.argv(), Optional.empty(), new byte[0], true, privilege, ctx.cancellation()),
                    h.display(),
                    ctx);
            return null;
        }
        SetupAction.WriteConf w = (SetupAction.WriteConf) action;
        String backup = PotConfWriter.backupPath(w.path(), clock.instant());
        CapturingListener out =
                runRoot(script(PotConfWriter.writeScript(w.path(), backup, w.text()), ctx), "write " + w.path(), ctx);
        boolean kept = out.stdout().stream().anyMatch(l -> l.equals("kept " + backup));
        return new WrittenConf(w.path(), kept ? Optional.of(backup) : Optional.empty());
    }

    private void restore(WrittenConf w, JobContext ctx) {
        ctx.phase("restore " + w.path() + w.backup().map(b -> " from " + b).orElse(""));
        runRoot(script(PotConfWriter.restoreScript(w.path(), w.backup()), ctx), "restore " + w.path(), ctx);
    }

    private ExecRequest script(String text, JobContext ctx) {
        return new ExecRequest(List.of(), Optional.of(text), new byte[0], true, privilege, ctx.cancellation());
    }

    private CapturingListener runRoot(ExecRequest request, String what, JobContext ctx) {
        CapturingListener out = new CapturingListener(ctx.execListener(), 10_000);
        ExecResult result = runner.run(request, out);
        if (result.exitCode() != 0) {
            List<String> said = out.stderr().isEmpty() ? out.stdout() : out.stderr();
            throw new SetupFailedException(what + " failed (exit " + result.exitCode() + ")"
                    + (said.isEmpty() ? "" : ": " + String.join("\n", said)));
        }
        return out;
    }

    /** Output lines to the job, and a percentage in them (fetch's progress) as its progress. */
    private static ExecListener progress(JobContext ctx) {
        ExecListener lines = ctx.execListener();
        return new ExecListener() {
            @Override
            public void stdoutLine(String line) {
                lines.stdoutLine(line);
                percent(line);
            }

            @Override
            public void stderrLine(String line) {
                lines.stderrLine(line);
                percent(line);
            }

            private void percent(String line) {
                Matcher m = PERCENT.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) <= 100) {
                    ctx.bytes(Integer.parseInt(m.group(1)), 100);
                }
            }
        };
    }

    private static void check(SetupStep step, SetupReport after, SetupInputs inputs) {
        if (step == SetupStep.POT_CONF && !after.conf().equals(inputs.conf())) {
            throw new SetupFailedException("pot.conf was written, but pot now reads "
                    + after.conf().values() + " instead of " + inputs.conf().values());
        }
        // The racct line only takes effect after a reboot: the step is done when the line is there.
        if (step != SetupStep.KERNEL && !step.done(after)) {
            throw new SetupFailedException(step.title() + ": the commands ran, but the host does not show it done: "
                    + step.explanation(after));
        }
    }

    private static RuntimeException interrupted(SetupStep step, RuntimeException e) {
        if (e instanceof ExecFailedException && !(e instanceof SetupFailedException)) {
            return new SetupFailedException(
                    "The connection was lost during " + step.title() + " (" + e.getMessage()
                            + "). Run the step again to resume: it checks the host first and does only what is missing.",
                    true,
                    e);
        }
        return e;
    }
}
