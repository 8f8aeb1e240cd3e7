package potconsole.engine.job;

/** Receives what a job reports, on the job's thread. */
public interface JobListener {
    JobListener NONE = new JobListener() {};

    default void progress(JobProgress progress) {}

    /** One line of the command's output (pot's messages included), as it arrives. */
    default void output(String line, boolean stderr) {}
}
