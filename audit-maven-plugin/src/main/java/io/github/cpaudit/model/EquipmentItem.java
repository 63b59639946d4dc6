package io.github.cpaudit.model;

/**
 * A process, piece of equipment or product of an enterprise and its industrial-policy class
 * (worksheet 2-6).
 *
 * @param enterprise  the enterprise id
 * @param process     工序, or an empty string
 * @param object      工艺, 设备 or 产品
 * @param name        e.g. 氰化镀锌
 * @param policyClass 鼓励, 允许, 限制 or 淘汰
 * @param source      the row
 */
public record EquipmentItem(String enterprise, String process, String object, String name, String policyClass,
        Source source) {
}
