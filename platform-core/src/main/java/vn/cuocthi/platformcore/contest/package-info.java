/** Part of platform-core's published API (named interface {@code contest}), open to the feature modules. */
@NamedInterface("contest")
package vn.cuocthi.platformcore.contest;

import org.springframework.modulith.NamedInterface;
