package io.github.cpaudit.model;

import java.util.List;

/**
 * An enterprise of the audit (roster, worksheet 1-3).
 *
 * @param auditType        强制 or 自愿
 * @param auditReasons     the reasons of a mandatory audit (超标、超总量 …)
 * @param keyCarbonEmitter whether it is a key greenhouse-gas emitter (重点排放单位)
 */
public record Enterprise(String id, String name, String industryCode, String district, String park, String size,
        String auditType, List<String> auditReasons, boolean keyCarbonEmitter, Source source) {

    public Enterprise {
        auditReasons = List.copyOf(auditReasons);
        park = park == null ? "" : park;
    }
}
