package io.github.cpaudit;

/**
 * POI logs through the Log4j API; with no Log4j provider on the plugin's classpath the API prints
 * "could not find a logging provider" into the build log. Its own simple logger (errors only) is
 * all POI needs here; a JVM that configured Log4j keeps its choice.
 */
public final class PoiLogging {

    private PoiLogging() {
    }

    /** Chooses Log4j's simple logger unless the JVM chose a logger already; call before POI's first use. */
    public static void quiet() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }
}
