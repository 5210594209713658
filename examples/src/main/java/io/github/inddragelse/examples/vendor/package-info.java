/**
 * A vendor adapter: a fictional case-management system's own records ({@link
 * io.github.inddragelse.examples.vendor.VendorCase}, with its own Danish field names and codes) mapped
 * to the library's case process by {@link io.github.inddragelse.examples.vendor.VendorAdapter}, which
 * reports every unknown code and missing field at once ({@link
 * io.github.inddragelse.examples.vendor.VendorMappingException}).
 */
package io.github.inddragelse.examples.vendor;
