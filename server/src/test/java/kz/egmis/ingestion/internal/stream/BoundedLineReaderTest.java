package kz.egmis.ingestion.internal.stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedLineReaderTest {

    private static final int LIMIT = 1024;

    /** Each line as "number:text", or "number:TOO LONG". */
    static List<String> lines(byte[] bytes, int maxLineBytes, int chunk) throws IOException {
        return lines(new BoundedLineReader(new ChunkedInputStream(bytes, chunk), maxLineBytes));
    }

    static List<String> lines(BoundedLineReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        for (BoundedLineReader.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line.number() + ":" + (line.tooLong() ? "TOO LONG" : new String(line.bytes(), UTF_8)));
        }
        return lines;
    }

    private static List<String> lines(String text) throws IOException {
        return lines(text.getBytes(UTF_8), LIMIT, Integer.MAX_VALUE);
    }

    @Test
    void splits_at_line_feeds_and_numbers_lines_from_one() throws IOException {
        assertThat(lines("a\nbb\nccc\n")).containsExactly("1:a", "2:bb", "3:ccc");
    }

    @Test
    void strips_the_carriage_return_of_a_crlf_but_keeps_a_lone_one_inside_a_line() throws IOException {
        assertThat(lines("a\r\nb\rc\r\n\rd\n")).containsExactly("1:a", "2:b\rc", "3:\rd");
    }

    @Test
    void keeps_a_carriage_return_at_the_end_of_the_stream_since_no_line_feed_follows_it() throws IOException {
        assertThat(lines("a\r\nb\r")).containsExactly("1:a", "2:b\r");
    }

    @Test
    void counts_a_last_line_without_terminator() throws IOException {
        assertThat(lines("a\r\nlast")).containsExactly("1:a", "2:last");
    }

    @Test
    void a_trailing_terminator_adds_no_empty_line() throws IOException {
        assertThat(lines("a\n")).containsExactly("1:a");
        assertThat(lines("a\r\n")).containsExactly("1:a");
    }

    @Test
    void an_empty_stream_has_no_lines_and_stays_at_its_end() throws IOException {
        BoundedLineReader reader = new BoundedLineReader(new ByteArrayInputStream(new byte[0]), LIMIT);

        assertThat(reader.next()).isNull();
        assertThat(reader.next()).isNull();
    }

    @Test
    void empty_lines_between_terminators_are_lines() throws IOException {
        assertThat(lines("\n\r\nx\n\n")).containsExactly("1:", "2:", "3:x", "4:");
    }

    @ParameterizedTest(name = "read {0} bytes at a time")
    @ValueSource(ints = {1, 2, 3, 7, 4096, 65_536, 65_537, 1_000_000})
    void lines_come_back_whole_wherever_the_reads_and_the_buffer_cut_them(int chunk) throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int number = 1; text.length() < 300_000; number++) {
            String line = "line " + number + " " + "é".repeat(number % 97);
            expected.add(number + ":" + line);
            text.append(line).append(number % 3 == 0 ? "\r\n" : "\n");
        }

        assertThat(lines(text.toString().getBytes(UTF_8), LIMIT, chunk)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "CR at buffer offset {0}")
    @ValueSource(ints = {65_535, 65_536, 131_071})
    void a_crlf_split_across_two_buffers_is_still_one_terminator(int offsetOfCarriageReturn) throws IOException {
        byte[] bytes = ("x".repeat(offsetOfCarriageReturn - 2) + "\n" + "y" + "\r\n" + "z").getBytes(UTF_8);

        assertThat(bytes[offsetOfCarriageReturn]).isEqualTo((byte) '\r');
        assertThat(lines(bytes, 1_000_000, Integer.MAX_VALUE))
                .containsExactly("1:" + "x".repeat(offsetOfCarriageReturn - 2), "2:y", "3:z");
    }

    @Test
    void a_crlf_delivered_in_two_reads_is_still_one_terminator() throws IOException {
        assertThat(lines("ab\r\ncd\r\n".getBytes(UTF_8), LIMIT, 3)).containsExactly("1:ab", "2:cd");
    }

    @Test
    void a_line_of_exactly_the_limit_is_kept_with_either_terminator() throws IOException {
        String full = "x".repeat(10);

        assertThat(lines((full + "\r\n" + full + "\n" + full).getBytes(UTF_8), 10, 4))
                .containsExactly("1:" + full, "2:" + full, "3:" + full);
    }

    @Test
    void a_line_one_byte_over_the_limit_is_too_long_with_either_terminator() throws IOException {
        String over = "x".repeat(11);

        assertThat(lines((over + "\r\n" + over + "\n" + over + "\r").getBytes(UTF_8), 10, 4))
                .containsExactly("1:TOO LONG", "2:TOO LONG", "3:TOO LONG");
    }

    @ParameterizedTest(name = "read {0} bytes at a time")
    @ValueSource(ints = {1, 5, 65_536})
    void a_too_long_line_at_the_start_the_middle_or_the_end_is_skipped_and_reading_goes_on(int chunk)
            throws IOException {
        String tooLong = "y".repeat(100_000);
        String text = tooLong + "\r\nfirst\n" + tooLong + "\nsecond\r\n" + tooLong;

        assertThat(lines(text.getBytes(UTF_8), 50, chunk))
                .containsExactly("1:TOO LONG", "2:first", "3:TOO LONG", "4:second", "5:TOO LONG");
    }

    @Test
    void a_too_long_line_gives_no_bytes() throws IOException {
        BoundedLineReader.Line line = new BoundedLineReader(new ByteArrayInputStream("abcdef".getBytes(UTF_8)), 3)
                .next();

        assertThat(line.tooLong()).isTrue();
        assertThat(line.bytes()).isNull();
        assertThat(line.number()).isEqualTo(1);
    }

    @Test
    void a_line_longer_than_two_gigabytes_is_skipped_without_keeping_it() throws IOException {
        long lineBytes = 2L * 1024 * 1024 * 1024 + 10;
        InputStream huge = new GeneratedLineStream(lineBytes, "after\n".getBytes(UTF_8));

        assertThat(lines(new BoundedLineReader(huge, LIMIT))).containsExactly("1:TOO LONG", "2:after");
    }

    @Test
    void a_byte_order_mark_at_the_start_is_dropped_only_when_asked() throws IOException {
        byte[] bytes = "\uFEFFa\n\uFEFFb".getBytes(UTF_8);

        assertThat(lines(new BoundedLineReader(new ByteArrayInputStream(bytes), LIMIT).skipUtf8ByteOrderMark()))
                .containsExactly("1:a", "2:\uFEFFb");
        assertThat(lines(new BoundedLineReader(new ByteArrayInputStream(bytes), LIMIT)))
                .containsExactly("1:\uFEFFa", "2:\uFEFFb");
    }

    @Test
    void a_byte_order_mark_delivered_one_byte_at_a_time_is_dropped() throws IOException {
        byte[] bytes = "\uFEFFa\nb".getBytes(UTF_8);

        assertThat(lines(new BoundedLineReader(new ChunkedInputStream(bytes, 1), LIMIT).skipUtf8ByteOrderMark()))
                .containsExactly("1:a", "2:b");
    }

    @Test
    void a_stream_that_is_only_a_byte_order_mark_or_part_of_one_reads_accordingly() throws IOException {
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] partial = {(byte) 0xEF, (byte) 0xBB};

        assertThat(new BoundedLineReader(new ByteArrayInputStream(mark), LIMIT).skipUtf8ByteOrderMark().next())
                .isNull();
        BoundedLineReader.Line line = new BoundedLineReader(new ByteArrayInputStream(partial), LIMIT)
                .skipUtf8ByteOrderMark().next();
        assertThat(line.bytes()).containsExactly(partial);
    }

    @Test
    void the_byte_order_mark_can_no_longer_be_skipped_once_a_line_is_read() throws IOException {
        BoundedLineReader reader = new BoundedLineReader(new ByteArrayInputStream("a\nb".getBytes(UTF_8)), LIMIT);
        reader.next();

        assertThatThrownBy(reader::skipUtf8ByteOrderMark).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MAX_VALUE})
    void refuses_a_limit_that_cannot_hold_a_line(int maxLineBytes) {
        assertThatThrownBy(() -> new BoundedLineReader(new ByteArrayInputStream(new byte[0]), maxLineBytes))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLineBytes");
    }

    @Test
    void closing_the_reader_closes_the_stream() throws IOException {
        ChunkedInputStream stream = new ChunkedInputStream(new byte[0], 1);

        new BoundedLineReader(stream, LIMIT).close();

        assertThat(stream.closed).isTrue();
    }
}
