/** Part of platform-core's published API (named interface {@code web}), open to the feature modules. */
@NamedInterface("web")
package vn.cuocthi.platformcore.web;

import org.springframework.modulith.NamedInterface;
