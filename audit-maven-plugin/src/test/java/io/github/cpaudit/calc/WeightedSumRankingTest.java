package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.calc.WeightedSumRanking.Candidate;
import io.github.cpaudit.calc.WeightedSumRanking.Factor;
import io.github.cpaudit.calc.WeightedSumRanking.Ranked;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeightedSumRankingTest {

    private static List<Factor> factors(String... weights) {
        return Arrays.stream(weights).map(w -> new Factor("因素" + w, new BigDecimal(w))).toList();
    }

    private static Candidate candidate(String name, String... scores) {
        return new Candidate(name, Arrays.stream(scores).map(BigDecimal::new).toList());
    }

    @Test
    void workedExampleYRanksFirst() {
        List<Ranked> ranked = WeightedSumRanking.rank(factors("10", "8"),
                List.of(candidate("X", "7", "5"), candidate("Y", "5", "9")));
        // X: 10·7 + 8·5 = 70 + 40 = 110; Y: 10·5 + 8·9 = 50 + 72 = 122 → Y first
        assertThat(ranked).extracting(r -> r.candidate().name()).containsExactly("Y", "X");
        assertThat(ranked.get(0).total()).isEqualByComparingTo("122");
        assertThat(ranked.get(1).total()).isEqualByComparingTo("110");
        assertThat(ranked.get(1).weighted()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(70), new BigDecimal(40));
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2);
    }

    @Test
    void tiesKeepInputOrderAndShareARank() {
        // A: 10·6 = 60; B: 10·8 = 80; C: 10·6 = 60; D: 10·6.0 = 60 → B, then A, C, D in input order
        List<Ranked> ranked = WeightedSumRanking.rank(factors("10"),
                List.of(candidate("A", "6"), candidate("B", "8"), candidate("C", "6"), candidate("D", "6.0")));
        assertThat(ranked).extracting(r -> r.candidate().name()).containsExactly("B", "A", "C", "D");
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, 2, 2);
    }

    @Test
    void scoresOutsideOneToTenOrOfTheWrongCountAreErrors() {
        assertThatThrownBy(() -> WeightedSumRanking.rank(factors("10", "8"), List.of(candidate("X", "11", "5"))))
                .isInstanceOf(AuditException.class).hasMessageContaining("备选项“X”在因素“因素10”上的得分 11 超出 1–10");
        assertThatThrownBy(() -> WeightedSumRanking.rank(factors("10", "8"), List.of(candidate("X", "5"))))
                .isInstanceOf(AuditException.class).hasMessageContaining("得分个数为 1");
    }
}
