/** The standard content: rules and checklists for the twelve dimensions. */
package io.github.inddragelse.model.standard;
