package io.github.cpaudit.data;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecodingTest {

    private static final String TEXT = "企业编号,企业名称\nE01,江城华美电镀（集团）有限公司\n";

    @Test
    void tellsUtf8FromGb18030AndHonoursByteOrderMarks() throws Exception {
        assertThat(TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8)).orElseThrow().charset())
                .isEqualTo(StandardCharsets.UTF_8);
        TextDecoding.Decoded gb = TextDecoding.decode(TEXT.getBytes("GB18030")).orElseThrow();
        assertThat(gb.charset()).isEqualTo(TextDecoding.GB18030);
        assertThat(gb.text()).isEqualTo(TEXT);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A'};
        assertThat(TextDecoding.decode(bom).orElseThrow().text()).isEqualTo("A");
    }

    @Test
    void refusesBytesThatAreNeither() {
        assertThat(TextDecoding.decode(new byte[] {(byte) 0xFF, (byte) 0xFF, 0x41})).isEmpty();
    }
}
