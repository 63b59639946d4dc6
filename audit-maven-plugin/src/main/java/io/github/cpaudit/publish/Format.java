package io.github.cpaudit.publish;

import io.github.cpaudit.problem.AuditException;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * An output format of {@code audit:report}: its Asciidoctor backend and where its file lands. The
 * DOCX has no backend of its own: it is written from the HTML's parsed document ({@code docx}).
 */
public enum Format {
    HTML("html5", "html"),
    DOCX("html5", "docx"),
    PDF("pdf", "pdf");

    private final String backend;
    private final String folder;

    Format(String backend, String folder) {
        this.backend = backend;
        this.folder = folder;
    }

    public String backend() {
        return backend;
    }

    /** Folder under the output directory, also the name users write in {@code formats}. */
    public String folder() {
        return folder;
    }

    /** The file name of this format's output for a master document named {@code name.adoc}. */
    public String fileName(String documentBaseName) {
        return this == HTML ? "index.html" : documentBaseName + "." + folder;
    }

    /** Parses {@code "html,pdf"}; an unknown name is the writer's mistake, reported in Chinese. */
    public static Set<Format> parseList(String list) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String raw : list.split("[,\\s]+")) {
            if (raw.isBlank()) {
                continue;
            }
            String name = raw.trim().toLowerCase(Locale.ROOT);
            Format found = null;
            for (Format format : values()) {
                if (format.folder.equals(name)) {
                    found = format;
                }
            }
            if (found == null) {
                throw new AuditException("未知的输出格式（unknown format）：“" + raw.trim()
                        + "”。参数 formats（audit.formats）只接受 html、pdf、docx，用逗号分隔。");
            }
            formats.add(found);
        }
        if (formats.isEmpty()) {
            throw new AuditException("没有指定输出格式（no format）：参数 formats（audit.formats）应为 html、pdf、docx 中的一个或几个，用逗号分隔，如 html,pdf。");
        }
        return formats;
    }
}
