/**
 * Pot images: the {@code .xz}/{@code .meta}/{@code .skein}/{@code .skein.sig} quartet of pot-spec §5.1, a
 * block-parallel xz encoder, the Skein-1024 hash as FreeBSD {@code skein1024 -q} prints it, signify keys and
 * signatures, and verification. Pure Java; nothing here runs a command.
 */
package potconsole.engine.image;
