package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * An enterprise of the audit (roster, worksheet 1-3).
 *
 * @param auditType        强制 or 自愿
 * @param auditReasons     the reasons of a mandatory audit (超标、超总量 …)
 * @param keyCarbonEmitter whether it is a key greenhouse-gas emitter (重点排放单位)
 * @param outputValue      工业总产值 in 万元, or {@code null} when not reported
 * @param employees        从业人数, or {@code null} when not reported
 */
public record Enterprise(String id, String name, String industryCode, String district, String park, String size,
        String auditType, List<String> auditReasons, boolean keyCarbonEmitter, BigDecimal outputValue,
        Integer employees, Source source) {

    /** The audit type of an enterprise that must be audited (强制性清洁生产审核). */
    public static final String MANDATORY = "强制";
    /** The audit type of an enterprise audited of its own accord. */
    public static final String VOLUNTARY = "自愿";

    public Enterprise {
        auditReasons = List.copyOf(auditReasons);
        park = park == null ? "" : park;
    }

    /** Whether it must be audited (审核类型 强制). */
    public boolean mandatoryAudit() {
        return MANDATORY.equals(auditType);
    }
}
