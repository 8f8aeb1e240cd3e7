package potconsole.engine.image.xz;

import java.io.IOException;

/** liblzma refused or failed: its return code in words a person can act on. */
public final class LzmaException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int code;

    LzmaException(String doing, int code) {
        super("liblzma " + doing + " failed: " + describe(code));
        this.code = code;
    }

    public int code() {
        return code;
    }

    static String describe(int code) {
        return switch (code) {
            case 2 -> "the stream has no integrity check (LZMA_NO_CHECK)";
            case 3 -> "the stream's integrity check type is not supported (LZMA_UNSUPPORTED_CHECK)";
            case LzmaNative.LZMA_MEM_ERROR -> "out of memory (LZMA_MEM_ERROR)";
            case LzmaNative.LZMA_MEMLIMIT_ERROR -> "the memory limit is too low for this file (LZMA_MEMLIMIT_ERROR)";
            case 7 -> "not an .xz file (LZMA_FORMAT_ERROR)";
            case 8 -> "unsupported compression options (LZMA_OPTIONS_ERROR)";
            case 9 -> "a block or its check does not match (LZMA_DATA_ERROR)";
            case 10 -> "the file ends early (LZMA_BUF_ERROR)";
            case 11 -> "internal error in the caller or liblzma (LZMA_PROG_ERROR)";
            default -> "liblzma error " + code;
        };
    }
}
