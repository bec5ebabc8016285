package com.vmsflow.gateway.report;

import jakarta.ws.rs.core.MediaType;

/**
 * A representation reports are served in.
 *
 * @param attachment whether it is offered as a file to save (with a file name ending in {@code .extension})
 */
record ReportFormat(MediaType mediaType, boolean attachment, String extension, ReportWriter writer) {

    static final MediaType CSV = new MediaType("text", "csv", "UTF-8");
}
