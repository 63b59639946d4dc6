package io.github.cpaudit.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Odd fonts of a few bytes each, for the font checks: a CFF OpenType font and a Latin TrueType font,
 * their tables just big enough for what the checks read.
 */
public final class TinyFonts {

    private TinyFonts() {
    }

    /** An OpenType font with CFF outlines: the 'OTTO' tag, a (dummy) CFF table and a name. */
    public static byte[] cffFont(String name) {
        Map<String, byte[]> tables = new LinkedHashMap<>();
        tables.put("CFF ", new byte[] {1, 0, 4, 4});
        tables.put("name", nameTable(name));
        return sfnt(0x4F54544F, tables);
    }

    /** A TrueType font whose character map knows only "A": no hanzi at all. */
    public static byte[] latinFont(String name) {
        ByteBuffer cmap = ByteBuffer.allocate(12 + 32);
        cmap.putShort((short) 0).putShort((short) 1).putShort((short) 3).putShort((short) 1).putInt(12);
        cmap.putShort((short) 4).putShort((short) 32).putShort((short) 0).putShort((short) 4) // format, length, language, 2 segments
                .putShort((short) 4).putShort((short) 1).putShort((short) 0) // search fields (unused)
                .putShort((short) 'A').putShort((short) 0xFFFF).putShort((short) 0) // end codes, pad
                .putShort((short) 'A').putShort((short) 0xFFFF) // start codes
                .putShort((short) (1 - 'A')).putShort((short) 1) // deltas: "A" is glyph 1
                .putShort((short) 0).putShort((short) 0); // range offsets
        Map<String, byte[]> tables = new LinkedHashMap<>();
        tables.put("cmap", cmap.array());
        tables.put("glyf", new byte[4]);
        tables.put("name", nameTable(name));
        return sfnt(0x00010000, tables);
    }

    /** A 'name' table with one full name (ID 4), Windows platform, English. */
    private static byte[] nameTable(String name) {
        byte[] text = name.getBytes(StandardCharsets.UTF_16BE);
        return ByteBuffer.allocate(18 + text.length)
                .putShort((short) 0).putShort((short) 1).putShort((short) 18)
                .putShort((short) 3).putShort((short) 1).putShort((short) 0x409).putShort((short) 4)
                .putShort((short) text.length).putShort((short) 0)
                .put(text).array();
    }

    private static byte[] sfnt(int version, Map<String, byte[]> tables) {
        int offset = 12 + 16 * tables.size();
        int size = offset + tables.values().stream().mapToInt(t -> (t.length + 3) & ~3).sum();
        ByteBuffer font = ByteBuffer.allocate(size);
        font.putInt(version).putShort((short) tables.size()).putShort((short) 0).putShort((short) 0).putShort((short) 0);
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            font.put(table.getKey().getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(offset).putInt(table.getValue().length);
            font.put(offset, table.getValue());
            offset += (table.getValue().length + 3) & ~3;
        }
        return font.array();
    }
}
