/**
 * The node's door: how many requests one application node holds at once, new work refused before work under way.
 * Part of platform-core's published API (named interface {@code admission}): modules declare their work under way.
 */
@NamedInterface("admission")
package vn.cuocthi.platformcore.admission;

import org.springframework.modulith.NamedInterface;
