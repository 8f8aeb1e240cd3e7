package potconsole.ssh;

/** Byte progress of a file transfer; {@code total} is -1 when unknown. */
@FunctionalInterface
public interface TransferListener {
    TransferListener NONE = (done, total) -> {};

    void progress(long done, long total);
}
