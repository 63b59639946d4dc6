package io.github.cpaudit;

import io.github.cpaudit.problem.AuditException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files the plugin puts into the machine-wide cache (fonts, themes): each is written under a
 * temporary name and moved into place, so an interrupted or concurrent build never leaves a
 * half-written file behind.
 */
public final class CacheFiles {

    private CacheFiles() {
    }

    /** Copies the plugin resource {@code resource} to {@code target}. */
    public static void extract(String resource, Path target) {
        try (InputStream in = open(resource)) {
            write(in, target);
        } catch (IOException e) {
            throw new AuditException("无法读取插件资源（resource unreadable）：" + resource, e);
        }
    }

    /** The bytes of the plugin resource {@code resource}. */
    public static byte[] read(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AuditException("无法读取插件资源（resource unreadable）：" + resource, e);
        }
    }

    /** Writes {@code in} to {@code target}: first to a temporary file beside it, then moved. */
    public static void write(InputStream in, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new AuditException("无法写入缓存目录（cache not writable）：" + target.getParent()
                    + "：" + e.getMessage() + "。可用参数 cacheDirectory（audit.cacheDirectory）换一个目录。", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = CacheFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new AuditException("插件缺少资源文件（missing resource）：" + resource
                    + "。插件安装不完整，请重新构建或安装 audit-maven-plugin。");
        }
        return in;
    }
}
