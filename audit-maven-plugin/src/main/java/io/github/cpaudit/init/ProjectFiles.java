package io.github.cpaudit.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The texts of the files {@code audit:init} writes from the writer's answers: {@code pom.xml} and
 * {@code audit.yaml} from their templates ({@code cpaudit/init/*.tmpl}, placeholders {@code {{name}}}),
 * and {@code .gitignore}.
 */
final class ProjectFiles {

    private ProjectFiles() {
    }

    static String pom(ScaffoldRequest request) {
        Map<String, String> values = common(request);
        values.put("groupId", request.groupId());
        values.put("artifactId", request.artifactId());
        values.put("pluginVersion", request.pluginVersion());
        values.put("region", orBlank(request.region(), "〈地区〉"));
        values.put("industry", orBlank(request.industry(), "〈行业〉"));
        return fill("pom.xml.tmpl", values);
    }

    static String auditYaml(ScaffoldRequest request) {
        return fill("audit.yaml.tmpl", common(request));
    }

    /**
     * JVM options for every {@code mvn} run in the project (read by Maven from {@code .mvn/}): the
     * serial collector, measured faster and leaner for a publish on two cores than G1 or the parallel
     * collector; not the client compiler alone, which halves an HTML draft but slows a PDF by 40 %
     * (README, 性能基准). No comments: Maven before 3.9 would pass them to java.
     */
    static String jvmConfig() {
        return "-XX:+UseSerialGC\n";
    }

    static String gitignore() {
        return "# 构建输出（发布的 HTML、PDF 和检查结果）\ntarget/\n";
    }

    private static Map<String, String> common(ScaffoldRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("industry", orBlank(request.industry(), "待填写"));
        values.put("industryCode", orBlank(request.industryCode(), "待填写"));
        values.put("region", orBlank(request.region(), "待填写"));
        values.put("baselineYear", String.valueOf(request.baselineYear() != null ? request.baselineYear()
                : Year.now().getValue() - 1));
        return values;
    }

    private static String fill(String template, Map<String, String> values) {
        String text;
        try (InputStream in = ProjectFiles.class.getClassLoader().getResourceAsStream("cpaudit/init/" + template)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return text;
    }

    private static String orBlank(String value, String blank) {
        return value == null || value.isBlank() ? blank : value.strip();
    }
}
