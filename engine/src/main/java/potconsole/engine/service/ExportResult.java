package potconsole.engine.service;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A finished host export: the {@code .xz} file on the host, the snapshot pot exported, the compressed size and the
 * {@code zfs send -nP} estimate of the stream it came from.
 */
public record ExportResult(String file, Optional<String> snapshot, long compressedBytes, OptionalLong streamEstimate) {}
