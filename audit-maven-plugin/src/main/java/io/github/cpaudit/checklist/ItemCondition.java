package io.github.cpaudit.checklist;

import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * When a 条件必需 item of Appendix B is required, read from the data: a mandatory audit (roster
 * 审核类型 强制), a key greenhouse-gas emitter (roster 重点排放单位 是), an implemented option
 * (options 实施状态 已实施, for the enterprise or for 全体).
 */
enum ItemCondition {
    MANDATORY_AUDIT("强制审核企业") {
        @Override
        boolean holds(Enterprise enterprise, List<Option> options) {
            return enterprise.mandatoryAudit();
        }
    },
    KEY_CARBON_EMITTER("重点排放单位") {
        @Override
        boolean holds(Enterprise enterprise, List<Option> options) {
            return enterprise.keyCarbonEmitter();
        }
    },
    IMPLEMENTED_OPTION("已实施方案") {
        @Override
        boolean holds(Enterprise enterprise, List<Option> options) {
            return options.stream().anyMatch(option -> option.implemented() && option.appliesTo(enterprise.id()));
        }
    };

    private final String name;

    ItemCondition(String name) {
        this.name = name;
    }

    /** Whether the condition holds for the enterprise. */
    abstract boolean holds(Enterprise enterprise, List<Option> options);

    /** The condition the checklist names ({@code condition:} in checklist.yaml). */
    static Optional<ItemCondition> named(String name) {
        return Arrays.stream(values()).filter(condition -> condition.name.equals(name)).findFirst();
    }
}
