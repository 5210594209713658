package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonStreamingTest {

    private static final int LINES = 5_000;

    /**
     * An input stream that makes its lines as they are read (never holding more than one line) and
     * remembers how many bytes it has handed out.
     */
    private static final class GeneratedLines extends InputStream {
        private final List<byte[]> templates;
        private final int lines;
        private int line;
        private byte[] current = new byte[0];
        private int position;
        long handedOut;

        GeneratedLines(List<byte[]> templates, int lines) {
            this.templates = templates;
            this.lines = lines;
        }

        private boolean fill() {
            if (position < current.length) {
                return true;
            }
            if (line == lines) {
                return false;
            }
            current = templates.get(line % templates.size());
            position = 0;
            line++;
            return true;
        }

        @Override
        public int read() {
            if (!fill()) {
                return -1;
            }
            handedOut++;
            return current[position++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            handedOut += n;
            return n;
        }
    }

    @Test
    void many_lines_are_read_one_at_a_time_with_bounded_read_ahead() {
        InddragelseJson json = InddragelseJson.create();
        List<CaseProcess> distinct = new ArrayList<>();
        List<byte[]> templates = new ArrayList<>();
        for (long seed = 0; seed < 7; seed++) {
            CaseProcess process = CaseProcessGenerator.generate(seed);
            distinct.add(process);
            templates.add((json.writeCase(process) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        GeneratedLines input = new GeneratedLines(templates, LINES);

        long consumed = 0;
        long maxReadAhead = 0;
        long count = 0;
        try (NdjsonReader<CaseProcess> lines = json.readCases(input)) {
            while (lines.hasNext()) {
                NdjsonLine<CaseProcess> line = lines.next();
                int index = (int) (count % templates.size());
                assertThat(line.lineNumber()).isEqualTo(count + 1);
                assertThat(line.value()).isEqualTo(distinct.get(index));
                consumed += templates.get(index).length;
                maxReadAhead = Math.max(maxReadAhead, input.handedOut - consumed);
                count++;
            }
        }

        long total = templates.stream().mapToLong(t -> t.length).sum() * LINES / templates.size();
        assertThat(count).isEqualTo(LINES);
        assertThat(total).isGreaterThan(4L * 1024 * 1024);
        // The reader never pulled more than one buffer beyond the line it returned.
        assertThat(maxReadAhead).isLessThanOrEqualTo(8192);
    }
}
