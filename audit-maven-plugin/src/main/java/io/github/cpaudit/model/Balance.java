package io.github.cpaudit.model;

import java.util.List;

/**
 * A material, pollutant-factor or water balance of an enterprise (worksheets 2-20, 2-21); every
 * entry is of one dimension.
 *
 * @param enterprise the enterprise id
 * @param subject    平衡对象, e.g. 镍
 * @param kind       物料, 污染因子 or 水
 * @param inputs     in the data's order
 * @param outputs    in the data's order
 */
public record Balance(String enterprise, String subject, String kind, List<Entry> inputs, List<Entry> outputs) {

    public Balance {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /**
     * One input or output.
     *
     * @param item     e.g. 镀层（产品）
     * @param quantity the amount
     * @param product  an output that goes into the product (counts for the utilisation)
     * @param source   the row
     */
    public record Entry(String item, Quantity quantity, boolean product, Source source) {
    }
}
