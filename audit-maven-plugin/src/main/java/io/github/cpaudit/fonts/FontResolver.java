package io.github.cpaudit.fonts;

import io.github.cpaudit.problem.AuditException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Turns the fonts a project asked for ({@link FontSettings}) into checked TrueType files: a path
 * relative to the project folder, a face of a collection ({@code simsun.ttc#SimSun}), or an installed
 * font by its Chinese name. A file that cannot work (missing, OTF/CFF, a collection without a face)
 * is an error naming the parameter; an installed font that is missing is a warning, and the theme's
 * font is used instead.
 */
public final class FontResolver {

    /** Common hanzi a report cannot do without; a font lacking them (a Latin font) is worth a warning. */
    static final String COMMON_HANZI = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工"
            + "也能下过子说产种面而方后多定行学法所民得经审核清洁企业能源排放污染报告表图";

    private final Path projectDir;
    private final InstalledFonts installed;
    private final Consumer<String> warnings;

    /**
     * @param projectDir what a font path is relative to
     * @param installed  where the Chinese names of installed fonts are looked up
     * @param warnings   where a warning goes (a missing installed font, a font without hanzi): the build log
     */
    public FontResolver(Path projectDir, InstalledFonts installed, Consumer<String> warnings) {
        this.projectDir = projectDir;
        this.installed = installed;
        this.warnings = warnings;
    }

    /**
     * @param themeFonts what a role without a font of its own uses, for messages: "Noto Sans SC" or
     *                   "主题 bureau-theme.yml 所定的字体"
     */
    public PdfFonts choose(FontSettings settings, String themeFonts) {
        Map<FontRole, ChosenFont> chosen = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            String value = settings.value(role);
            if (value == null) {
                continue;
            }
            Opened opened = InstalledFonts.knows(value) ? installed(role, value, themeFonts) : file(role, value);
            if (opened != null) {
                warnIfNoHanzi(role, opened);
                chosen.put(role, opened.font());
            }
        }
        return new PdfFonts(chosen, themeFonts);
    }

    private Opened installed(FontRole role, String name, String themeFonts) {
        List<String> skipped = new ArrayList<>();
        for (String candidate : installed.find(name)) {
            FileAndFace spec = FileAndFace.parse(candidate, projectDir);
            try {
                Opened opened = open(spec.file(), spec.face());
                ChosenFont font = opened.font();
                return new Opened(new ChosenFont(font.file(), font.collection(), font.faceIndex(), font.faceName(), name),
                        opened.face());
            } catch (UnusableFont e) {
                skipped.add(spec.file() + e.detail());
            }
        }
        String where = installed.folders().isEmpty() ? "本机没有找到字体目录，"
                : "在 " + installed.folders().stream().map(Path::toString).collect(Collectors.joining("、")) + " 中";
        String files = String.join("、", InstalledFonts.fileNames(name));
        String found = skipped.isEmpty() ? "找不到 " + files : "找到的 " + String.join("；", skipped) + "，其他（" + files + "）找不到";
        warnings.accept("未找到已安装的字体 " + name + "（font not installed）：" + where + found + "；" + role.label() + "改用 "
                + themeFonts + "。可把字体文件复制到项目中（如 src/fonts/），用" + role.parameterText() + "指向它。");
        return null;
    }

    private Opened file(FontRole role, String value) {
        FileAndFace spec = FileAndFace.parse(value, projectDir);
        if (!Files.isRegularFile(spec.file())) {
            String hint = value.contains("/") || value.contains("\\") || value.contains(".") ? ""
                    : "；它也不是已知的已安装字体名称（" + String.join("、", InstalledFonts.CANDIDATES.keySet()) + "）";
            throw new AuditException("找不到字体文件（font not found）：" + role.parameterText() + "为“" + value + "”，即 "
                    + spec.file() + hint + "。路径相对于项目目录，也可写已安装字体的名称，如 仿宋、黑体、宋体。");
        }
        try {
            return open(spec.file(), spec.face());
        } catch (UnusableFont e) {
            throw new AuditException(e.message(role.parameterText() + "为“" + value + "”，即 " + spec.file()) + "。");
        }
    }

    /** The checked face of {@code file}: TrueType outlines, and for a collection the face asked for. */
    private static Opened open(Path file, String face) throws UnusableFont {
        FontFile font = UnusableFont.read(file);
        FontFile.Face chosen;
        if (font.collection()) {
            if (face == null) {
                throw new UnusableFont("font collection needs a face", "，是字体集合（.ttc），须在路径后写 #名称 或 #序号指明用其中哪个字体，例如 "
                        + file.getFileName() + "#" + font.faces().get(0).fullName() + "。其中的字体为：" + font.faceList());
            }
            chosen = font.face(face);
            if (chosen == null) {
                throw new UnusableFont("face not found", "，其中没有字体“" + face + "”。其中的字体为：" + font.faceList());
            }
        } else {
            chosen = font.faces().get(0);
        }
        if (!chosen.trueTypeOutlines()) {
            throw new UnusableFont("OTF/CFF font", (font.collection() ? " 中的 " + chosen.fullName() : "")
                    + "，是 CFF（PostScript）轮廓的 OpenType 字体：Prawn 嵌入这种字体后，PDF 中的字会显示错误。"
                    + "请改用同一字体的 TrueType 版本（.ttf，或 TrueType 轮廓的 .ttc）");
        }
        return new Opened(new ChosenFont(file, font.collection(), chosen.index(), chosen.fullName(), null), chosen);
    }

    private void warnIfNoHanzi(FontRole role, Opened opened) {
        FontFile.Face face = opened.face();
        ChosenFont font = opened.font();
        StringJoiner missing = new StringJoiner("");
        int count = 0;
        for (int i = 0; i < COMMON_HANZI.length(); i++) {
            char c = COMMON_HANZI.charAt(i);
            if (!face.hasGlyph(c)) {
                count++;
                if (count <= 5) {
                    missing.add(String.valueOf(c));
                }
            }
        }
        if (count > 0) {
            warnings.accept("字体缺少常用汉字（missing CJK glyphs）：" + role.parameterText() + "的 " + font.logText() + "缺少 "
                    + COMMON_HANZI.length() + " 个常用汉字中的 " + count + " 个（如“" + missing + "”），"
                    + "这些字在 PDF 中会印成空白方框。请换一个中文字体。");
        }
    }

    /** A chosen font with the face read from its file. */
    private record Opened(ChosenFont font, FontFile.Face face) { }

    /** A font value split into its file and, for a collection, the face after {@code #}. */
    private record FileAndFace(Path file, String face) {
        static FileAndFace parse(String value, Path base) {
            int hash = value.lastIndexOf('#');
            if (hash > 0) {
                String path = value.substring(0, hash);
                String lower = path.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".ttc") || lower.endsWith(".otc")) {
                    return new FileAndFace(base.resolve(path).normalize(), value.substring(hash + 1));
                }
            }
            return new FileAndFace(base.resolve(value).normalize(), null);
        }
    }
}
