package io.github.cpaudit.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A TrueType font file (.ttf) or collection (.ttc), read just enough to choose and check a face: its
 * outline format (TrueType {@code glyf}, or CFF, which Prawn embeds broken), its names and its
 * character map. Only the table directory, {@code name} and {@code cmap} are looked at.
 */
final class FontFile {

    private static final int TRUETYPE = 0x00010000;
    private static final int TRUE = tag("true");
    private static final int OTTO = tag("OTTO");
    private static final int TTCF = tag("ttcf");

    /** The file is no TrueType font or collection (or is damaged). */
    static final class NotAFont extends Exception {
        private static final long serialVersionUID = 1L;

        NotAFont(String reason) {
            super(reason);
        }
    }

    private final boolean collection;
    private final List<Face> faces;

    private FontFile(boolean collection, List<Face> faces) {
        this.collection = collection;
        this.faces = List.copyOf(faces);
    }

    static FontFile read(Path file) throws IOException, NotAFont {
        // read, not mapped: a mapped file stays locked on Windows until the buffer is collected
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(file));
        try {
            if (data.limit() < 12) {
                throw new NotAFont("文件太短");
            }
            int tag = data.getInt(0);
            if (tag != TTCF) {
                return new FontFile(false, List.of(new Face(data, 0, 0)));
            }
            int count = data.getInt(8);
            if (count <= 0 || count > 1000) {
                throw new NotAFont("字体集合的字体数不对：" + count);
            }
            List<Face> faces = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                faces.add(new Face(data, i, data.getInt(12 + 4 * i)));
            }
            return new FontFile(true, faces);
        } catch (IndexOutOfBoundsException e) {
            throw new NotAFont("文件不完整或已损坏");
        }
    }

    /** A .ttc (or .otc) collection rather than a single font. */
    boolean collection() {
        return collection;
    }

    List<Face> faces() {
        return faces;
    }

    /** The face named {@code nameOrIndex} (any of its names, any language, or its index), or {@code null}. */
    Face face(String nameOrIndex) {
        String wanted = nameOrIndex.strip();
        if (wanted.matches("\\d{1,4}")) {
            int index = Integer.parseInt(wanted);
            return index < faces.size() ? faces.get(index) : null;
        }
        return faces.stream().filter(face -> face.isNamed(wanted)).findFirst().orElse(null);
    }

    /** Every face with its index, for messages: "#0 SimSun（宋体）、#1 NSimSun（新宋体）". */
    String faceList() {
        StringJoiner list = new StringJoiner("、");
        faces.forEach(face -> list.add("#" + face.index() + " " + face.label()));
        return list.toString();
    }

    /** One font of the file: a .ttf has one, a .ttc several. */
    static final class Face {

        private record Name(int id, int platform, int language, String text) { }

        private final ByteBuffer data;
        private final int index;
        private final boolean trueType;
        private final List<Name> names = new ArrayList<>();
        private int cmap = -1;
        private int cmapFormat;

        private Face(ByteBuffer data, int index, int offset) throws NotAFont {
            this.data = data;
            this.index = index;
            int version = data.getInt(offset);
            if (version != TRUETYPE && version != TRUE && version != OTTO) {
                throw new NotAFont("不是 TrueType 或 OpenType 字体（文件头为 " + tagText(version) + "）");
            }
            int tables = data.getShort(offset + 4) & 0xFFFF;
            boolean glyf = false;
            boolean cffTable = false;
            for (int i = 0; i < tables; i++) {
                int record = offset + 12 + 16 * i;
                String table = tagText(data.getInt(record));
                int tableOffset = data.getInt(record + 8);
                switch (table) {
                    case "glyf" -> glyf = true;
                    case "CFF ", "CFF2" -> cffTable = true;
                    case "name" -> readNames(tableOffset);
                    case "cmap" -> chooseCmap(tableOffset);
                    default -> {
                        // other tables do not matter for choosing a face
                    }
                }
            }
            trueType = version != OTTO && glyf && !cffTable;
        }

        int index() {
            return index;
        }

        /** TrueType ({@code glyf}) outlines; CFF (PostScript) ones Prawn 2.4 embeds broken (DESIGN.md). */
        boolean trueTypeOutlines() {
            return trueType;
        }

        /** The English full name ("SimSun"), else any full or family name, else {@code #index}. */
        String fullName() {
            String name = name(4, 3, 0x0409);
            if (name == null) {
                name = name(4, 1, 0);
            }
            if (name == null) {
                name = names.stream().filter(n -> n.id() == 4 || n.id() == 1).map(Name::text).findFirst().orElse(null);
            }
            return name == null ? "#" + index : name;
        }

        /** "SimSun（宋体）": the full name, with the Chinese one when the font has a different one. */
        String label() {
            String full = fullName();
            String chinese = name(4, 3, 0x0804);
            if (chinese == null) {
                chinese = name(1, 3, 0x0804);
            }
            return chinese == null || chinese.equals(full) ? full : full + "（" + chinese + "）";
        }

        /** True when {@code wanted} is one of its family, full, PostScript or preferred family names. */
        boolean isNamed(String wanted) {
            String key = wanted.toLowerCase(Locale.ROOT);
            return names.stream().anyMatch(n -> n.text().strip().toLowerCase(Locale.ROOT).equals(key));
        }

        /** Whether the character map gives {@code codePoint} a glyph. */
        boolean hasGlyph(int codePoint) {
            if (cmap < 0) {
                return false;
            }
            return cmapFormat == 12 ? glyphFormat12(codePoint) : glyphFormat4(codePoint);
        }

        private String name(int id, int platform, int language) {
            return names.stream().filter(n -> n.id() == id && n.platform() == platform && n.language() == language)
                    .map(Name::text).findFirst().orElse(null);
        }

        private void readNames(int table) {
            int count = data.getShort(table + 2) & 0xFFFF;
            int strings = table + (data.getShort(table + 4) & 0xFFFF);
            for (int i = 0; i < count; i++) {
                int record = table + 6 + 12 * i;
                int platform = data.getShort(record) & 0xFFFF;
                int encoding = data.getShort(record + 2) & 0xFFFF;
                int language = data.getShort(record + 4) & 0xFFFF;
                int id = data.getShort(record + 6) & 0xFFFF;
                if (id != 1 && id != 4 && id != 6 && id != 16) {
                    continue;
                }
                Charset charset = charset(platform, encoding);
                if (charset != null) {
                    byte[] bytes = new byte[data.getShort(record + 8) & 0xFFFF];
                    data.get(strings + (data.getShort(record + 10) & 0xFFFF), bytes);
                    String text = new String(bytes, charset).replace("\0", "");
                    if (!text.isBlank()) {
                        names.add(new Name(id, platform, language, text));
                    }
                }
            }
        }

        private static Charset charset(int platform, int encoding) {
            if (platform == 0 || (platform == 3 && (encoding == 0 || encoding == 1 || encoding == 10))) {
                return StandardCharsets.UTF_16BE;
            }
            if (platform == 1 && encoding == 0) {
                return StandardCharsets.ISO_8859_1; // Mac Roman: the names that matter are ASCII
            }
            return null;
        }

        /** The Unicode subtable: full range (format 12) first, then the BMP (format 4). */
        private void chooseCmap(int table) {
            int count = data.getShort(table + 2) & 0xFFFF;
            int best = Integer.MAX_VALUE;
            for (int i = 0; i < count; i++) {
                int record = table + 4 + 8 * i;
                int platform = data.getShort(record) & 0xFFFF;
                int encoding = data.getShort(record + 2) & 0xFFFF;
                int subtable = table + data.getInt(record + 4);
                int format = data.getShort(subtable) & 0xFFFF;
                boolean unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
                if (unicode && (format == 4 || format == 12)) {
                    int rank = format == 12 ? 0 : 1;
                    if (rank < best) {
                        best = rank;
                        cmap = subtable;
                        cmapFormat = format;
                    }
                }
            }
        }

        private boolean glyphFormat12(int codePoint) {
            long groups = data.getInt(cmap + 12) & 0xFFFFFFFFL;
            for (int i = 0; i < groups; i++) {
                int group = cmap + 16 + 12 * i;
                long start = data.getInt(group) & 0xFFFFFFFFL;
                long end = data.getInt(group + 4) & 0xFFFFFFFFL;
                if (codePoint >= start && codePoint <= end) {
                    return (data.getInt(group + 8) & 0xFFFFFFFFL) + (codePoint - start) != 0;
                }
            }
            return false;
        }

        private boolean glyphFormat4(int codePoint) {
            if (codePoint > 0xFFFF) {
                return false;
            }
            int segments2 = data.getShort(cmap + 6) & 0xFFFF;
            int ends = cmap + 14;
            int starts = ends + segments2 + 2;
            int deltas = starts + segments2;
            int rangeOffsets = deltas + segments2;
            for (int i = 0; i < segments2; i += 2) {
                int end = data.getShort(ends + i) & 0xFFFF;
                if (codePoint > end) {
                    continue;
                }
                int start = data.getShort(starts + i) & 0xFFFF;
                if (codePoint < start) {
                    return false;
                }
                int delta = data.getShort(deltas + i);
                int rangeOffset = data.getShort(rangeOffsets + i) & 0xFFFF;
                if (rangeOffset == 0) {
                    return ((codePoint + delta) & 0xFFFF) != 0;
                }
                int glyph = data.getShort(rangeOffsets + i + rangeOffset + 2 * (codePoint - start)) & 0xFFFF;
                return glyph != 0;
            }
            return false;
        }
    }

    private static int tag(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.wrap(bytes).getInt();
    }

    private static String tagText(int tag) {
        return new String(ByteBuffer.allocate(4).putInt(tag).array(), StandardCharsets.ISO_8859_1);
    }
}
