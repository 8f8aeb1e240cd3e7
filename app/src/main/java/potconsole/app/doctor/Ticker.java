package potconsole.app.doctor;

/** What makes a sampler tick while a view is open: a Timeline in the console ({@link FxTicker}), by hand in tests. */
public interface Ticker {
    /** Calls {@code tick} now and then every period until {@link #stop}. */
    void start(Runnable tick);

    void stop();
}
