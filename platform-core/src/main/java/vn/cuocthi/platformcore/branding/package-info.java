/**
 * A province's look on its own site: logo, colours (checked for contrast), header image, the organiser, links to its
 * portal and its Sở Nội vụ, the footer text. Part of platform-core's published API (named interface
 * {@code branding}): tenant-admin's console edits it, quiz-runtime's pages and the sharing snippets read it.
 */
@NamedInterface("branding")
package vn.cuocthi.platformcore.branding;

import org.springframework.modulith.NamedInterface;
