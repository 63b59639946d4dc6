package io.github.cpaudit.tables;

import io.github.cpaudit.catalog.RenderException;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.util.introspection.SecureUberspector;

/**
 * Prints a table's AsciiDoc from its Velocity template. One engine per instance (no static state);
 * the secure introspector keeps templates, which a project may override, from reaching classes or
 * the file system.
 */
public final class TableTemplates {

    private final TemplateResolver resolver;
    private final VelocityEngine engine;

    public TableTemplates(TemplateResolver resolver) {
        this.resolver = resolver;
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        this.engine = new VelocityEngine(properties);
        this.engine.init();
    }

    /**
     * The template's output.
     *
     * @throws RenderException when the template is missing or fails, naming the template file
     */
    public String render(String name, Map<String, Object> values) {
        TemplateResolver.Template template = resolver.find(name).orElseThrow(() -> new RenderException(
                "找不到表格模板（template not found）：" + name));
        VelocityContext context = new VelocityContext();
        values.forEach(context::put);
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(context, out, template.origin(), template.text());
        } catch (VelocityException e) {
            throw new RenderException("表格模板出错（template error）：" + template.origin() + "：" + e.getMessage());
        }
        return out.toString();
    }
}
