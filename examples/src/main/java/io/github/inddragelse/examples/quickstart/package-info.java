/**
 * The quick start from the README: build a case in code, assess it with the standard assessor and
 * print the findings and bands ({@link io.github.inddragelse.examples.quickstart.QuickStart}).
 */
package io.github.inddragelse.examples.quickstart;
