package io.github.cpaudit.fonts;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Chinese fonts installed on the writer's machine, found by their usual file names in the usual
 * font folders of Windows, macOS and Linux (typesetting.md). Only TrueType files are listed; the
 * caller still checks each file it gets, and skips one that turns out to be CFF.
 */
public final class InstalledFonts {

    /**
     * Per Chinese name, the files to try in order: Windows' own (also what writers copy elsewhere),
     * Office's 华文 fonts, then TrueType equivalents of macOS and Linux (AR PL, WenQuanYi).
     * A collection names its face after {@code #}.
     */
    static final Map<String, List<String>> CANDIDATES = candidates();

    /** How deep to look below a font folder (Linux keeps fonts in per-package subfolders). */
    private static final int MAX_DEPTH = 6;

    private final List<Path> folders;
    private Map<String, Path> filesByName;

    /** Looks in {@code folders} (tests pass their own, never the machine's). */
    public InstalledFonts(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The font folders of this machine that exist. */
    public static InstalledFonts ofThisMachine() {
        String home = System.getProperty("user.home", "");
        List<Path> folders = new ArrayList<>();
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            folders.add(Path.of(windows, "Fonts"));
        }
        String localAppData = System.getenv("LOCALAPPDATA");
        if (localAppData != null) {
            folders.add(Path.of(localAppData, "Microsoft", "Windows", "Fonts"));
        }
        for (String folder : List.of("/System/Library/Fonts", "/Library/Fonts", "/usr/share/fonts", "/usr/local/share/fonts")) {
            folders.add(Path.of(folder));
        }
        if (!home.isEmpty()) {
            for (String folder : List.of("Library/Fonts", ".fonts", ".local/share/fonts")) {
                folders.add(Path.of(home, folder));
            }
        }
        return new InstalledFonts(folders.stream().filter(Files::isDirectory).toList());
    }

    static boolean knows(String name) {
        return CANDIDATES.containsKey(name);
    }

    /** The folders looked in, for messages. */
    List<Path> folders() {
        return folders;
    }

    /**
     * The installed files for {@code name} in the order of {@link #CANDIDATES}, each with the face
     * suffix of its candidate ({@code …/simsun.ttc#SimSun}).
     */
    List<String> find(String name) {
        Map<String, Path> files = files();
        List<String> found = new ArrayList<>();
        for (String candidate : CANDIDATES.getOrDefault(name, List.of())) {
            int hash = candidate.indexOf('#');
            String fileName = hash < 0 ? candidate : candidate.substring(0, hash);
            Path file = files.get(fileName.toLowerCase(Locale.ROOT));
            if (file != null) {
                found.add(file + (hash < 0 ? "" : candidate.substring(hash)));
            }
        }
        return found;
    }

    /** The candidates' file names, for the message when none is installed. */
    static List<String> fileNames(String name) {
        return CANDIDATES.getOrDefault(name, List.of()).stream()
                .map(candidate -> candidate.contains("#") ? candidate.substring(0, candidate.indexOf('#')) : candidate)
                .toList();
    }

    private Map<String, Path> files() {
        if (filesByName == null) {
            // one walk per build: every candidate name is looked up in it
            Set<String> wanted = new java.util.HashSet<>();
            CANDIDATES.values().forEach(list -> list.forEach(c -> wanted.add(
                    (c.contains("#") ? c.substring(0, c.indexOf('#')) : c).toLowerCase(Locale.ROOT))));
            Map<String, Path> files = new HashMap<>();
            for (Path folder : folders) {
                try {
                    Files.walkFileTree(folder, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            String key = file.getFileName().toString().toLowerCase(Locale.ROOT);
                            if (wanted.contains(key)) {
                                files.putIfAbsent(key, file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE; // an unreadable folder holds nothing we can use
                        }
                    });
                } catch (IOException e) {
                    // as above: nothing usable there
                }
            }
            filesByName = files;
        }
        return filesByName;
    }

    private static Map<String, List<String>> candidates() {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        candidates.put("仿宋", List.of("simfang.ttf", "STFANGSO.TTF"));
        candidates.put("黑体", List.of("simhei.ttf", "STHeiti Light.ttc#Heiti SC", "wqy-zenhei.ttc#WenQuanYi Zen Hei"));
        candidates.put("宋体", List.of("simsun.ttc#SimSun", "STSONG.TTF", "Songti.ttc#STSong", "uming.ttc#AR PL UMing CN"));
        candidates.put("楷体", List.of("simkai.ttf", "STKAITI.TTF", "Kaiti.ttc#STKaiti", "ukai.ttc#AR PL UKai CN"));
        candidates.put("微软雅黑", List.of("msyh.ttc#Microsoft YaHei", "msyh.ttf"));
        return Collections.unmodifiableMap(candidates);
    }
}
