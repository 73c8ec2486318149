/**
 * Part of platform-core's published API (named interface {@code ranking}): the one ranking order, the counted
 * attempts and the frozen prediction figures, used by the live boards (quiz-runtime) and the staff results
 * (tenant-admin) alike.
 */
@NamedInterface("ranking")
package vn.cuocthi.platformcore.ranking;

import org.springframework.modulith.NamedInterface;
