/** Part of platform-core's published API (named interface {@code participation}), open to the feature modules. */
@NamedInterface("participation")
package vn.cuocthi.platformcore.participation;

import org.springframework.modulith.NamedInterface;
