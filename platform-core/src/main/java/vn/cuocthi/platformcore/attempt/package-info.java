/** Part of platform-core's published API (named interface {@code attempt}), open to the feature modules. */
@NamedInterface("attempt")
package vn.cuocthi.platformcore.attempt;

import org.springframework.modulith.NamedInterface;
