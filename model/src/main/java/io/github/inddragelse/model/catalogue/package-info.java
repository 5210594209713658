/**
 * The versioned catalogue: the four elements of Borgeren i centrum and the eight principles of
 * recovery-oriented rehabilitation (together the twelve {@link
 * io.github.inddragelse.model.catalogue.Dimension dimensions}), the legal references rules cite,
 * the VUM 2.0 phases, the FFB life areas and scales, and the target groups.
 *
 * <p>Start at {@link io.github.inddragelse.model.catalogue.StandardCatalogue#get()}.
 */
@ValueStyle
package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.internal.ValueStyle;
