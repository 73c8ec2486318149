/** Part of platform-core's published API (named interface {@code unit}), open to the feature modules. */
@NamedInterface("unit")
package vn.cuocthi.platformcore.unit;

import org.springframework.modulith.NamedInterface;
