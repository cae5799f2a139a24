package kz.egmis.ingestion.internal.csv;

import java.io.InputStream;
import java.util.function.IntFunction;

/** A legacy-services body made row by row as it is read, so that no test holds all of it in memory. */
final class GeneratedLegacyServices extends InputStream {

    private final int rows;
    private final IntFunction<String> row;
    private int nextRow;
    private byte[] pending = CsvBodies.windows1251(CsvBodies.LEGACY_HEADER + "\r\n");
    private int position;

    /** @param row the text of data row 1..rows, without its line end */
    GeneratedLegacyServices(int rows, IntFunction<String> row) {
        this.rows = rows;
        this.row = row;
    }

    /** How many data rows have been made so far. */
    int rowsMade() {
        return nextRow;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        while (position == pending.length) {
            if (nextRow == rows) {
                return -1;
            }
            nextRow++;
            pending = CsvBodies.windows1251(row.apply(nextRow) + "\r\n");
            position = 0;
        }
        int count = Math.min(length, pending.length - position);
        System.arraycopy(pending, position, target, offset, count);
        position += count;
        return count;
    }
}
