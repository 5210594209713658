/**
 * The catalogue an assessor uses, as a document: its elements and principles, its rules and its
 * checklists, as JSON ({@link io.github.inddragelse.examples.catalog.CatalogJson}, served by the HTTP
 * example and printed by {@code inddragelse catalog --format json}) or as text ({@link
 * io.github.inddragelse.examples.catalog.CatalogText}).
 */
package io.github.inddragelse.examples.catalog;
