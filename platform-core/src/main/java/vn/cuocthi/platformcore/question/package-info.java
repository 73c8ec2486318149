/** Part of platform-core's published API (named interface {@code question}), open to the feature modules. */
@NamedInterface("question")
package vn.cuocthi.platformcore.question;

import org.springframework.modulith.NamedInterface;
