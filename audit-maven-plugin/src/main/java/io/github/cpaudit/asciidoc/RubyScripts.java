package io.github.cpaudit.asciidoc;

import io.github.cpaudit.problem.AuditException;
import java.io.IOException;
import java.io.InputStream;
import org.asciidoctor.Asciidoctor;

/** The toolkit's Ruby files (under {@code cpaudit/ruby/}), evaluated in an Asciidoctor instance's JRuby runtime. */
public final class RubyScripts {

    private RubyScripts() {
    }

    /** Evaluates the class-path resource {@code resource} in the runtime of {@code asciidoctor}. */
    public static void load(Asciidoctor asciidoctor, String resource) {
        try (InputStream in = RubyScripts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AuditException("插件缺少资源文件（missing resource）：" + resource);
            }
            asciidoctor.rubyExtensionRegistry().loadClass(in);
        } catch (IOException e) {
            throw new AuditException("无法读取插件资源（resource unreadable）：" + resource, e);
        }
    }
}
