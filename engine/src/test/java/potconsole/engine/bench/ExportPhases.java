package potconsole.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;

/**
 * Where one end-to-end export's time goes: the job's phases as it reports them, the stream's first and last byte,
 * the time the receiving thread spends inside the image sink (compress, hash, write) against waiting for the pipe,
 * and the CPU this process and its children used.
 */
final class ExportPhases implements JobListener {
    private final long start = System.nanoTime();
    private final Cpu cpuAtStart = Cpu.read();
    private final double jvmAtStart = Cpu.jvmThreads();
    private final List<String> phases = new ArrayList<>();
    private final List<Long> phaseTimes = new ArrayList<>();
    private long firstByte;
    private long lastByte;
    private long inSink;
    private double receiverCpuAtStart = -1;
    private double receiverCpu;

    @Override
    public synchronized void progress(JobProgress progress) {
        if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(progress.phase())) {
            phases.add(progress.phase());
            phaseTimes.add(System.nanoTime());
        }
    }

    /** The stream's listener, timed: every chunk's time in the sink is summed. */
    ExecListener timing(ExecListener delegate) {
        return new ExecListener() {
            @Override
            public void stdoutBytes(byte[] buffer, int offset, int length) {
                long before = System.nanoTime();
                delegate.stdoutBytes(buffer, offset, length);
                long after = System.nanoTime();
                double cpu = Cpu.thisThread();
                synchronized (ExportPhases.this) {
                    receiverCpuAtStart = receiverCpuAtStart < 0 ? cpu : receiverCpuAtStart;
                    receiverCpu = cpu - receiverCpuAtStart;
                    firstByte = firstByte == 0 ? before : firstByte;
                    lastByte = after;
                    inSink += after - before;
                }
            }

            @Override
            public void stdoutLine(String line) {
                delegate.stdoutLine(line);
            }

            @Override
            public void stderrLine(String line) {
                delegate.stderrLine(line);
            }

            @Override
            public boolean binaryStdout() {
                return delegate.binaryStdout();
            }
        };
    }

    /** "setup 0.05 s, stream 26.1 s (in the sink 25.9 s), after the stream 0.9 s (of it phase X …)". */
    synchronized String summary() {
        long end = System.nanoTime();
        Cpu cpu = Cpu.read().minus(cpuAtStart);
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "setup %.2f s, stream %.2f s (in the sink %.2f s, waiting for the pipe %.2f s; the receiving thread's"
                        + " CPU %.2f s), after the last byte"
                        + " %.2f s; CPU %.2f s (this JVM, of it %.2f s its compiler and GC threads) + %.2f s (children)",
                seconds(firstByte - start),
                seconds(lastByte - firstByte),
                seconds(inSink),
                seconds(lastByte - firstByte - inSink),
                receiverCpu,
                seconds(end - lastByte),
                cpu.self,
                Cpu.jvmThreads() - jvmAtStart,
                cpu.children));
        for (int i = 0; i < phases.size(); i++) {
            long phaseEnd = i + 1 < phases.size() ? phaseTimes.get(i + 1) : end;
            text.append(String.format(
                    Locale.ROOT, "%n    %-32s %6.2f s", phases.get(i), seconds(phaseEnd - phaseTimes.get(i))));
        }
        return text.toString();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** User + system CPU seconds of this process and of its reaped children, from /proc/self/stat. */
    record Cpu(double self, double children) {
        private static final double TICKS = 100.0;

        static Cpu read() {
            try {
                String stat = Files.readString(Path.of("/proc/self/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // After the command name: state is field 3, utime 14, stime 15, cutime 16, cstime 17.
                return new Cpu(
                        (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS,
                        (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS);
            } catch (IOException e) {
                return new Cpu(0, 0);
            }
        }

        /** CPU seconds of the calling thread so far. */
        static double thisThread() {
            try {
                String stat = Files.readString(Path.of("/proc/thread-self/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
            } catch (IOException e) {
                return 0;
            }
        }

        /** CPU seconds of the JVM's own threads: the JIT compilers, the garbage collector, the VM thread. */
        static double jvmThreads() {
            double total = 0;
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : tasks.toList()) {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 ")
                            || name.startsWith("C2 ")
                            || name.startsWith("G1 ")
                            || name.startsWith("GC ")
                            || name.equals("VM Thread")) {
                        String[] fields =
                                stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
                    }
                }
            } catch (IOException e) {
                return 0; // a thread ended while listed
            }
            return total;
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(self - earlier.self, children - earlier.children);
        }
    }
}
