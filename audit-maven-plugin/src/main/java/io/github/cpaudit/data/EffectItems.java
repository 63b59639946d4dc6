package io.github.cpaudit.data;

import io.github.cpaudit.model.Dimension;
import io.github.cpaudit.model.EnergyType;
import io.github.cpaudit.model.StandardCoalCoefficients;
import io.github.cpaudit.model.Unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an option effect's 项目 names (worksheet 3-1), and in which kind of unit it must be given:
 * an energy type (counted as tce and CO2), CO2 itself, a pollutant (the 3-1 pollutants or one of
 * the project's emissions or permits), 新鲜水, a material of the materials table, or 经济效益. Any
 * other name is refused rather than guessed: a saving that counts nowhere would silently vanish
 * from the roll-up.
 */
final class EffectItems {

    /** How an item counts. */
    enum Kind { ENERGY, CO2, POLLUTANT, OTHER }

    /**
     * A recognised item.
     *
     * @param kind       how it counts
     * @param name       the 3-1 name (COD for 化学需氧量), or the energy type's name
     * @param energyType the energy type, for {@link Kind#ENERGY}
     * @param dimensions the kinds of unit it may be given in
     */
    record Item(Kind kind, String name, EnergyType energyType, List<Dimension> dimensions) {

        /** The unit the roll-up counts the item in: t, m³, 万元, tCO2 …. */
        Unit rollUpUnit(Unit given) {
            return switch (given.dimension()) {
                case MASS -> kind == Kind.CO2 ? Unit.T_CO2 : Unit.T;
                case VOLUME -> Unit.M3;
                case MONEY -> Unit.WAN_YUAN;
                default -> Unit.parse(given.dimension().baseSymbol());
            };
        }
    }

    private static final Map<String, String> POLLUTANTS = new LinkedHashMap<>();
    private static final String WASTEWATER = "废水排放量";

    static {
        alias(WASTEWATER, "废水", "废水量");
        alias("COD", "CODcr", "化学需氧量");
        alias("氨氮", "NH3-N");
        alias("总氮");
        alias("总磷");
        alias("重金属");
        alias("SO2", "二氧化硫");
        alias("NOx", "氮氧化物");
        alias("颗粒物", "烟尘", "粉尘");
        alias("VOCs", "VOC", "挥发性有机物", "非甲烷总烃");
        alias("危险废物", "危废");
        alias("一般固废", "一般固体废物");
    }

    private static final Set<String> CO2 = Set.of("co2", "二氧化碳", "co₂");
    private static final Set<String> WATER = Set.of("新鲜水", "新鲜水量", "取水量");
    private static final Set<String> MONEY = Set.of("经济效益");

    private final Set<String> projectPollutants;
    private final Map<String, Dimension> materials;

    /**
     * @param projectPollutants the pollutants named in the project's emissions and permits
     * @param materials         the materials of the materials table and the kind of their units
     */
    EffectItems(Set<String> projectPollutants, Map<String, Dimension> materials) {
        this.projectPollutants = Set.copyOf(projectPollutants);
        this.materials = Map.copyOf(materials);
    }

    Optional<Item> classify(String text) {
        String key = text.strip();
        Optional<EnergyType> energy = EnergyType.find(key);
        if (energy.isPresent()) {
            EnergyType type = energy.get();
            // steam saved by mass has no enthalpy to count its CO2 by: it must be given as heat
            Dimension dimension = type == EnergyType.STEAM ? Dimension.ENERGY
                    : StandardCoalCoefficients.defaults().coefficient(type).orElseThrow().unit().dimension();
            return Optional.of(new Item(Kind.ENERGY, type.chinese(), type, List.of(dimension)));
        }
        String lower = key.toLowerCase(Locale.ROOT);
        if (CO2.contains(lower)) {
            return Optional.of(new Item(Kind.CO2, "CO2", null, List.of(Dimension.CO2, Dimension.MASS)));
        }
        if (WATER.contains(key)) {
            return Optional.of(new Item(Kind.OTHER, "新鲜水", null, List.of(Dimension.VOLUME)));
        }
        if (MONEY.contains(key)) {
            return Optional.of(new Item(Kind.OTHER, "经济效益", null, List.of(Dimension.MONEY)));
        }
        String pollutant = POLLUTANTS.get(lower);
        if (pollutant != null) {
            return Optional.of(new Item(Kind.POLLUTANT, pollutant, null,
                    List.of(pollutant.equals(WASTEWATER) ? Dimension.VOLUME : Dimension.MASS)));
        }
        if (projectPollutants.contains(key)) {
            return Optional.of(new Item(Kind.POLLUTANT, key, null, List.of(Dimension.MASS, Dimension.VOLUME)));
        }
        if (materials.containsKey(key)) {
            return Optional.of(new Item(Kind.OTHER, key, null, List.of(materials.get(key))));
        }
        return Optional.empty();
    }

    /** The names a writer may use, for the problem message. */
    static String expected() {
        return "能源品种（电力、天然气……）、CO2、污染物（" + String.join("、", POLLUTANTS.values().stream().distinct().toList())
                + "，或污染物排放表、排污许可表中的污染物）、新鲜水、原辅材料表中的材料或经济效益";
    }

    private static void alias(String name, String... aliases) {
        POLLUTANTS.put(name.toLowerCase(Locale.ROOT), name);
        for (String alias : aliases) {
            POLLUTANTS.put(alias.toLowerCase(Locale.ROOT), name);
        }
    }
}
