package io.github.cpaudit.fonts;

import java.io.IOException;
import java.nio.file.Path;

/** Why a font file cannot be used: the English key and the Chinese detail that follows the file's name. */
final class UnusableFont extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String detail;

    UnusableFont(String key, String detail) {
        super(key);
        this.key = key;
        this.detail = detail;
    }

    /** The file read, or why it is no TrueType font at all. */
    static FontFile read(Path file) throws UnusableFont {
        try {
            return FontFile.read(file);
        } catch (FontFile.NotAFont e) {
            throw new UnusableFont("not a TrueType font", "，不是 TrueType 字体文件：" + e.getMessage());
        } catch (IOException e) {
            throw new UnusableFont("font unreadable", "，无法读取：" + e.getMessage());
        }
    }

    /** "，不是 TrueType 字体文件：…": what follows the file in a message. */
    String detail() {
        return detail;
    }

    /** "字体不能使用（key）：{where}{detail}", {@code where} saying which value named the file. */
    String message(String where) {
        return "字体不能使用（" + key + "）：" + where + detail;
    }
}
