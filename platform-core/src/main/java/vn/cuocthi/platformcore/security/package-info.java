/** Part of platform-core's published API (named interface {@code security}), open to the feature modules. */
@NamedInterface("security")
package vn.cuocthi.platformcore.security;

import org.springframework.modulith.NamedInterface;
