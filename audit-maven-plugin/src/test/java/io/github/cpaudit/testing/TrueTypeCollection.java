package io.github.cpaudit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a TrueType collection (.ttc) from single font files, for tests that need one: the
 * machine's collections are CFF or absent, and none is published on Maven Central.
 *
 * <p>A collection is a {@code ttcf} header (tag, version 1.0, the number of fonts, then each font's
 * offset from the start of the file) followed by the fonts. Each font is copied whole, 4-byte
 * aligned; in a collection the table offsets of a font's table directory count from the start of
 * the file, so each is moved by where its font landed. Tables are not shared between the fonts, and
 * checksums stay valid because no table changes.
 */
public final class TrueTypeCollection {

    private TrueTypeCollection() {
    }

    /** Writes {@code fonts} (single .ttf or .otf files, in this order) as one collection to {@code target}. */
    public static Path write(Path target, List<byte[]> fonts) {
        int header = 12 + 4 * fonts.size();
        List<Integer> offsets = new ArrayList<>();
        int size = align(header);
        for (byte[] font : fonts) {
            offsets.add(size);
            size = align(size + font.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(0x74746366); // 'ttcf'
        out.putInt(0x00010000); // version 1.0: no digital signature fields
        out.putInt(fonts.size());
        offsets.forEach(out::putInt);
        for (int i = 0; i < fonts.size(); i++) {
            int start = offsets.get(i);
            out.put(start, fonts.get(i));
            int tables = out.getShort(start + 4) & 0xFFFF;
            for (int t = 0; t < tables; t++) {
                int offsetField = start + 12 + 16 * t + 8;
                out.putInt(offsetField, out.getInt(offsetField) + start);
            }
        }
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, out.array());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A font file of the ph-fonts jar ({@code NotoSansSC-Light.ttf} …), the toolkit's own TrueType fonts. */
    public static byte[] notoSansSc(String fileName) {
        try (var in = TrueTypeCollection.class.getClassLoader().getResourceAsStream("fonts/ttf/NotoSansSC/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + fileName);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int align(int offset) {
        return (offset + 3) & ~3;
    }
}
