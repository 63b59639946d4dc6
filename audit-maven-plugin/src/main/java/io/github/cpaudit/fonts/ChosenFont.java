package io.github.cpaudit.fonts;

import java.nio.file.Path;

/**
 * A font file chosen for a role of the PDF, checked to be TrueType.
 *
 * @param file          the .ttf or .ttc file, absolute
 * @param collection    whether {@code file} is a collection, of which {@code faceIndex} is used
 * @param faceIndex     the face within a collection (0 for a single font)
 * @param faceName      the face's full name, e.g. {@code SimSun}
 * @param installedName the Chinese name it was looked up by ({@code 仿宋}), or {@code null} for a path
 */
record ChosenFont(Path file, boolean collection, int faceIndex, String faceName, String installedName) {

    /** For the theme's font catalog: the file, with {@code #index} for a face of a collection. */
    String catalogPath() {
        return file + (collection ? "#" + faceIndex : "");
    }

    /** For the charts ({@code audit-chart-font}): the file, with {@code #FaceName} for a collection. */
    String chartPath() {
        return file + (collection ? "#" + faceName : "");
    }

    /** For the build log: "仿宋（C:\Windows\Fonts\simfang.ttf）", "SimSun（/p/src/fonts/simsun.ttc#SimSun）". */
    String logText() {
        return (installedName != null ? installedName : faceName) + "（" + chartPath() + "）";
    }

    /** For the PDF itself, without the machine's folders: "仿宋 FangSong（simfang.ttf）". */
    String recordText() {
        String fileName = file.getFileName() + (collection ? "#" + faceName : "");
        return (installedName != null ? installedName + " " : "") + faceName + "（" + fileName + "）";
    }
}
