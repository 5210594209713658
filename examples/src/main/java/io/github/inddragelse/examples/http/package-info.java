/**
 * An HTTP endpoint on the JDK's built-in server: {@link
 * io.github.inddragelse.examples.http.AssessmentServer} assesses a posted case and serves the
 * catalogue, answering errors as RFC 9457 problem documents.
 */
package io.github.inddragelse.examples.http;
