package io.cliqmigrate.reports;

import io.cliqmigrate.core.engine.ScanResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a {@link ScanResult} in one format; a pure function of the result. */
public interface Reporter {

    String id();

    String defaultExtension();

    void write(ScanResult result, Writer out) throws IOException;
}
