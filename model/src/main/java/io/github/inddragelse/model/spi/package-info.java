/**
 * The service-provider interface for custom rule packs: implement {@link
 * io.github.inddragelse.model.spi.RulePack} and register it for {@link java.util.ServiceLoader}.
 */
package io.github.inddragelse.model.spi;
