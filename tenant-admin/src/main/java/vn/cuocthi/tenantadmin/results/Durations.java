package vn.cuocthi.tenantadmin.results;

/** A server-measured exam duration as people read it on the console: minutes, seconds and milliseconds. */
public final class Durations {

    private Durations() {
    }

    /** 250,125 ms reads "4:10.125". */
    public static String text(long millis) {
        long minutes = millis / 60_000;
        long seconds = millis / 1000 % 60;
        return String.format("%d:%02d.%03d", minutes, seconds, millis % 1000);
    }
}
