package potconsole.engine.doctor;

import java.time.Instant;

/** One {@code pot get-rss -J} reading of a pot: resident memory and swap in bytes, CPU in percent. */
public record UsageSample(Instant at, long rssBytes, long swapBytes, double cpuPercent) {}
