package org.resulta.exchange.iati;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IatiValueTests {

    @ParameterizedTest(name = "{0} reads as {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "12                 | 12        | ",
            "8.90               | 8.90      | ",
            "20,000             | 20000     | ",
            "£3,500,000         | 3500000   | GBP",
            "€ 1 250            | 1250      | EUR",
            "$41.1              | 41.1      | USD",
            "GBP 700            | 700       | GBP",
            "45%                | 45        | ",
            "-£5                | -5        | GBP",
    })
    void readsMessyNumbers(String raw, String number, String currency) {
        IatiValue value = IatiValue.of(raw, null);

        assertThat(value.number()).isEqualByComparingTo(number);
        assertThat(value.currency()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "{0} is text")
    @CsvSource(delimiter = '|', value = {
            "As at Appraisal",
            "$0 savings in compliance costs",
            "25% verifiable achievement of govt. CAPEX commitment",
            "3,5",
            "1,00,000",
    })
    void keepsTextThatIsNotANumber(String raw) {
        IatiValue value = IatiValue.of(raw, null);

        assertThat(value.isNumber()).isFalse();
        assertThat(value.raw()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "$ with default currency {0} is {1}")
    @CsvSource({"CAD, CAD", "GBP, USD", ", USD"})
    void readsTheDollarSignInTheActivityCurrency(String defaultCurrency, String expected) {
        assertThat(IatiValue.of("$10", defaultCurrency).currency()).isEqualTo(expected);
    }
}
