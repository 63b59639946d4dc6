package io.github.cpaudit.calc;

import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.EquipmentItem;
import io.github.cpaudit.model.Material;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Collects the findings of worksheets 2-3 and 2-6: processes, equipment and products of the
 * industrial policy's 淘汰 or 限制 class, and toxic materials without a substitution plan.
 */
final class Findings {

    static final String PHASED_OUT = "淘汰";
    static final String RESTRICTED = "限制";

    private Findings() {
    }

    /** Equipment findings in the data's order, then material findings in the data's order. */
    static List<Finding> collect(List<Enterprise> enterprises, List<EquipmentItem> equipment,
            List<Material> materials) {
        Map<String, String> names = enterprises.stream()
                .collect(Collectors.toMap(Enterprise::id, Enterprise::name, (a, b) -> a));
        Function<String, String> name = id -> names.getOrDefault(id, id);
        List<Finding> findings = new ArrayList<>();
        for (EquipmentItem item : equipment) {
            if (PHASED_OUT.equals(item.policyClass()) || RESTRICTED.equals(item.policyClass())) {
                findings.add(new Finding(item.enterprise(), item.policyClass() + "类", name.apply(item.enterprise())
                        + "的" + item.object() + "“" + item.name() + "”属产业政策" + item.policyClass() + "类",
                        item.source()));
            }
        }
        for (Material material : materials) {
            if (material.toxic() && material.substitution().isBlank()) {
                findings.add(new Finding(material.enterprise(), "有毒有害原料无替代计划", name.apply(material.enterprise())
                        + "使用有毒有害原料“" + material.name() + "”，没有替代计划", material.source()));
            }
        }
        return findings;
    }
}
