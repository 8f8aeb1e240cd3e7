package potconsole.engine.exec;

/** A runner that can also give a command a pseudo-terminal (SSH with a PTY, the sandbox's simulated shell). */
public interface TtyRunner {
    Tty openTty(ExecRequest request, int columns, int rows);
}
