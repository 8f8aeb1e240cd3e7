package potconsole.engine.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.zip.CRC32;

/** The container parts of the .xz format (tukaani xz-file-format 1.2.0) that xz-java does not expose. */
final class XzFormat {
    static final int HEADER_SIZE = 12;
    static final int FOOTER_SIZE = 12;
    static final int CHECK_CRC64 = 0x04;
    private static final byte[] HEADER_MAGIC = {(byte) 0xFD, '7', 'z', 'X', 'Z', 0};
    private static final byte[] FOOTER_MAGIC = {'Y', 'Z'};

    /** One block as the index records it. */
    record BlockRecord(long unpaddedSize, long uncompressedSize) {}

    private XzFormat() {}

    static byte[] streamHeader(int checkType) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        header.put(HEADER_MAGIC).put((byte) 0).put((byte) checkType);
        header.putInt((int) crc32(new byte[] {0, (byte) checkType}));
        return header.array();
    }

    /** The index followed by the stream footer. */
    static void writeIndexAndFooter(OutputStream out, List<BlockRecord> blocks, int checkType) throws IOException {
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        index.write(0);
        writeVarint(index, blocks.size());
        for (BlockRecord block : blocks) {
            writeVarint(index, block.unpaddedSize());
            writeVarint(index, block.uncompressedSize());
        }
        while (index.size() % 4 != 0) {
            index.write(0);
        }
        byte[] indexBytes = index.toByteArray();
        ByteBuffer crc = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        crc.putInt((int) crc32(indexBytes));
        out.write(indexBytes);
        out.write(crc.array());

        ByteBuffer tail = ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN);
        tail.putInt((indexBytes.length + 4) / 4 - 1).put((byte) 0).put((byte) checkType);
        ByteBuffer footer = ByteBuffer.allocate(FOOTER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        footer.putInt((int) crc32(tail.array())).put(tail.array()).put(FOOTER_MAGIC);
        out.write(footer.array());
    }

    /**
     * Splits a complete single-block stream into its block bytes (header, data, padding, check) and the
     * block's index record, by reading the stream's own index.
     */
    static SingleBlock splitSingleBlockStream(byte[] stream, int length) throws IOException {
        ByteBuffer footer =
                ByteBuffer.wrap(stream, length - FOOTER_SIZE, FOOTER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        footer.getInt();
        long indexSize = (Integer.toUnsignedLong(footer.getInt()) + 1) * 4;
        int indexStart = (int) (length - FOOTER_SIZE - indexSize);
        int[] position = {indexStart};
        if (stream[position[0]++] != 0 || readVarint(stream, position) != 1) {
            throw new IOException("xz encoder produced an unexpected index");
        }
        long unpadded = readVarint(stream, position);
        long uncompressed = readVarint(stream, position);
        return new SingleBlock(HEADER_SIZE, indexStart - HEADER_SIZE, new BlockRecord(unpadded, uncompressed));
    }

    /** Where a block lies inside the encoder's single-block stream. */
    record SingleBlock(int offset, int length, BlockRecord record) {}

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while (rest >= 0x80) {
            out.write((int) (rest | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    private static long readVarint(byte[] bytes, int[] position) {
        long value = 0;
        int shift = 0;
        int b;
        do {
            b = bytes[position[0]++] & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
