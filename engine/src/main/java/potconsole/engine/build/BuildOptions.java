package potconsole.engine.build;

/**
 * How to run a build: keep the temporary pot when it fails ({@code --keep-on-failure}, like {@code pot create -k}),
 * the signing key's passphrase (empty for keys without one), the console's version for the manifest, the
 * compressing threads, and how often a running pot is polled while the checks wait for it to start.
 */
public record BuildOptions(
        boolean keepOnFailure, char[] passphrase, String consoleVersion, int threads, long pollMillis) {
    public static BuildOptions defaults(String consoleVersion) {
        return new BuildOptions(
                false, new char[0], consoleVersion, Runtime.getRuntime().availableProcessors(), 500);
    }

    public BuildOptions keepingOnFailure(boolean keep) {
        return new BuildOptions(keep, passphrase, consoleVersion, threads, pollMillis);
    }

    public BuildOptions withPollMillis(long millis) {
        return new BuildOptions(keepOnFailure, passphrase, consoleVersion, threads, millis);
    }

    public BuildOptions withPassphrase(char[] secret) {
        return new BuildOptions(keepOnFailure, secret, consoleVersion, threads, pollMillis);
    }
}
