package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.model.LineIndex;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void mapsOffsetsToLinesAndColumnsForEveryLineSeparator() {
        String text = "ab\r\ncd\ref\ngh";
        LineIndex index = LineIndex.of(text);
        assertThat(index.lineCount()).isEqualTo(4);
        assertThat(index.line(text.indexOf('c'))).isEqualTo(2);
        assertThat(index.line(text.indexOf('e'))).isEqualTo(3);
        assertThat(index.column(text.indexOf('h'))).isEqualTo(2);
        assertThat(index.offset(4, 2)).isEqualTo(text.indexOf('h'));
        assertThat(index.lineContentEnd(text, 1)).isEqualTo(2);
    }

    @Test
    void clampsPositionsOutsideTheText() {
        LineIndex index = LineIndex.of("one\ntwo");
        assertThat(index.line(100)).isEqualTo(2);
        assertThat(index.offset(9, 9)).isEqualTo(7);
    }
}
