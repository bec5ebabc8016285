package com.vmsflow.gateway.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/** Writes a report's rows to the response one at a time, as the query hands them over. */
interface ReportWriter {

    <T> void write(Report<T> report, Iterator<T> rows, OutputStream out) throws IOException;
}
