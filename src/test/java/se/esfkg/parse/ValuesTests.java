package se.esfkg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.esfkg.problem.PageRejectedException;
import se.esfkg.problem.SourceLocation;

class ValuesTests {

    private final SourceLocation at = new SourceLocation("p.txt", 11, "Beviljat ESF-stöd");

    @Test
    void amountsWithNoBreakSpacesAndKronor() {
        assertThat(Values.amount("2\u00A0774\u00A0340 kr", at)).isEqualByComparingTo("2774340");
        assertThat(Values.amount("24 870 000", at)).isEqualByComparingTo("24870000");
        assertThat(Values.amount("221 114 kr", at)).isEqualTo(new BigDecimal("221114"));
    }

    @Test
    void malformedAmountNamesValueAndPlace() {
        assertThatThrownBy(() -> Values.amount("2 77x 340 kr", at))
                .isInstanceOf(PageRejectedException.class)
                .hasMessage("malformed amount \"2 77x 340 kr\" [p.txt:11, Beviljat ESF-stöd]");
    }

    @Test
    void periodsOfEveryLayout() {
        assertThat(Values.period("2014-01-02 till 2014-12-31", at))
                .isEqualTo(new Values.Period(LocalDate.of(2014, 1, 2), LocalDate.of(2014, 12, 31)));
        assertThat(Values.period("2017-02-01-2019-12-31", at).end()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(Values.period("2023-09-01 - 2026-08-31", at).start()).isEqualTo(LocalDate.of(2023, 9, 1));
    }

    @Test
    void impossibleDateAndReversedPeriodAreRefused() {
        assertThatThrownBy(() -> Values.period("2014-13-02 till 2014-12-31", at))
                .hasMessageStartingWith("bad date \"2014-13-02\"");
        assertThatThrownBy(() -> Values.period("2014-12-31 till 2014-01-01", at))
                .hasMessageStartingWith("period ends before it starts");
        assertThatThrownBy(() -> Values.period("januari 2014", at))
                .hasMessageStartingWith("malformed period");
    }

    @Test
    void percentages() {
        assertThat(Values.percentage("50%", at)).isEqualByComparingTo("50");
        assertThat(Values.percentage("100 %", at)).isEqualByComparingTo("100");
        assertThatThrownBy(() -> Values.percentage("150%", at)).hasMessageStartingWith("percentage out of range");
    }
}
